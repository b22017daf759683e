import type { MultiPolygon, Polygon } from 'geojson';
import type { ZoneFeature } from '../domain/zone';
import { importMessage, type ImportMessage } from '../import/importMessage';
import { isZoneFeature } from '../import/importResult';
import { loadFeature, type FeatureLoadContext } from '../import/loadFeature';
import { resolvePropertyMapping } from '../import/properties/propertyMapping';
import type { AreaRepair } from '../import/repair/repairArea';
import { parseJsonText } from '../import/rules/jsonSyntax';
import { rootFeatures } from '../import/rules/rootObject';

/** No repairs for the shipped zones: the worker reports any its coverage engine applies. */
function keepArea(geometry: Polygon | MultiPolygon): AreaRepair {
  return { geometry, notes: [] };
}

/**
 * The shipped default zones, read on the main thread before the first frame. Not through the
 * editor's import pipeline (src/import/parseGeoJson.ts): that carries proj4, Clipper and
 * GeographicLib for coordinate detection and repairs, about 100 KB gzipped the first frame does not
 * need (the page's budget is 1.15× a bare MapLibre + deck.gl page). The shipped file is ours, in
 * WGS-84 and valid (tests/unit/data.test.ts checks it through the full pipeline); here each feature
 * still passes the same structure rules and property normalisation (`loadFeature`, without
 * repairs), so a damaged file is named and its broken features skipped with the same messages.
 */
export function readShippedZones(text: string, fileName: string): { zones: ZoneFeature[]; errors: ImportMessage[] } {
  const parsed = parseJsonText(text, fileName);
  if (!parsed.ok) return { zones: [], errors: [parsed.error] };
  const root = rootFeatures(parsed.value, fileName);
  if (root.errors.length > 0) return { zones: [], errors: root.errors };
  if (root.crs !== undefined && root.crs !== null) {
    return { zones: [], errors: [importMessage('error', 'crs-unsupported', fileName, { crs: 'a "crs" member' })] };
  }
  const rawFeatures = root.features as ({ properties?: unknown } | null)[];
  const context: FeatureLoadContext = {
    fileName,
    mapping: resolvePropertyMapping(rawFeatures),
    repair: {},
    repairArea: keepArea,
    usedIds: new Set(),
    converted: false,
    dropCrs: false,
  };
  const zones: ZoneFeature[] = [];
  const errors: ImportMessage[] = [];
  root.features.forEach((raw, index) => {
    const outcome = loadFeature(raw, index, context);
    if (outcome.status === 'loaded' && isZoneFeature(outcome.feature)) zones.push(outcome.feature);
    if (outcome.status === 'rejected') errors.push(...outcome.errors);
  });
  if (zones.length === 0) errors.push(importMessage('error', 'no-loadable-feature', fileName, { featureCount: root.features.length }));
  return { zones, errors };
}
