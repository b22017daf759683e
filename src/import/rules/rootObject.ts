import { importMessage, type ImportMessage } from '../importMessage';
import { copyOwnProperties, isPlainObject, ownValue } from '../safeRecord';
import { GEOMETRY_TYPES } from './geometry';
import { nestingDepthExceeds } from './nestingDepth';

export interface RootOutcome {
  /** The raw features to validate one by one (a bare geometry or a lone Feature becomes one). */
  features: unknown[];
  /** The root's `crs` member as it is (undefined when there is none), for the coordinate plan to read (see coordinates/statedCrs.ts). */
  crs: unknown;
  /** Top-level members other than `type` and `features`, for export (a FeatureCollection's only). */
  collectionMembers: Record<string, unknown>;
  errors: ImportMessage[];
  warnings: ImportMessage[];
}

/**
 * RFC 7946 §2–3: the file is a FeatureCollection, a Feature or a bare geometry. A `crs` member
 * (from the 2008 GeoJSON draft) is never ignored: it is handed on, and the coordinate plan honours
 * it (converted when known, the file rejected when not).
 */
export function rootFeatures(root: unknown, fileName: string): RootOutcome {
  const outcome: RootOutcome = { features: [], crs: undefined, collectionMembers: {}, errors: [], warnings: [] };
  if (!isPlainObject(root)) {
    if (Array.isArray(root) && nestingDepthExceeds(root)) {
      outcome.errors.push(importMessage('error', 'nesting-too-deep', fileName));
    } else {
      const found = Array.isArray(root) ? 'array' : root === null ? 'null' : typeof root;
      outcome.errors.push(importMessage('error', 'not-geojson', fileName, { found }));
    }
    return outcome;
  }
  outcome.crs = ownValue(root, 'crs');
  const type = ownValue(root, 'type');
  if (type === 'FeatureCollection') {
    const features = ownValue(root, 'features');
    if (!Array.isArray(features)) {
      outcome.errors.push(importMessage('error', 'features-not-array', fileName));
    } else {
      outcome.features = features;
      outcome.collectionMembers = copyOwnProperties(root, ['type', 'features']);
      if (nestingDepthExceeds(outcome.collectionMembers)) {
        outcome.errors.push(importMessage('error', 'nesting-too-deep', fileName));
      }
    }
  } else if (type === 'Feature') {
    outcome.features = [root];
  } else if (typeof type === 'string' && (GEOMETRY_TYPES as readonly string[]).includes(type)) {
    outcome.features = [{ type: 'Feature', properties: null, geometry: root }];
  } else {
    const found = typeof type === 'string' ? type : 'missing';
    outcome.errors.push(
      importMessage('error', 'not-geojson', fileName, { found }),
    );
  }
  return outcome;
}
