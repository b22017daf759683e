import { featureGeometry, membersAfterConversion } from './coordinates/boundingBox';
import { applyDatumShift } from './coordinates/applyDatumShift';
import { findOutsideTianjin } from './coordinates/outsideTianjin';
import { copyPosition, mapRawGeometry } from './coordinates/mapPositions';
import { planCoordinates } from './coordinates/planCoordinates';
import type { StatedSystem } from './coordinates/statedSystem';
import { importMessage, type ImportMessage } from './importMessage';
import { isZoneFeature, rejectedResult, type ImportOptions, type ImportResult } from './importResult';
import { loadFeature, type FeatureLoadContext } from './loadFeature';
import { listPropertyKeys } from './properties/propertyKeys';
import { MAPPED_FIELDS, resolvePropertyMapping } from './properties/propertyMapping';
import { statedCrs } from './coordinates/statedCrs';
import { repairArea } from './repair/repairArea';
import { readJsonText } from './readJsonText';
import { rootFeatures } from './rules/rootObject';
import { featuresExtent } from './featuresExtent';
import { replacementWarning } from './encoding/encodingWarnings';
import type { EncodingReport } from './encoding/textEncoding';
import { copyOwnProperties, defineValue, isPlainObject } from './safeRecord';

export const GEOJSON_FORMAT_ID = 'geojson';

/** What a format that converts to GeoJSON knows beyond the GeoJSON value itself. */
export interface ReadContext {
  /** The `FileFormat.id` to report (default `geojson`). */
  format?: string;
  /** The system the file states outside the GeoJSON (a shapefile's `.prj`). */
  stated?: StatedSystem | null;
  /** Messages the format already has (an encoding guessed, a second layer…). */
  warnings?: ImportMessage[];
  /**
   * The value was made for this read (parsed from the file's text, or converted from another
   * format) and nobody else holds it: positions that need no conversion are used in place rather
   * than copied. Rings may then be closed and rewound on it. Copying every position of a 100 MB
   * file costs 3.8 million arrays that live as long as the zones.
   */
  ownsValue?: boolean;
  /** How the file's text was decoded (reported in the result). */
  encoding?: EncodingReport;
  /** The decoded text holds U+FFFD: each feature whose properties hold one is named in a warning. */
  undecodable?: boolean;
}

/**
 * Reads GeoJSON text (RFC 7946; UTF-8, with or without a byte-order mark) into zones and
 * messages. Never throws. See `ImportResult` for what `ok` means.
 */
export function parseGeoJsonText(text: string, fileName: string, options: ImportOptions = {}): ImportResult {
  return readJsonText(text, fileName, GEOJSON_FORMAT_ID, (value) => readGeoJsonValue(value, fileName, options, { ownsValue: true }));
}

/**
 * Reads an already parsed GeoJSON value; every format ends here, so every file passes the same
 * steps: the root object, the coordinate plan (stated, declared or detected system → WGS-84),
 * each feature's rules, repairs and property mapping, then a declared datum shift. The value is
 * never changed unless `context.ownsValue`: coordinates are copied before anything touches them.
 */
export function readGeoJsonValue(value: unknown, fileName: string, options: ImportOptions = {}, context: ReadContext = {}): ImportResult {
  const format = context.format ?? GEOJSON_FORMAT_ID;
  const root = rootFeatures(value, fileName);
  const formatWarnings = context.warnings ?? [];
  if (root.errors.length > 0) return rejectedResult(fileName, format, root.errors, [...formatWarnings, ...root.warnings]);
  const stated = statedCrs(root.crs) ?? context.stated ?? null;
  const plan = planCoordinates(root.features.map(featureGeometry), options.from, stated, fileName);
  const warnings = [...formatWarnings, ...root.warnings, ...plan.warnings];
  if (plan.errors.length > 0) return rejectedResult(fileName, format, plan.errors, warnings);

  const result = rejectedResult(fileName, format, [], warnings);
  result.encoding = context.encoding ?? null;
  result.coordinateSystem = plan.report;
  const rawFeatures = root.features as ({ properties?: unknown } | null)[];
  result.propertyKeys = listPropertyKeys(rawFeatures);
  result.propertyMapping = resolvePropertyMapping(rawFeatures, options.propertyMapping);
  warnings.push(...missingMappingKeys(options, result.propertyKeys.map((summary) => summary.key), fileName));
  const converted = plan.report.applied.length > 0;
  const dropCrs = stated?.kind === 'projected';
  const loadContext: FeatureLoadContext = {
    fileName,
    mapping: result.propertyMapping,
    repair: options.repair ?? {},
    repairArea,
    usedIds: new Set(),
    converted,
    dropCrs,
  };
  const progressStep = Math.max(1, Math.floor(root.features.length / 50));
  const inPlace = context.ownsValue === true && plan.toLonLat === copyPosition;
  root.features.forEach((raw, index) => {
    if (index % progressStep === 0) options.onProgress?.(0.1 + (0.85 * index) / root.features.length);
    const outcome = loadFeature(inPlace ? raw : withMappedGeometry(raw, plan.toLonLat), index, loadContext);
    warnings.push(...outcome.warnings);
    if (outcome.status === 'loaded') {
      result.features.push(outcome.feature);
      result.sourceIndices.push(index);
      return;
    }
    if (outcome.status === 'rejected') result.errors.push(...outcome.errors);
    result.skippedFeatureIndices.push(index);
  });
  if (plan.datum && result.features.length > 0) {
    const shifted = applyDatumShift(result.features, plan.datum);
    result.originalFeatures = result.features;
    result.features = shifted.features;
    plan.report.shiftMetres = shifted.shiftMetres;
    warnings.push(
      importMessage('warning', 'datum-shifted', fileName, {
        datum: plan.datum,
        shiftMetres: Math.round(shifted.shiftMetres),
      }),
    );
  }
  if (context.undecodable) warnings.push(...undecodableWarnings(result, context.encoding?.encoding ?? 'utf-8'));
  for (const outside of findOutsideTianjin(result.features, options.tianjinDistricts)) {
    const { properties } = result.features[outside.position]!;
    const { name_zh: nearestDistrict, name_en: nearestDistrictEn } = outside.nearestDistrict.properties;
    const feature = { featureIndex: result.sourceIndices[outside.position]!, featureId: properties.id, ...(properties.name_zh ? { featureName: properties.name_zh } : {}) };
    warnings.push(importMessage('warning', 'far-from-tianjin', fileName, { distanceKilometres: outside.distanceKilometres, nearestDistrict, nearestDistrictEn }, feature));
    result.outsideTianjin.push(outside.position);
  }
  result.collectionMembers = converted ? membersAfterConversion(root.collectionMembers, result.features.map((feature) => feature.geometry), dropCrs) : root.collectionMembers;
  result.zones = result.features.filter(isZoneFeature);
  result.extent = featuresExtent(result.features);
  if (result.features.length === 0) {
    result.errors.push(importMessage('error', 'no-loadable-feature', fileName, { featureCount: root.features.length }));
  }
  const featureErrorsReject = options.onFeatureError === 'reject-file' && result.errors.length > 0;
  result.ok = result.features.length > 0 && !featureErrorsReject;
  if (!result.ok) {
    result.features = [];
    result.zones = [];
    result.sourceIndices = [];
    result.extent = null;
    delete result.originalFeatures;
  }
  return result;
}

/** One warning per loaded feature with U+FFFD in its properties, naming the first such property. */
function undecodableWarnings(result: ImportResult, encoding: string): ImportMessage[] {
  const warnings: ImportMessage[] = [];
  result.features.forEach((feature, position) => {
    const properties = feature.properties as unknown as Record<string, unknown>;
    const key = Object.keys(properties).find((name) => name.includes('\uFFFD') || JSON.stringify(properties[name] ?? null).includes('\uFFFD'));
    if (key === undefined) return;
    const context = { featureIndex: result.sourceIndices[position]!, featureId: feature.properties.id, featureName: feature.properties.name_zh };
    warnings.push(replacementWarning(result.fileName, key, encoding, context));
  });
  return warnings;
}

/** A shallow copy of a raw feature whose geometry is a converted (or plainly copied) deep copy. */
function withMappedGeometry(raw: unknown, toLonLat: typeof copyPosition): unknown {
  if (!isPlainObject(raw) || !Object.hasOwn(raw, 'geometry')) return raw;
  const copy = copyOwnProperties(raw);
  defineValue(copy, 'geometry', mapRawGeometry(raw.geometry, toLonLat));
  return copy;
}

/** Keys the editor chose for a field that no feature has: a typo or another file's mapping. */
function missingMappingKeys(options: ImportOptions, keys: readonly string[], fileName: string): ImportMessage[] {
  const chosen = options.propertyMapping ?? {};
  return MAPPED_FIELDS.flatMap((field) => {
    const key = chosen[field];
    if (typeof key !== 'string' || keys.includes(key)) return [];
    return [importMessage('warning', 'mapping-key-missing', fileName, { field, key })];
  });
}
