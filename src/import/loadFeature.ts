import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { membersAfterConversion } from './coordinates/boundingBox';
import { fileStem, idFrom, uniqueId } from './featureIds';
import { importMessage, type ImportMessage } from './importMessage';
import type { LoadedFeature } from './importResult';
import { normaliseZoneProperties } from './properties/normaliseZoneProperties';
import { ORIGINAL_VALUES_MEMBER } from './properties/originalValues';
import type { PropertyMapping } from './properties/propertyMapping';
import type { AreaRepair, RepairOptions } from './repair/repairArea';
import { checkFeature } from './rules/feature';
import { defineValue, ownValue } from './safeRecord';

/** What stays the same for every feature of one file. */
export interface FeatureLoadContext {
  fileName: string;
  mapping: Required<PropertyMapping>;
  repair: RepairOptions;
  /**
   * The area repairs (repair/repairArea.ts for editors' files). Passed in, not imported, so a reader
   * that needs none (the shipped zones, before the first frame) does not load Clipper and GeographicLib.
   */
  repairArea: (geometry: Polygon | MultiPolygon, options: RepairOptions) => AreaRepair;
  /** Ids already given in this file. */
  usedIds: Set<string>;
  /** Coordinates were converted: `bbox` members are recomputed. */
  converted: boolean;
  /** A `crs` member named a projected system: drop it from the feature. */
  dropCrs: boolean;
}

export type FeatureOutcome =
  | { status: 'loaded'; feature: LoadedFeature; warnings: ImportMessage[] }
  | { status: 'skipped'; warnings: ImportMessage[] }
  | { status: 'rejected'; errors: ImportMessage[]; warnings: ImportMessage[] };

/**
 * One raw feature (coordinates already in longitude/latitude, on the importer's own arrays)
 * through the rules, the area repairs and the property mapping, into a loaded feature whose
 * members keep the file's order: `type`, `id`, `properties`, `geometry` where the file had them,
 * foreign members as they were.
 */
export function loadFeature(raw: unknown, index: number, context: FeatureLoadContext): FeatureOutcome {
  const { fileName } = context;
  const verdict = checkFeature(raw, index, fileName, context.mapping.name_zh);
  if (verdict.status !== 'loaded') return verdict;
  const warnings = [...verdict.warnings];
  let geometry: Geometry = verdict.geometry;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const repaired = context.repairArea(geometry as Polygon | MultiPolygon, context.repair);
    geometry = repaired.geometry;
    for (const note of repaired.notes) warnings.push(importMessage('warning', note.code, fileName, note.params, verdict.context));
  }
  const wantedId = (verdict.rawProperties ? idFrom(ownValue(verdict.rawProperties, 'id')) : undefined) ?? verdict.featureId;
  const id = uniqueId(wantedId === undefined ? `${fileStem(fileName)}-${index + 1}` : String(wantedId), context.usedIds);
  if (wantedId !== undefined && id !== String(wantedId)) {
    warnings.push(
      importMessage('warning', 'duplicate-id', fileName, { id, originalId: String(wantedId) }, verdict.context),
    );
  }
  const { properties, originals, unknownKind } = normaliseZoneProperties(verdict.rawProperties, id, fileName, context.mapping);
  if (unknownKind !== null) {
    warnings.push(
      importMessage('warning', 'kind-unknown', fileName, { kind: unknownKind }, verdict.context),
    );
  }
  const source = raw as Record<string, unknown>;
  const members = context.converted ? membersAfterConversion(source, [geometry], context.dropCrs) : source;
  const replacements: Record<string, unknown> = { type: 'Feature', id: verdict.featureId ?? id, properties, geometry };
  const feature: Record<string, unknown> = {};
  for (const key of Object.keys(members)) {
    if (key === ORIGINAL_VALUES_MEMBER) continue;
    defineValue(feature, key, Object.hasOwn(replacements, key) ? replacements[key] : members[key]);
  }
  for (const key of Object.keys(replacements)) if (!Object.hasOwn(feature, key)) defineValue(feature, key, replacements[key]);
  if (originals) defineValue(feature, ORIGINAL_VALUES_MEMBER, originals);
  return { status: 'loaded', feature: feature as unknown as LoadedFeature, warnings };
}

