import { importMessage, type ImportMessage } from '../importMessage';
import { isPlainObject, ownValue } from '../safeRecord';
import { GEOMETRY_TYPES } from './geometry';
import { nestingDepthExceeds } from './nestingDepth';

export interface RootOutcome {
  /** The raw features to validate one by one (a bare geometry or a lone Feature becomes one). */
  features: unknown[];
  errors: ImportMessage[];
  warnings: ImportMessage[];
}

/** `crs` names that mean longitude/latitude on WGS-84 or CGCS2000 (the same to centimetres here). */
const GEOGRAPHIC_CRS_NAMES = new Set([
  'urn:ogc:def:crs:OGC:1.3:CRS84',
  'urn:ogc:def:crs:OGC::CRS84',
  'urn:ogc:def:crs:EPSG::4326',
  'urn:ogc:def:crs:EPSG::4490',
  'EPSG:4326',
  'EPSG:4490',
]);

/**
 * RFC 7946 §2–3: the file is a FeatureCollection, a Feature or a bare geometry. A `crs` member
 * (from the 2008 GeoJSON draft) is never ignored: a longitude/latitude one is accepted with a
 * warning, any other rejects the file until reprojection exists (issue 4).
 */
export function rootFeatures(root: unknown, fileName: string): RootOutcome {
  const outcome: RootOutcome = { features: [], errors: [], warnings: [] };
  if (!isPlainObject(root)) {
    if (Array.isArray(root) && nestingDepthExceeds(root)) {
      outcome.errors.push(importMessage('error', 'nesting-too-deep', fileName, 'arrays are nested too deeply to be GeoJSON.'));
    } else {
      const found = Array.isArray(root) ? 'an array' : root === null ? 'null' : `a ${typeof root}`;
      outcome.errors.push(importMessage('error', 'not-geojson', fileName, `the top level is ${found}, not a GeoJSON object.`, { found }));
    }
    return outcome;
  }
  const crsProblem = crsMessage(root, fileName);
  if (crsProblem) (crsProblem.severity === 'error' ? outcome.errors : outcome.warnings).push(crsProblem);
  if (outcome.errors.length > 0) return outcome;
  const type = ownValue(root, 'type');
  if (type === 'FeatureCollection') {
    const features = ownValue(root, 'features');
    if (!Array.isArray(features)) {
      outcome.errors.push(importMessage('error', 'features-not-array', fileName, 'a FeatureCollection needs a "features" array.'));
    } else {
      outcome.features = features;
    }
  } else if (type === 'Feature') {
    outcome.features = [root];
  } else if (typeof type === 'string' && (GEOMETRY_TYPES as readonly string[]).includes(type)) {
    outcome.features = [{ type: 'Feature', properties: null, geometry: root }];
  } else {
    const found = typeof type === 'string' ? type : 'missing';
    const hint = type === 'Topology' ? ' (this looks like TopoJSON, which is not read yet)' : '';
    outcome.errors.push(
      importMessage('error', 'not-geojson', fileName, `"type" is ${typeof type === 'string' ? JSON.stringify(type) : 'missing'}; expected FeatureCollection, Feature or a geometry type${hint}.`, { found }),
    );
  }
  return outcome;
}

function crsMessage(root: Record<string, unknown>, fileName: string): ImportMessage | null {
  if (!Object.hasOwn(root, 'crs') || root.crs === null) return null;
  const crs = root.crs;
  const name = isPlainObject(crs) && isPlainObject(crs.properties) && typeof crs.properties.name === 'string' ? crs.properties.name : null;
  if (name !== null && GEOGRAPHIC_CRS_NAMES.has(name)) {
    return importMessage('warning', 'crs-geographic', fileName, `the "crs" member names ${name}; read as WGS-84 longitude/latitude as RFC 7946 requires.`, { crs: name });
  }
  const shown = name ?? JSON.stringify(crs).slice(0, 80);
  return importMessage('error', 'crs-unsupported', fileName, `the "crs" member names ${shown}, a coordinate system this importer cannot convert yet; save the file as WGS-84 (EPSG:4326).`, {
    crs: shown,
  });
}
