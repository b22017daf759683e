import type { ZoneFeature } from './zone';

export type MergeMode = 'merge' | 'replace';

export interface MergeOutcome {
  zones: ZoneFeature[];
  /** Ids of zones the incoming file replaced, in order. */
  replacedIds: string[];
  /** Ids of zones the incoming file added. */
  addedIds: string[];
}

/**
 * Brings a file's zones into the collection. `merge`: a zone whose id already exists replaces
 * that zone where it stands (so an authoritative outline takes the illustrative one's place in
 * the tour), new ids are appended in file order. `replace`: the file's zones are the collection.
 */
export function mergeZones(existing: readonly ZoneFeature[], incoming: readonly ZoneFeature[], mode: MergeMode): MergeOutcome {
  if (mode === 'replace') {
    return { zones: [...incoming], replacedIds: [], addedIds: incoming.map((zone) => zone.properties.id) };
  }
  const incomingById = new Map(incoming.map((zone) => [zone.properties.id, zone]));
  const replacedIds: string[] = [];
  const zones = existing.map((zone) => {
    const replacement = incomingById.get(zone.properties.id);
    if (!replacement) return zone;
    replacedIds.push(zone.properties.id);
    incomingById.delete(zone.properties.id);
    return replacement;
  });
  const added = incoming.filter((zone) => incomingById.get(zone.properties.id) === zone);
  return { zones: [...zones, ...added], replacedIds, addedIds: added.map((zone) => zone.properties.id) };
}
