import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GEOMETRY_STATUSES, ZONE_KINDS } from '../../src/domain/zone';
import { geometryAreaSquareMetres } from '../../src/domain/geodesicArea';

type Area = Polygon | MultiPolygon;

function readCollection(fileName: string): FeatureCollection<Area, Record<string, unknown>> {
  const path = fileURLToPath(new URL(`../../data/${fileName}`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Area, Record<string, unknown>>;
}

function ringsOf(geometry: Area): { ring: Position[]; outer: boolean }[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map((ring, index) => ({ ring, outer: index === 0 })));
}

/** Positive for a counter-clockwise ring in longitude/latitude. */
function signedRingArea(ring: Position[]): number {
  let sum = 0;
  for (let index = 0; index + 1 < ring.length; index += 1) {
    sum += ring[index]![0]! * ring[index + 1]![1]! - ring[index + 1]![0]! * ring[index]![1]!;
  }
  return sum / 2;
}

function expectWellFormedRings(feature: Feature<Area>, box: [number, number, number, number]): void {
  const [west, south, east, north] = box;
  expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
  for (const { ring, outer } of ringsOf(feature.geometry)) {
    expect(ring.length).toBeGreaterThanOrEqual(4);
    expect(ring[ring.length - 1]).toEqual(ring[0]);
    expect(signedRingArea(ring) > 0, 'outer rings counter-clockwise, holes clockwise').toBe(outer);
    for (const [longitude, latitude] of ring) {
      expect(longitude).toBeGreaterThanOrEqual(west);
      expect(longitude).toBeLessThanOrEqual(east);
      expect(latitude).toBeGreaterThanOrEqual(south);
      expect(latitude).toBeLessThanOrEqual(north);
    }
  }
}

const TIANJIN_BOX: [number, number, number, number] = [116.6, 38.5, 118.1, 40.3];

const districts = readCollection('districts.geojson');
const zones = readCollection('zones.geojson');
const contextLand = readCollection('context-land.geojson');

function districtNamed(name: unknown): Feature<Area, Record<string, unknown>> | undefined {
  return districts.features.find((district) => district.properties.name_zh === name);
}

describe('data/districts.geojson', () => {
  it('has the 16 districts once each, with their codes and names', () => {
    expect(districts.features).toHaveLength(16);
    const codes = districts.features.map((district) => district.properties.code);
    const names = districts.features.map((district) => district.properties.name_zh);
    const englishNames = districts.features.map((district) => district.properties.name_en);
    expect(new Set(codes).size).toBe(16);
    expect(new Set(names).size).toBe(16);
    expect(new Set(englishNames).size).toBe(16);
    for (const code of codes) expect(code).toMatch(/^1201\d\d$/);
    expect(names).toEqual(expect.arrayContaining(['西青区', '东丽区', '滨海新区', '宝坻区', '津南区', '北辰区', '蓟州区']));
  });

  it('has closed, oriented rings of four or more positions inside Tianjin', () => {
    for (const district of districts.features) expectWellFormedRings(district, TIANJIN_BOX);
  });

  it('has a label point inside each district', () => {
    for (const district of districts.features) {
      const label = district.properties.label as [number, number];
      expect(turf.booleanPointInPolygon(label, district), String(district.properties.name_en)).toBe(true);
    }
  });

  // Official land areas (km²) and the tolerance. Binhai's outline reads 18.5 % more, most likely
  // because it includes land reclaimed along the coast (the port, Lingang, Nangang) that the official
  // figure leaves out: allowed 25 % (see data/README.md).
  const officialSquareKilometres: [string, number, number][] = [
    ['西青区', 545, 0.1],
    ['东丽区', 460, 0.1],
    ['滨海新区', 2270, 0.25],
    ['宝坻区', 1509, 0.1],
    ['津南区', 401, 0.1],
    ['北辰区', 478, 0.1],
  ];
  it.each(officialSquareKilometres)('%s has an ellipsoidal area near the official %d km²', (name, official, tolerance) => {
    const district = districtNamed(name);
    expect(district).toBeDefined();
    const squareKilometres = geometryAreaSquareMetres(district!.geometry) / 1e6;
    expect(Math.abs(squareKilometres - official) / official).toBeLessThan(tolerance);
  });
});

describe('data/zones.geojson', () => {
  const required: [string, string][] = [
    ['id', 'string'],
    ['name_zh', 'string'],
    ['name_en', 'string'],
    ['district', 'string'],
    ['kind', 'string'],
    ['phase', 'number'],
    ['source', 'string'],
    ['geometry_status', 'string'],
  ];

  it('gives every zone every required property with the right type and an allowed value', () => {
    expect(zones.features.length).toBeGreaterThan(0);
    for (const zone of zones.features) {
      const properties = zone.properties;
      for (const [key, type] of required) expect(typeof properties[key], `${String(properties.id)}.${key}`).toBe(type);
      expect(ZONE_KINDS).toContain(properties.kind);
      expect(GEOMETRY_STATUSES).toContain(properties.geometry_status);
      expect(Array.isArray(properties.scenarios)).toBe(true);
      expect((properties.scenarios as unknown[]).length).toBeGreaterThan(0);
      for (const scenario of properties.scenarios as unknown[]) expect(typeof scenario).toBe('string');
      expect(Number.isInteger(properties.phase)).toBe(true);
      expect(properties.phase as number).toBeGreaterThanOrEqual(2019);
      if (properties.since !== undefined) expect(properties.since).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      for (const key of ['description_zh', 'description_en']) {
        if (properties[key] !== undefined) expect(typeof properties[key]).toBe('string');
      }
      expectWellFormedRings(zone, TIANJIN_BOX);
    }
  });

  it('has unique ids', () => {
    const ids = zones.features.map((zone) => zone.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts each zone inside the district it names', () => {
    for (const zone of zones.features) {
      const district = districtNamed(zone.properties.district);
      expect(district, `${String(zone.properties.id)}: district ${String(zone.properties.district)}`).toBeDefined();
      const outside = turf.difference(turf.featureCollection([zone, district!]));
      const outsideSquareMetres = outside ? geometryAreaSquareMetres(outside.geometry) : 0;
      expect(outsideSquareMetres / geometryAreaSquareMetres(zone.geometry)).toBeLessThan(0.001);
    }
  });

  it('covers what the plan names', () => {
    const has = (kind: string, district: string) =>
      zones.features.some((zone) => zone.properties.kind === kind && zone.properties.district === district);
    expect(has('pilot-zone', '西青区')).toBe(true);
    expect(has('demo-zone', '宝坻区')).toBe(true);
    expect(has('scenario-area', '东丽区')).toBe(true);
    expect(has('scenario-area', '滨海新区')).toBe(true);
    expect(zones.features.map((zone) => zone.properties.id)).toContain('binhai-eco-city');
    const scenarios = zones.features.flatMap((zone) => zone.properties.scenarios as string[]);
    expect(scenarios).toEqual(expect.arrayContaining(['shared-car', 'campus-shuttle', 'bus']));
  });
});

describe('data/context-land.geojson', () => {
  it('has a land mask first, then named neighbours, inside the context box', () => {
    const [first, ...rest] = contextLand.features;
    expect(first?.properties.role).toBe('land');
    expect(rest.length).toBeGreaterThanOrEqual(6);
    for (const feature of contextLand.features) {
      expect(typeof feature.properties.name_zh).toBe('string');
      expect(typeof feature.properties.name_en).toBe('string');
      expectWellFormedRings(feature, [115.5, 37.8, 119.5, 41.0]);
    }
    for (const neighbour of rest) expect(neighbour.properties.role).toBe('neighbour');
    expect(rest.map((neighbour) => neighbour.properties.name_en)).toEqual(
      expect.arrayContaining(['Beijing', 'Langfang', 'Tangshan', 'Cangzhou', 'Chengde']),
    );
  });
});
