import type { Feature, Geometry } from 'geojson';
import { ORIGINAL_VALUES_MEMBER, sameJsonValue, type OriginalValues } from '../import/properties/originalValues';
import { defineValue, isPlainObject } from '../import/safeRecord';

export interface GeoJsonExportOptions {
  /** Top-level members to write before `features` (`ImportResult.collectionMembers`), in order. */
  collectionMembers?: Readonly<Record<string, unknown>>;
}

/**
 * Zones (or any loaded features) as GeoJSON text that gives back what was imported: every
 * feature member and property in its order, nested values, nulls and Chinese text as they were,
 * ids, foreign members, and numbers at full precision (JavaScript writes the shortest text that
 * reads back to the same double). Values the importer converted for the schema are written as
 * the file had them unless an edit changed them since (see `ORIGINAL_VALUES_MEMBER`).
 *
 * Canonical layout: one feature per line, so a file exported once and imported again exports to
 * the same bytes, and diffs of zone files show one line per changed zone.
 */
export function exportGeoJson(features: readonly Feature<Geometry | null>[], options: GeoJsonExportOptions = {}): string {
  const head: Record<string, unknown> = { type: 'FeatureCollection' };
  for (const [key, value] of Object.entries(options.collectionMembers ?? {})) {
    if (key !== 'type' && key !== 'features') defineValue(head, key, value);
  }
  const opening = JSON.stringify(head).slice(0, -1);
  if (features.length === 0) return `${opening},"features":[]}\n`;
  return `${opening},"features":[\n${features.map((feature) => JSON.stringify(exportedFeature(feature))).join(',\n')}\n]}\n`;
}

/** A feature as written: without the importer's record of original values, with those values restored. */
export function exportedFeature(feature: Feature<Geometry | null>): Record<string, unknown> {
  const source = feature as unknown as Record<string, unknown>;
  const originals = source[ORIGINAL_VALUES_MEMBER];
  const written: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    if (key === ORIGINAL_VALUES_MEMBER) continue;
    const value = source[key];
    defineValue(written, key, key === 'properties' && isPlainObject(value) && isPlainObject(originals) ? restoredProperties(value, originals as OriginalValues) : value);
  }
  return written;
}

function restoredProperties(properties: Record<string, unknown>, originals: OriginalValues): Record<string, unknown> {
  const restored: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) {
    const original = Object.hasOwn(originals, key) ? originals[key] : undefined;
    const unchangedSinceImport = original !== undefined && sameJsonValue(properties[key], original.imported);
    defineValue(restored, key, unchangedSinceImport ? original.value : properties[key]);
  }
  return restored;
}
