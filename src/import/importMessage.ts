/**
 * Messages from reading a file: a stable `code` and the `params` its text is built from. The text
 * itself lives only in the catalogues (src/i18n/importMessages.*.ts): the page renders it in the UI
 * language, the command line in English or Chinese (`translateImportMessage`).
 */

export const IMPORT_MESSAGE_CODES = [
  // Whole file: reading it
  'file-empty',
  'file-too-large',
  'file-unreadable',
  'format-unsupported',
  'shapefile-not-zipped',
  'invalid-json',
  'nesting-too-deep',
  'not-geojson',
  'features-not-array',
  'zip-invalid',
  'zip-truncated',
  'zip-encrypted',
  'zip-method-unsupported',
  'zip-sizes-wrong',
  'zip-entry-damaged',
  'zip-too-large',
  'shapefile-missing-shp',
  'shapefile-invalid',
  'shapefile-missing-dbf',
  'shapefile-encoding-guessed',
  'shapefile-encoding-unknown',
  'shapefile-prj-unreadable',
  'shapefile-several-layers',
  'shapefile-dbf-short',
  'shapefile-record-truncated',
  'shapefile-record-invalid',
  'shapefile-record-missing',
  'shapefile-attributes-missing',
  'encoding-guessed',
  'encoding-contradicted',
  'encoding-unknown',
  'text-undecodable',
  'kml-invalid',
  'kml-no-root',
  'kml-not-a-zone',
  'kmz-missing-kml',
  'topojson-invalid',
  'topojson-not-topology',
  'topojson-members-missing',
  'csv-no-rows',
  'csv-no-coordinates',
  'csv-columns-guessed',
  'csv-row-malformed',
  'csv-wkt-invalid',
  'topojson-arc-invalid',
  'kml-too-deep',
  'no-loadable-feature',
  'duplicate-key',
  'duplicate-key-more',
  // Whole file: coordinate systems
  'crs-unsupported',
  'crs-conflict',
  'crs-geographic',
  'crs-converted',
  'projection-declared',
  'projection-detected',
  'axes-swapped',
  'datum-shifted',
  'coordinates-unrecognised',
  'far-from-tianjin',
  // Whole file: property mapping
  'mapping-key-missing',
  // One feature: structure
  'feature-invalid',
  'geometry-missing',
  'geometry-null',
  'geometry-empty',
  'geometry-type-unknown',
  'coordinates-invalid',
  'position-invalid',
  'position-extra-values',
  'longitude-out-of-range',
  'latitude-out-of-range',
  'line-too-short',
  'ring-too-short',
  'ring-not-closed',
  'not-an-area',
  'properties-invalid',
  'duplicate-id',
  'kind-unknown',
  // One feature: geometry repair
  'winding-fixed',
  'self-intersection',
  'hole-outside-shell',
  'overlapping-holes',
  'overlapping-parts',
  'geometry-made-valid',
  'make-valid-failed',
] as const;

export type ImportMessageCode = (typeof IMPORT_MESSAGE_CODES)[number];

export type ImportMessageParams = Record<string, string | number>;

export function isImportMessageCode(value: unknown): value is ImportMessageCode {
  return typeof value === 'string' && (IMPORT_MESSAGE_CODES as readonly string[]).includes(value);
}

export interface ImportMessage {
  code: ImportMessageCode;
  severity: 'error' | 'warning';
  /** The values the message's text is built from, by the catalogues. */
  params: ImportMessageParams;
  fileName: string;
  featureIndex?: number;
  featureId?: string;
  featureName?: string;
}

/** Which feature a message is about: its position in the file, and its id and name if it has them. */
export interface FeatureContext {
  featureIndex: number;
  featureId?: string;
  featureName?: string;
}

/**
 * Builds a message; the file and the feature (index, id, name) go into its params, so every
 * catalogue can name them the same way for every rule.
 */
export function importMessage(
  severity: ImportMessage['severity'],
  code: ImportMessageCode,
  fileName: string,
  params: ImportMessageParams = {},
  feature?: FeatureContext,
): ImportMessage {
  const message: ImportMessage = {
    code,
    severity,
    params: { ...params, fileName },
    fileName,
  };
  if (feature) {
    message.featureIndex = feature.featureIndex;
    message.params.featureIndex = feature.featureIndex;
    if (feature.featureId !== undefined) {
      message.featureId = feature.featureId;
      message.params.featureId = feature.featureId;
    }
    if (feature.featureName !== undefined) {
      message.featureName = feature.featureName;
      message.params.featureName = feature.featureName;
    }
  }
  return message;
}
