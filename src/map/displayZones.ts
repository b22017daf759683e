import type { ZoneFeature } from '../domain/zone';
import { selectVisibleZones } from '../state/selectors';
import type { AppState } from '../state/store';
import { basemapCoordinates } from './basemaps/basemapChoice';
import { shiftFeaturesToGcj02 } from './basemaps/gcj02Shift';

/** Zones of that year or earlier: what the timeline shows for a year. Zones without a phase wait for "all". */
export function zonesUpToYear(zones: readonly ZoneFeature[], year: number): ZoneFeature[] {
  return zones.filter((zone) => typeof zone.properties.phase === 'number' && zone.properties.phase <= year);
}

const byYearCache = new WeakMap<ZoneFeature[], Map<number, ZoneFeature[]>>();
const shiftedCache = new WeakMap<ZoneFeature[], ZoneFeature[]>();

/**
 * The zones as the map draws them: those the filters let through, built up to the timeline's
 * year, and moved to GCJ-02 when the basemap is drawn in it. Display only; memoised on the
 * (immutable) arrays so the map redraws only when the answer changes.
 */
export function selectDisplayZones(state: Pick<AppState, 'zones' | 'filters' | 'timeline' | 'basemap'>): ZoneFeature[] {
  const visible = selectVisibleZones(state);
  let shown = visible;
  const year = state.timeline.year;
  if (year !== null) {
    let cache = byYearCache.get(visible);
    if (!cache) byYearCache.set(visible, (cache = new Map()));
    shown = cache.get(year) ?? zonesUpToYear(visible, year);
    cache.set(year, shown);
  }
  if (basemapCoordinates(state.basemap) !== 'gcj02') return shown;
  const shifted = shiftedCache.get(shown) ?? shiftFeaturesToGcj02(shown);
  shiftedCache.set(shown, shifted);
  return shifted;
}
