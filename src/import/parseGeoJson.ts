import { importMessage, type ImportMessage } from './importMessage';
import { isZoneFeature, type ImportOptions, type ImportResult, type LoadedFeature } from './importResult';
import { normaliseZoneProperties } from './normaliseZoneProperties';
import { checkFeature } from './rules/feature';
import { parseJsonText } from './rules/jsonSyntax';
import { rootFeatures } from './rules/rootObject';
import { copyOwnProperties, defineValue, ownValue } from './safeRecord';

export const GEOJSON_FORMAT_ID = 'geojson';

/**
 * Reads GeoJSON text (RFC 7946; UTF-8, with or without a byte-order mark) into zones and
 * messages. Never throws. See `ImportResult` for what `ok` means.
 */
export function parseGeoJsonText(text: string, fileName: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseJsonText(text, fileName);
  if (!parsed.ok) return rejected(fileName, [parsed.error], []);
  return readGeoJsonValue(parsed.value, fileName, options);
}

/**
 * Reads an already parsed GeoJSON value. Formats that convert to GeoJSON (TopoJSON, KML,
 * Shapefile) can hand their result here so that every file passes the same rules.
 */
export function readGeoJsonValue(value: unknown, fileName: string, options: ImportOptions = {}): ImportResult {
  const root = rootFeatures(value, fileName);
  if (root.errors.length > 0) return rejected(fileName, root.errors, root.warnings);
  const result: ImportResult = emptyResult(fileName);
  result.warnings.push(...root.warnings);
  const usedIds = new Set<string>();
  root.features.forEach((raw, index) => {
    const verdict = checkFeature(raw, index, fileName);
    result.warnings.push(...verdict.warnings);
    if (verdict.status === 'rejected') {
      result.errors.push(...verdict.errors);
      result.skippedFeatureIndices.push(index);
      return;
    }
    if (verdict.status === 'skipped') {
      result.skippedFeatureIndices.push(index);
      return;
    }
    const wantedId = (verdict.rawProperties ? idFrom(ownValue(verdict.rawProperties, 'id')) : undefined) ?? verdict.featureId;
    const id = uniqueId(wantedId === undefined ? `${fileStem(fileName)}-${index + 1}` : String(wantedId), usedIds);
    if (wantedId !== undefined && id !== String(wantedId)) {
      result.warnings.push(
        importMessage('warning', 'duplicate-id', fileName, `its id ${JSON.stringify(String(wantedId))} is already used in this file; renamed ${JSON.stringify(id)}.`, { id, originalId: String(wantedId) }, verdict.context),
      );
    }
    const { properties, unknownKind } = normaliseZoneProperties(verdict.rawProperties, id, fileName);
    if (unknownKind !== null) {
      result.warnings.push(
        importMessage('warning', 'kind-unknown', fileName, `kind ${JSON.stringify(unknownKind)} is not pilot-zone, demo-zone or scenario-area; shown as scenario-area.`, { kind: unknownKind }, verdict.context),
      );
    }
    const feature = copyOwnProperties(verdict.foreignMembers);
    for (const [key, member] of Object.entries({ type: 'Feature', id: verdict.featureId ?? id, geometry: verdict.geometry, properties })) {
      defineValue(feature, key, member);
    }
    result.features.push(feature as unknown as LoadedFeature);
    result.sourceIndices.push(index);
  });
  result.zones = result.features.filter(isZoneFeature);
  if (result.features.length === 0) {
    const detail = root.features.length === 0 ? 'the file contains no features.' : `none of its ${root.features.length} feature(s) could be loaded.`;
    result.errors.push(importMessage('error', 'no-loadable-feature', fileName, detail, { featureCount: root.features.length }));
  }
  const featureErrorsReject = options.onFeatureError === 'reject-file' && result.errors.length > 0;
  result.ok = result.features.length > 0 && !featureErrorsReject;
  if (!result.ok) {
    result.features = [];
    result.zones = [];
    result.sourceIndices = [];
  }
  return result;
}

function emptyResult(fileName: string): ImportResult {
  return { ok: false, fileName, format: GEOJSON_FORMAT_ID, features: [], zones: [], sourceIndices: [], skippedFeatureIndices: [], errors: [], warnings: [] };
}

function rejected(fileName: string, errors: ImportMessage[], warnings: ImportMessage[]): ImportResult {
  return { ...emptyResult(fileName), errors, warnings };
}

function idFrom(value: unknown): string | number | undefined {
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function uniqueId(wanted: string, used: Set<string>): string {
  let id = wanted;
  for (let suffix = 2; used.has(id); suffix += 1) id = `${wanted}-${suffix}`;
  used.add(id);
  return id;
}

/** `data/zones.geojson` → `zones`: the prefix of generated ids, so two files' ids rarely clash. */
function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-');
  return stem === '' ? 'zone' : stem;
}
