/**
 * Messages from reading a file: a stable `code` the UI translates (with `params`), and an English
 * `message` that names the file and, where it applies, the feature by index, id and name.
 */

export const IMPORT_MESSAGE_CODES = [
  // Whole file: reading it
  'file-empty',
  'file-too-large',
  'file-unreadable',
  'format-unsupported',
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
  'kmz-missing-kml',
  'topojson-invalid',
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
  /** English text naming the file and the feature. */
  message: string;
  /** The values the message is built from, for translations. */
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
 * Builds a message: `detail` is the sentence specific to the problem; the file and feature are
 * prefixed here, the same way for every rule.
 */
export function importMessage(
  severity: ImportMessage['severity'],
  code: ImportMessageCode,
  fileName: string,
  detail: string,
  params: ImportMessageParams = {},
  feature?: FeatureContext,
): ImportMessage {
  const message: ImportMessage = {
    code,
    severity,
    message: `${fileName}: ${feature ? `${describeFeature(feature)}: ` : ''}${detail}`,
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

/** "feature #3 (id "xq-1", name "西青先导区")", with whichever of id and name exist. */
export function describeFeature(feature: FeatureContext): string {
  const labels: string[] = [];
  if (feature.featureId !== undefined) labels.push(`id ${JSON.stringify(feature.featureId)}`);
  if (feature.featureName !== undefined) labels.push(`name ${JSON.stringify(feature.featureName)}`);
  return `feature #${feature.featureIndex}${labels.length > 0 ? ` (${labels.join(', ')})` : ''}`;
}
