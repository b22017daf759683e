import type { ZoneFeature } from '../domain/zone';
import type { AppState, ZoneFilters } from './store';

/** Whether a zone passes the filters: every restricted dimension must match (scenarios: any of). */
export function zonePassesFilters(zone: ZoneFeature, filters: ZoneFilters): boolean {
  const { district, kind, scenarios } = zone.properties;
  if (filters.districts.length > 0 && !filters.districts.includes(district)) return false;
  if (filters.kinds.length > 0 && !filters.kinds.includes(kind)) return false;
  if (filters.scenarios.length > 0 && !scenarios.some((scenario) => filters.scenarios.includes(scenario))) return false;
  return true;
}

const visibleZonesCache = new WeakMap<ZoneFeature[], { filters: ZoneFilters; visible: ZoneFeature[] }>();

/**
 * The zones the filters let through, memoised on the (immutable) zones array and filters object so
 * subscribers comparing by identity redraw only when the answer changes.
 */
export function selectVisibleZones(state: Pick<AppState, 'zones' | 'filters'>): ZoneFeature[] {
  const cached = visibleZonesCache.get(state.zones);
  if (cached && cached.filters === state.filters) return cached.visible;
  const visible = state.zones.filter((zone) => zonePassesFilters(zone, state.filters));
  visibleZonesCache.set(state.zones, { filters: state.filters, visible });
  return visible;
}

export function hasActiveFilters(filters: ZoneFilters): boolean {
  return filters.districts.length + filters.kinds.length + filters.scenarios.length > 0;
}

export function selectZoneById(state: Pick<AppState, 'zones'>, zoneId: string | null): ZoneFeature | undefined {
  if (zoneId === null) return undefined;
  return state.zones.find((zone) => zone.properties.id === zoneId);
}

/** The distinct values present in the loaded zones, for the filter chips, in first-seen order. */
export function selectFilterOptions(state: Pick<AppState, 'zones'>): ZoneFilters {
  const districts = new Set<string>();
  const kinds = new Set<ZoneFeature['properties']['kind']>();
  const scenarios = new Set<string>();
  for (const zone of state.zones) {
    districts.add(zone.properties.district);
    kinds.add(zone.properties.kind);
    for (const scenario of zone.properties.scenarios) scenarios.add(scenario);
  }
  return { districts: [...districts], kinds: [...kinds], scenarios: [...scenarios] };
}
