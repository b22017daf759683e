import type { Geometry } from 'geojson';
import { importMessage, type FeatureContext, type ImportMessage } from '../importMessage';
import { copyOwnProperties, isPlainObject, ownValue } from '../safeRecord';
import { checkGeometry } from './geometry';
import { nestingDepthExceeds } from './nestingDepth';
import type { GeometryTally } from './ruleProblem';

export type FeatureVerdict =
  | {
      status: 'loaded';
      geometry: Geometry;
      /** The `properties` member as found (an object, or null/absent). */
      rawProperties: Record<string, unknown> | null;
      /** The feature's `id` member if it is a string or number (RFC 7946 §3.2). */
      featureId: string | number | undefined;
      /** Members other than type, id, geometry and properties, kept for export. */
      foreignMembers: Record<string, unknown>;
      context: FeatureContext;
      warnings: ImportMessage[];
    }
  /** Nothing to draw (null or empty geometry): left out with a warning. */
  | { status: 'skipped'; context: FeatureContext; warnings: ImportMessage[] }
  /** Broken: left out (or the file rejected) with an error. */
  | { status: 'rejected'; context: FeatureContext; errors: ImportMessage[]; warnings: ImportMessage[] };

/**
 * RFC 7946 §3.2: a Feature object with a `geometry` member (a geometry or null) and a
 * `properties` member (an object or null). Geometry rules run here; properties are only checked
 * for depth (their content is data, mapped onto the schema later).
 */
export function checkFeature(raw: unknown, featureIndex: number, fileName: string, nameKey: string | null = null): FeatureVerdict {
  const context = featureContext(raw, featureIndex, nameKey);
  const warnings: ImportMessage[] = [];
  const error = (code: ImportMessage['code'], params = {}): FeatureVerdict => ({
    status: 'rejected',
    context,
    errors: [importMessage('error', code, fileName, params, context)],
    warnings,
  });
  if (!isPlainObject(raw) || ownValue(raw, 'type') !== 'Feature') {
    const found = isPlainObject(raw) ? String(ownValue(raw, 'type') ?? 'missing') : Array.isArray(raw) ? 'array' : typeof raw;
    return error('feature-invalid', { found });
  }
  let rawProperties = ownValue(raw, 'properties') ?? null;
  if (rawProperties !== null && !isPlainObject(rawProperties)) {
    warnings.push(importMessage('warning', 'properties-invalid', fileName, {}, context));
    rawProperties = null;
  }
  const foreignMembers = copyOwnProperties(raw, ['type', 'id', 'geometry', 'properties']);
  if (nestingDepthExceeds(rawProperties) || nestingDepthExceeds(foreignMembers)) {
    return error('nesting-too-deep');
  }
  if (!Object.hasOwn(raw, 'geometry')) {
    warnings.push(importMessage('warning', 'geometry-missing', fileName, {}, context));
    return { status: 'skipped', context, warnings };
  }
  if (raw.geometry === null) {
    warnings.push(importMessage('warning', 'geometry-null', fileName, {}, context));
    return { status: 'skipped', context, warnings };
  }
  const tally: GeometryTally = { unclosedRings: 0, positionsWithExtraValues: 0 };
  const verdict = checkGeometry(raw.geometry, tally);
  if (verdict.status === 'invalid') return error(verdict.problem.code, verdict.problem.params);
  if (verdict.status === 'empty') {
    warnings.push(importMessage('warning', 'geometry-empty', fileName, {}, context));
    return { status: 'skipped', context, warnings };
  }
  if (tally.unclosedRings > 0) {
    const rings = tally.unclosedRings;
    warnings.push(importMessage('warning', 'ring-not-closed', fileName, { rings }, context));
  }
  if (tally.positionsWithExtraValues > 0) {
    const positions = tally.positionsWithExtraValues;
    warnings.push(
      importMessage('warning', 'position-extra-values', fileName, { positions }, context),
    );
  }
  const type = verdict.geometry.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    warnings.push(importMessage('warning', 'not-an-area', fileName, { geometryType: type }, context));
  }
  const rawId = ownValue(raw, 'id');
  const featureId = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : undefined;
  return { status: 'loaded', geometry: verdict.geometry, rawProperties, featureId, foreignMembers, context, warnings };
}

/**
 * Index, id and name as the file gives them, to name the feature in messages; the name from the
 * key the property mapping reads it from, else the usual name keys.
 */
function featureContext(raw: unknown, featureIndex: number, nameKey: string | null): FeatureContext {
  const context: FeatureContext = { featureIndex };
  if (!isPlainObject(raw)) return context;
  const properties = ownValue(raw, 'properties');
  const fromProperties = (key: string) => (isPlainObject(properties) ? ownValue(properties, key) : undefined);
  const id = ownValue(raw, 'id') ?? fromProperties('id');
  if (typeof id === 'string' || typeof id === 'number') context.featureId = String(id);
  for (const key of [...(nameKey === null ? [] : [nameKey]), 'name_zh', '名称', 'name', 'name_en']) {
    const name = fromProperties(key);
    if (typeof name === 'string' && name !== '') {
      context.featureName = name;
      break;
    }
  }
  return context;
}
