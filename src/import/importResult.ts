import type { Feature, Geometry } from 'geojson';
import type { DistrictFeature } from '../domain/district';
import type { ZoneFeature, ZoneProperties } from '../domain/zone';
import type { CoordinateSystemReport } from './coordinates/coordinateReport';
import type { SourceSystem } from './coordinates/sourceSystem';
import type { EncodingReport } from './encoding/textEncoding';
import type { ImportMessage } from './importMessage';
import type { PropertyKeySummary } from './properties/propertyKeys';
import type { PropertyMapping } from './properties/propertyMapping';
import type { ColumnBasis, SpreadsheetColumns } from './formats/spreadsheetColumns';
import type { RepairOptions } from './repair/repairArea';

/**
 * A feature that loaded: any valid geometry, properties normalised to the zone schema. It may
 * carry the member named by `ORIGINAL_VALUES_MEMBER` (file values export writes back).
 */
export type LoadedFeature = Feature<Geometry, ZoneProperties>;

/**
 * What reading one file gives: values, never exceptions. `ok` is true when at least one feature
 * loaded and nothing rejected the file as a whole; features with errors are skipped (listed in
 * `errors` and `skippedFeatureIndices`) unless the caller asked to reject the file for them.
 */
export interface ImportResult {
  ok: boolean;
  fileName: string;
  /** The `FileFormat.id` that read the file (`geojson`, `topojson`, `kml`, `kmz`, `shapefile`), or `unknown`. */
  format: string;
  /** Every feature that loaded, in file order (areas and others), in WGS-84. */
  features: LoadedFeature[];
  /** The features that are areas (Polygon, MultiPolygon): the zones the map and totals use. */
  zones: ZoneFeature[];
  /** Position in the file of each entry of `features`. */
  sourceIndices: number[];
  skippedFeatureIndices: number[];
  errors: ImportMessage[];
  warnings: ImportMessage[];
  /**
   * Positions in `features` of those wholly outside Tianjin (each also a `far-from-tianjin`
   * warning naming its distance from the nearest district): the page adds them only when the
   * editor says so.
   */
  outsideTianjin: number[];
  /** How the file's text was decoded; null for a file rejected before its text was read. */
  encoding: EncodingReport | null;
  /** How the coordinates were read and converted; null when the file was rejected before that. */
  coordinateSystem: CoordinateSystemReport | null;
  /**
   * The same features before the datum shift (GCJ-02/BD-09 → WGS-84), same order and ids: the
   * "before" outlines of the preview, drawable over the basemap. Present only when a shift was
   * applied; projected and swapped inputs have no drawable "before" (they are not lon/lat).
   */
  originalFeatures?: LoadedFeature[];
  /**
   * Members of the file's top level other than `type` and `features` (`name`, `metadata`…, and
   * `crs`/`bbox` unless the coordinates were converted), in order: hand them to `exportGeoJson`
   * to write the collection back as it came.
   */
  collectionMembers: Record<string, unknown>;
  /** The file's property keys with sample values, for the mapping picker. */
  propertyKeys: PropertyKeySummary[];
  /** Which key filled each schema field (the editor's choice over the suggestion). */
  propertyMapping: Required<PropertyMapping>;
  /**
   * [west, south, east, north] of the loaded features in WGS-84 degrees, or null when none has a
   * position: where the map frames the file under review (worked out where the file is read,
   * not on the page: over 7,576 zones it was a 110 ms pass on the main thread).
   */
  extent: [number, number, number, number] | null;
  /** For spreadsheet lists: the header's columns and those the positions were read from, for the review's pickers. */
  spreadsheet?: { columns: string[]; chosen: SpreadsheetColumns; basis: ColumnBasis };
}

export interface ImportOptions {
  /**
   * What a feature-level error does: skip that feature and load the rest (default), or reject
   * the whole file.
   */
  onFeatureError?: 'skip-feature' | 'reject-file';
  /**
   * The coordinate system the editor says the file is in. Leave it out for automatic (the file's
   * `crs`/`.prj`, else the numbers). GCJ-02 and BD-09 can only be declared.
   */
  from?: SourceSystem;
  /** Which file key fills each schema field; fields left out use `suggestPropertyMapping`. */
  propertyMapping?: PropertyMapping;
  repair?: RepairOptions;
  /** For spreadsheet lists: the columns the editor chose for the positions (else found by name or by their numbers). */
  spreadsheetColumns?: Partial<SpreadsheetColumns>;
  /**
   * Tianjin's district outlines (data/districts.geojson), to find features outside them; the
   * municipality's bounding box stands in when left out.
   */
  tianjinDistricts?: readonly DistrictFeature[];
  /**
   * The text encoding the editor chose (a TextDecoder label: `utf-8`, `gb18030`, `big5`,
   * `utf-16le`…), over what the file declares; leave it out to follow the file (textEncoding.ts).
   */
  encoding?: string;
  /** Hears the fraction done (0…1) while a large file is read; called from the worker. */
  onProgress?: (fraction: number) => void;
}

export function isZoneFeature(feature: LoadedFeature): feature is ZoneFeature {
  return feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';
}

/** A result that loaded nothing: the file is rejected with `errors`. */
export function rejectedResult(fileName: string, format: string, errors: ImportMessage[], warnings: ImportMessage[] = []): ImportResult {
  return {
    ok: false,
    fileName,
    format,
    features: [],
    zones: [],
    sourceIndices: [],
    skippedFeatureIndices: [],
    outsideTianjin: [],
    errors,
    warnings,
    encoding: null,
    coordinateSystem: null,
    collectionMembers: {},
    propertyKeys: [],
    propertyMapping: { name_zh: null, name_en: null, district: null, kind: null, scenarios: null, phase: null, since: null, source: null },
    extent: null,
  };
}
