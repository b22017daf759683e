import { describe, expect, it } from 'vitest';
import { mergeZones } from '../../src/domain/mergeZones';
import type { ZoneFeature } from '../../src/domain/zone';

function zone(id: string, source = 'old'): ZoneFeature {
  return {
    type: 'Feature',
    properties: { id, name_zh: id, name_en: id, district: '西青区', kind: 'scenario-area', scenarios: [], phase: 2021, source, geometry_status: 'illustrative' },
    geometry: { type: 'Polygon', coordinates: [[[117, 39], [117.1, 39], [117.1, 39.1], [117, 39]]] },
  };
}

describe('mergeZones', () => {
  it('replaces zones with the same id in place and appends new ones in file order', () => {
    const existing = [zone('a'), zone('b'), zone('c')];
    const outcome = mergeZones(existing, [zone('d', 'new'), zone('b', 'new'), zone('e', 'new')], 'merge');
    expect(outcome.zones.map((z) => `${z.properties.id}:${z.properties.source}`)).toEqual(['a:old', 'b:new', 'c:old', 'd:new', 'e:new']);
    expect(outcome.replacedIds).toEqual(['b']);
    expect(outcome.addedIds).toEqual(['d', 'e']);
    expect(existing.map((z) => z.properties.source)).toEqual(['old', 'old', 'old']);
  });

  it('replace mode keeps only the file', () => {
    const outcome = mergeZones([zone('a')], [zone('x', 'new')], 'replace');
    expect(outcome.zones.map((z) => z.properties.id)).toEqual(['x']);
  });
});
