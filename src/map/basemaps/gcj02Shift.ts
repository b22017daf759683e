import gcoord from 'gcoord';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

type GcoordInput = Parameters<typeof gcoord.transform>[0];

/**
 * Copies of the features moved from WGS-84 to GCJ-02, for drawing over a GCJ-02 basemap
 * (AMap-style tiles, shifted 0.5–0.6 km in Tianjin). Display only: the stored zones, their
 * areas and the coverage stay in WGS-84. gcoord transforms GeoJSON in place, so it is given a
 * deep copy; properties are copied with it and keep their values.
 */
export function shiftFeaturesToGcj02<F extends Feature<Geometry | null>>(features: readonly F[]): F[] {
  const copies = structuredClone(features) as F[];
  for (const feature of copies) {
    if (feature.geometry) gcoord.transform(feature as unknown as GcoordInput, gcoord.WGS84, gcoord.GCJ02);
  }
  return copies;
}

export function shiftCollectionToGcj02<G extends Geometry>(collection: FeatureCollection<G>): FeatureCollection<G> {
  return { ...collection, features: shiftFeaturesToGcj02(collection.features) };
}
