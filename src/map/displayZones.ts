import type { Feature, Geometry } from 'geojson';
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
const shiftedCache = new WeakMap<readonly Feature[], Feature[]>();

/**
 * The zones the map shows, in WGS-84: those the filters let through, built up to the timeline's
 * year. Memoised on the (immutable) arrays so the map redraws only when the answer changes.
 */
export function selectShownZones(state: Pick<AppState, 'zones' | 'filters' | 'timeline'>): ZoneFeature[] {
  const visible = selectVisibleZones(state);
  const year = state.timeline.year;
  if (year === null) return visible;
  let cache = byYearCache.get(visible);
  if (!cache) byYearCache.set(visible, (cache = new Map()));
  const shown = cache.get(year) ?? zonesUpToYear(visible, year);
  cache.set(year, shown);
  return shown;
}

/**
 * Features as drawn over the basemap: moved to GCJ-02 when the basemap is drawn in it (display
 * only), memoised on the array.
 */
export function featuresForBasemap<F extends Feature<Geometry>>(features: readonly F[], basemap: AppState['basemap']): F[] {
  if (basemapCoordinates(basemap) !== 'gcj02') return features as F[];
  const shifted = shiftedCache.get(features) ?? shiftFeaturesToGcj02(features);
  shiftedCache.set(features, shifted);
  return shifted as F[];
}

/**
 * The zones as the map draws them when every outline is drawn whole (the default zones, small
 * files): shown, and moved to GCJ-02 when the basemap is drawn in it. Big collections are drawn
 * from simplified copies instead (src/map/detail), shifted after simplifying.
 */
export function selectDisplayZones(state: Pick<AppState, 'zones' | 'filters' | 'timeline' | 'basemap'>): ZoneFeature[] {
  return featuresForBasemap(selectShownZones(state), state.basemap);
}
