import { bbox } from '@turf/turf';
import type { Feature } from 'geojson';

/** [west, south, east, north] of the features' positions (turf's bbox), or null when they have none. */
export function featuresExtent(features: readonly Feature[]): [number, number, number, number] | null {
  if (features.length === 0) return null;
  const [west, south, east, north] = bbox({ type: 'FeatureCollection', features: features as Feature[] });
  return Number.isFinite(west) ? [west, south, east, north] : null;
}
