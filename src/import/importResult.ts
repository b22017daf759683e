import type { Feature, Geometry } from 'geojson';
import type { ZoneFeature, ZoneProperties } from '../domain/zone';
import type { ImportMessage } from './importMessage';

/** A feature that loaded: any valid geometry, properties normalised to the zone schema. */
export type LoadedFeature = Feature<Geometry, ZoneProperties>;

/**
 * What reading one file gives: values, never exceptions. `ok` is true when at least one feature
 * loaded and nothing rejected the file as a whole; features with errors are skipped (listed in
 * `errors` and `skippedFeatureIndices`) unless the caller asked to reject the file for them.
 */
export interface ImportResult {
  ok: boolean;
  fileName: string;
  /** The `FileFormat.id` that read the file. */
  format: string;
  /** Every feature that loaded, in file order (areas and others). */
  features: LoadedFeature[];
  /** The features that are areas (Polygon, MultiPolygon): the zones the map and totals use. */
  zones: ZoneFeature[];
  /** Position in the file of each entry of `features`. */
  sourceIndices: number[];
  skippedFeatureIndices: number[];
  errors: ImportMessage[];
  warnings: ImportMessage[];
}

export interface ImportOptions {
  /**
   * What a feature-level error does: skip that feature and load the rest (default), or reject
   * the whole file.
   */
  onFeatureError?: 'skip-feature' | 'reject-file';
}

export function isZoneFeature(feature: LoadedFeature): feature is ZoneFeature {
  return feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';
}
