import type { SourceSystem } from './sourceSystem';

/** One conversion the importer applied to every position, in the order applied. */
export type CoordinateConversion =
  /** [latitude, longitude] read as [longitude, latitude]. */
  | { step: 'swap-axes' }
  /** Projected metres to WGS-84 longitude/latitude (`from` is e.g. `epsg:3857`, or `prj:NAME`). */
  | { step: 'unproject'; from: string }
  /** A Chinese web-map datum to WGS-84. */
  | { step: 'datum-shift'; from: 'gcj02' | 'bd09' };

/**
 * What the importer knew and did about a file's coordinate system, for the preview: the UI can
 * say "read as EPSG:3857 (found from the numbers), converted to WGS-84" and, when a datum shift
 * moved the outlines, draw `ImportResult.originalFeatures` (before) under `features` (after).
 */
export interface CoordinateSystemReport {
  /** What the editor declared (`ImportOptions.from`), or null for automatic. */
  declared: SourceSystem | null;
  /** What the file says about itself: its `crs` member's name or the `.prj`'s name; null if nothing. */
  stated: string | null;
  /**
   * What the numbers showed, when they were looked at (nothing declared or stated fixed the
   * projection): `wgs84`, `swapped-axes`, `epsg:…`, or `unrecognised`.
   */
  detected: string | null;
  /** The system the coordinates were read in, in the end: `wgs84`, `gcj02`, `epsg:3857`, `prj:NAME`… */
  source: string;
  applied: CoordinateConversion[];
  /** How far the datum shift moved the outlines (median over features), m; null if none applied. */
  shiftMetres: number | null;
  /** English summary, e.g. "Read as EPSG:3857 Web Mercator metres (found from the numbers); converted to WGS-84." */
  note: string;
}
