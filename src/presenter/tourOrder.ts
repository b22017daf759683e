import type { ZoneFeature } from '../domain/zone';

/**
 * The optional zone property an editor sets to move a zone in the guided tour. Documented in
 * `data/README.md`.
 */
export const TOUR_ORDER_PROPERTY = 'tour_order';

/**
 * A zone's `tour_order` as a number, or null when it has none. Numeric text ("3") counts too,
 * because Shapefile and CSV attributes often arrive as text; anything else is ignored.
 */
export function tourOrderOf(zone: ZoneFeature): number | null {
  const value = zone.properties[TOUR_ORDER_PROPERTY];
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/**
 * The zones in tour order: those with a `tour_order` first, ascending (ties keep file order),
 * then the rest in file order. Returns a new array; the input is not reordered.
 */
export function orderZonesForTour(zones: readonly ZoneFeature[]): ZoneFeature[] {
  return zones
    .map((zone, index) => ({ zone, index, order: tourOrderOf(zone) }))
    .sort((a, b) => {
      if (a.order !== null && b.order !== null && a.order !== b.order) return a.order - b.order;
      if (a.order !== null && b.order === null) return -1;
      if (a.order === null && b.order !== null) return 1;
      return a.index - b.index;
    })
    .map(({ zone }) => zone);
}
