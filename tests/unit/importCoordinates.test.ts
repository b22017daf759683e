import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceMetres } from '../../src/import/coordinates/datumShift';
import { importFile } from '../../src/import/importFile';
import type { ImportOptions } from '../../src/import/importResult';
import { parseGeoJsonText, readGeoJsonValue } from '../../src/import/parseGeoJson';
import { FIXTURES } from '../support/fixtures';

const read = (name: string, options: ImportOptions = {}) => importFile(readFileSync(join(FIXTURES, 'import', 'awkward', name)), name, options);
/** The WGS-84 outline every coordinate fixture was generated from (scripts/generate-import-fixtures.ts). */
const XIQING = (read('single-feature.geojson').zones[0]!.geometry as Polygon).coordinates[0]!;
const ringOf = (result: ReturnType<typeof read>) => (result.zones[0]!.geometry as Polygon).coordinates[0]!;
const maxDifferenceDegrees = (a: Position[], b: Position[]) => Math.max(...a.map((position, i) => Math.max(Math.abs(position[0]! - b[i]![0]!), Math.abs(position[1]! - b[i]![1]!))));
const pointFile = (coordinates: number[][], extra = '') =>
  `{"type":"FeatureCollection"${extra},"features":[${coordinates.map((position, i) => `{"type":"Feature","properties":{"id":"p${i}"},"geometry":{"type":"Point","coordinates":${JSON.stringify(position)}}}`).join(',')}]}`;

/** Tianjin: the centre, Xiqing, Binhai, Baodi. */
const TIANJIN_POINTS = [[117.2, 39.13], [117.0, 39.1], [117.7, 39.0], [117.3, 39.7]];

describe('coordinate systems found from the numbers', () => {
  it.each([
    ['swapped-axes.geojson', 'swapped-axes', [{ step: 'swap-axes' }]],
    ['epsg-3857.geojson', 'epsg:3857', [{ step: 'unproject', from: 'epsg:3857' }]],
    ['epsg-4527.geojson', 'epsg:4527', [{ step: 'unproject', from: 'epsg:4527' }]],
    ['epsg-4548.geojson', 'epsg:4548', [{ step: 'unproject', from: 'epsg:4548' }]],
  ])('%s is read as %s and lands on the WGS-84 outline', (name, detected, applied) => {
    const result = read(name);
    expect(result.coordinateSystem).toMatchObject({ declared: null, stated: null, detected, applied, shiftMetres: null });
    expect(result.coordinateSystem!.note).toMatch(/converted to WGS-84/);
    expect(maxDifferenceDegrees(ringOf(result), XIQING)).toBeLessThan(1e-9);
    expect(result.originalFeatures).toBeUndefined();
  });

  it('reads plain WGS-84 as it is, to the last digit', () => {
    const result = read('chinese-keys.geojson');
    expect(result.coordinateSystem).toMatchObject({ detected: 'wgs84', source: 'wgs84', applied: [] });
    expect(ringOf(result)[0]).toEqual([117.012345678912, 39.051234567891]);
  });

  it('leaves metres that fit no projection near Tianjin for the rules, with a hint to declare', () => {
    const result = parseGeoJsonText(pointFile([[-5e6, 9e6]]), 'far.geojson');
    expect(result.ok).toBe(false);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['coordinates-unrecognised']);
    expect(result.coordinateSystem!.detected).toBe('unrecognised');
  });
});

describe('a crs member is honoured, never ignored', () => {
  const metres = JSON.parse(readFileSync(join(FIXTURES, 'import', 'awkward', 'epsg-3857.geojson'), 'utf8')).features[0].geometry.coordinates[0] as number[][];
  it.each([
    ['urn:ogc:def:crs:EPSG::3857', 'name'],
    ['http://www.opengis.net/def/crs/EPSG/0/3857', 'name'],
    ['EPSG:3857', 'name'],
    [3857, 'EPSG'],
  ])('converts metres named by %s', (name, type) => {
    const crs = type === 'name' ? `{"type":"name","properties":{"name":${JSON.stringify(name)}}}` : `{"type":"EPSG","properties":{"code":${name}}}`;
    const result = parseGeoJsonText(pointFile([metres[0]!], `,"crs":${crs}`), 'crs.geojson');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['crs-converted', 'not-an-area']);
    expect(result.coordinateSystem).toMatchObject({ source: 'epsg:3857', detected: null });
    expect(maxDifferenceDegrees([result.features[0]!.geometry.type === 'Point' ? result.features[0]!.geometry.coordinates : []], [XIQING[0]!])).toBeLessThan(1e-9);
  });

  it('rejects a crs it cannot convert, and a link', () => {
    expect(read('../bad/unknown-crs.geojson').errors.map((error) => error.code)).toEqual(['crs-unsupported']);
    const link = parseGeoJsonText(pointFile([[117, 39]], ',"crs":{"type":"link","properties":{"href":"http://example.com/crs"}}'), 'link.geojson');
    expect(link.errors.map((error) => error.code)).toEqual(['crs-unsupported']);
  });

  it('drops a projected crs after converting, recomputes the bbox and keeps other collection members', () => {
    const result = read('crs-member-4527.geojson');
    expect(Object.keys(result.collectionMembers)).toEqual(['name', 'bbox']);
    expect(result.collectionMembers.name).toBe('西青区示范区');
    const [west, south, east, north] = result.collectionMembers.bbox as number[];
    expect([west, south, east, north].map((value) => Number(value!.toFixed(9)))).toEqual([117.012345679, 39.051234568, 117.098765432, 39.119876543]);
  });

  it('keeps a CRS84 member, which stays true', () => {
    expect(read('crs-crs84.geojson').collectionMembers.crs).toEqual({ type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } });
  });

  it('rejects a declared projection that contradicts the file', () => {
    const result = read('crs-member-4527.geojson', { from: 'epsg:3857' });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'crs-conflict', params: expect.objectContaining({ declared: 'epsg:3857', crs: 'urn:ogc:def:crs:EPSG::4527' }) })]);
  });

  it('warns when a declared projection puts the zones far from Tianjin', () => {
    const result = read('chinese-keys.geojson', { from: 'epsg:3857' });
    expect(result.ok).toBe(true);
    // One warning per zone, naming it: both of the file's zones land near the Gulf of Guinea.
    expect(result.warnings.map((warning) => warning.code)).toEqual(['projection-declared', 'far-from-tianjin', 'far-from-tianjin']);
    expect(result.warnings.slice(1).map((warning) => warning.featureId)).toEqual(['xq-pilot', 'dl-demo']);
    expect(result.outsideTianjin).toEqual([0, 1]);
  });
});

describe('GCJ-02 and BD-09, declared by the editor', () => {
  it.each([
    ['gcj02', gcoord.GCJ02, 505, 592],
    ['bd09', gcoord.BD09, 1300, 1400],
  ] as const)('%s: known Tianjin points move %i–%i m and come back to WGS-84 exactly', (from, system, low, high) => {
    const shifted = TIANJIN_POINTS.map((point) => gcoord.transform(point.slice() as [number, number], gcoord.WGS84, system) as number[]);
    for (let i = 0; i < TIANJIN_POINTS.length; i += 1) {
      const moved = distanceMetres(TIANJIN_POINTS[i]!, shifted[i]!);
      expect(moved).toBeGreaterThan(low);
      expect(moved).toBeLessThan(high);
    }
    const result = parseGeoJsonText(pointFile(shifted), `${from}.geojson`, { from });
    const back = result.features.map((feature) => (feature.geometry.type === 'Point' ? feature.geometry.coordinates : []));
    expect(maxDifferenceDegrees(back, TIANJIN_POINTS)).toBeLessThan(1e-9);
    expect(result.coordinateSystem).toMatchObject({ declared: from, source: from, applied: [{ step: 'datum-shift', from }] });
    expect(result.coordinateSystem!.shiftMetres!).toBeGreaterThan(low);
    expect(result.coordinateSystem!.shiftMetres!).toBeLessThan(high);
    expect(result.warnings.find((warning) => warning.code === 'datum-shifted')!.params).toMatchObject({ datum: from });
  });

  it('gives the preview the outlines before the shift, with the same ids, exactly as in the file', () => {
    const text = readFileSync(join(FIXTURES, 'import', 'awkward', 'gcj02-declared.geojson'), 'utf8');
    const result = parseGeoJsonText(text, 'gcj02-declared.geojson', { from: 'gcj02' });
    const inFile = JSON.parse(text).features[0].geometry;
    expect(result.originalFeatures!.map((feature) => feature.properties.id)).toEqual(result.features.map((feature) => feature.properties.id));
    expect(result.originalFeatures![0]!.geometry).toEqual(inFile);
    expect(maxDifferenceDegrees(ringOf(result), XIQING)).toBeLessThan(1e-9);
  });

  it('never changes the caller\'s data (gcoord rewrites its input; rings are closed on copies)', () => {
    const value = JSON.parse(readFileSync(join(FIXTURES, 'import', 'awkward', 'gcj02-declared.geojson'), 'utf8'));
    value.features[0].geometry.coordinates[0].pop();
    const before = structuredClone(value);
    const result = readGeoJsonValue(value, 'caller.geojson', { from: 'gcj02' });
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['ring-not-closed', 'datum-shifted']);
    expect(value).toEqual(before);
    const swapped = JSON.parse(readFileSync(join(FIXTURES, 'import', 'awkward', 'swapped-axes.geojson'), 'utf8'));
    const swappedBefore = structuredClone(swapped);
    readGeoJsonValue(swapped, 'swapped.geojson');
    expect(swapped).toEqual(swappedBefore);
  });
});
