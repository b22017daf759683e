import type { Geometry } from 'geojson';

/**
 * Geometries the importer has found certainly valid as drawn (areaValidity.ts), remembered by
 * object so that the coverage engine, given the same objects (the `zones` command, the zone
 * worker's store), does not run the same check again: on a 100 MB file it was a second full
 * pass over 3.8 million vertices, about a second. Imported geometries are not changed afterwards
 * (a datum shift or a repair makes new objects, which carry no mark). The two checks round to the
 * integer plane around different origins, so they can disagree only about rings that come within
 * 0.1 mm of themselves; whichever is trusted, the areas do not move measurably.
 */
const certified = new WeakSet<Geometry>();

export function certifyValidAsDrawn(geometry: Geometry): void {
  certified.add(geometry);
}

export function isCertifiedValidAsDrawn(geometry: Geometry): boolean {
  return certified.has(geometry);
}
