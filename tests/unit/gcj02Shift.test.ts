import { describe, expect, it } from 'vitest';
import type { ZoneFeature } from '../../src/domain/zone';
import { shiftFeaturesToGcj02 } from '../../src/map/basemaps/gcj02Shift';
import { selectDisplayZones, zonesUpToYear } from '../../src/map/displayZones';
import { EMPTY_FILTERS } from '../../src/state/store';

function zone(id: string, phase: number): ZoneFeature {
  return {
    type: 'Feature',
    properties: { id, name_zh: id, name_en: id, district: '西青区', kind: 'pilot-zone', scenarios: ['bus'], phase, source: 'test', geometry_status: 'illustrative' },
    geometry: { type: 'Polygon', coordinates: [[[117.2, 39.13], [117.3, 39.13], [117.3, 39.2], [117.2, 39.13]]] },
  };
}

/** Metres between two positions, on a sphere (enough to check a shift of about half a kilometre). */
function metresBetween([lng1, lat1]: number[], [lng2, lat2]: number[]): number {
  const radians = Math.PI / 180;
  const x = (lng2! - lng1!) * radians * Math.cos(((lat1! + lat2!) / 2) * radians);
  const y = (lat2! - lat1!) * radians;
  return Math.hypot(x, y) * 6_371_008.8;
}

describe('GCJ-02 display shift', () => {
  it('returns shifted copies and leaves the stored zones untouched', () => {
    const original = zone('a', 2020);
    const snapshot = structuredClone(original);
    const [shifted] = shiftFeaturesToGcj02([original]);
    expect(original).toEqual(snapshot);
    expect(shifted).not.toBe(original);
    expect(shifted!.properties).toEqual(original.properties);
    const before = original.geometry.coordinates[0]![0]!;
    const after = (shifted!.geometry as typeof original.geometry).coordinates[0]![0]! as number[];
    const moved = metresBetween(before as number[], after);
    // Tianjin: 505–592 m, mostly east (docs/CONTEXT.md).
    expect(moved).toBeGreaterThan(480);
    expect(moved).toBeLessThan(620);
    expect(after[0]!).toBeGreaterThan(before[0]! as number);
  });

  it('the map shows shifted copies only over a GCJ-02 basemap, memoised, and the timeline filters by year', () => {
    const zones = [zone('a', 2020), zone('b', 2022)];
    const base = { zones, filters: EMPTY_FILTERS, timeline: { year: null, playing: false } };
    const unshifted = selectDisplayZones({ ...base, basemap: { id: 'osm' } });
    expect(unshifted).toEqual(zones);
    expect(unshifted[0]).toBe(zones[0]);
    const shifted = selectDisplayZones({ ...base, basemap: { id: 'amap' } });
    expect(shifted[0]).not.toBe(zones[0]);
    expect(shifted[0]!.geometry.coordinates[0]![0]![0]).toBeGreaterThan(117.2);
    expect(selectDisplayZones({ ...base, basemap: { id: 'amap' } })).toBe(shifted);
    expect(selectDisplayZones({ ...base, basemap: { id: 'custom', url: 'https://example.org/{z}/{x}/{y}.png', coordinates: 'gcj02' } })).toBe(shifted);
    expect(zones[0]!.geometry.coordinates[0]![0]).toEqual([117.2, 39.13]);
    const upTo2021 = selectDisplayZones({ ...base, timeline: { year: 2021, playing: false }, basemap: { id: 'offline' } });
    expect(upTo2021.map((item) => item.properties.id)).toEqual(['a']);
    expect(zonesUpToYear(zones, 2019)).toEqual([]);
    expect(zonesUpToYear(zones, 2022)).toEqual(zones);
  });
});
