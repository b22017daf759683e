import { describe, expect, it } from 'vitest';
import type { ZoneFeature, ZoneKind } from '../../src/domain/zone';
import { selectFilterOptions, selectVisibleZones, zonePassesFilters } from '../../src/state/selectors';
import { setFilters } from '../../src/state/actions';
import { createAppStore, EMPTY_FILTERS } from '../../src/state/store';

function zone(id: string, district: string, kind: ZoneKind, scenarios: string[]): ZoneFeature {
  return {
    type: 'Feature',
    properties: { id, name_zh: id, name_en: id, district, kind, scenarios, phase: 2021, source: 'test', geometry_status: 'illustrative' },
    geometry: { type: 'Polygon', coordinates: [[[117, 39], [117.1, 39], [117.1, 39.1], [117, 39]]] },
  };
}

const zones = [
  zone('a', '西青区', 'pilot-zone', ['bus', 'v2x-road']),
  zone('b', '东丽区', 'scenario-area', ['shared-car']),
  zone('c', '西青区', 'scenario-area', ['campus-shuttle', 'bus']),
];

describe('zone filters', () => {
  it('lets everything through when no dimension is restricted', () => {
    expect(selectVisibleZones({ zones, filters: EMPTY_FILTERS }).map((z) => z.properties.id)).toEqual(['a', 'b', 'c']);
  });

  it('requires every restricted dimension to match, and any one scenario', () => {
    const filters = { districts: ['西青区'], kinds: [], scenarios: ['bus'] };
    expect(zones.filter((z) => zonePassesFilters(z, filters)).map((z) => z.properties.id)).toEqual(['a', 'c']);
    const narrower = { districts: ['西青区'], kinds: ['scenario-area' as const], scenarios: ['bus'] };
    expect(zones.filter((z) => zonePassesFilters(z, narrower)).map((z) => z.properties.id)).toEqual(['c']);
  });

  it('returns the same array for the same inputs, so subscribers redraw only on change', () => {
    const state = { zones, filters: { districts: ['东丽区'], kinds: [], scenarios: [] } };
    expect(selectVisibleZones(state)).toBe(selectVisibleZones(state));
    expect(selectVisibleZones(state)).not.toBe(selectVisibleZones({ zones, filters: { ...state.filters } }));
  });

  it('offers the values present in the data, in first-seen order', () => {
    expect(selectFilterOptions({ zones })).toEqual({
      districts: ['西青区', '东丽区'],
      kinds: ['pilot-zone', 'scenario-area'],
      scenarios: ['bus', 'v2x-road', 'shared-car', 'campus-shuttle'],
    });
  });
});

describe('setting filters', () => {
  it('keeps the current object for equal filters, so nothing derived from them is computed again', () => {
    const store = createAppStore();
    setFilters(store, { districts: ['西青区'], kinds: [], scenarios: [] });
    const first = store.getState().filters;
    const visible = selectVisibleZones(store.getState());
    setFilters(store, { districts: ['西青区'], kinds: [], scenarios: [] });
    expect(store.getState().filters).toBe(first);
    expect(selectVisibleZones(store.getState())).toBe(visible);
    setFilters(store, { districts: ['东丽区'], kinds: [], scenarios: [] });
    expect(store.getState().filters.districts).toEqual(['东丽区']);
  });
});
