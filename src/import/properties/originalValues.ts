/**
 * The file's own values of schema keys the importer had to convert (`"phase": "2021"` read as
 * 2021, `"kind": "公交"` shown as scenario-area, a duplicate `"id"` renamed), kept on the feature
 * so that export writes them back unchanged: the round-trip rule (whatever came in goes out) holds
 * while the app works on typed values.
 *
 * Stored as a member of the Feature, so it survives the worker boundary, IndexedDB and undo
 * snapshots with the feature itself; `exportGeoJson` removes it. The UI lists `properties`, not
 * feature members, so it never shows.
 */
export const ORIGINAL_VALUES_MEMBER = 'zones:originalValues';

/** Per key: the file's value, and the value the importer gave the schema field. */
export type OriginalValues = Record<string, { value: unknown; imported: unknown }>;

/** Whether two JSON values are the same (arrays and objects compared by content, key order included). */
export function sameJsonValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
