/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

/**
 * The bounds grown by `fraction` of their width and height on every side: the region whose zones
 * are drawn at the close levels, so a pan of up to that much shows no gap before the map catches up
 * on `moveend`.
 */
export function expandBounds([west, south, east, north]: Bounds, fraction: number): Bounds {
  const width = east - west;
  const height = north - south;
  return [west - width * fraction, Math.max(-90, south - height * fraction), east + width * fraction, Math.min(90, north + height * fraction)];
}

export function containsBounds(outer: Bounds, inner: Bounds): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/** Whether two boxes share any point (touching counts). */
export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Box i of a flat array of boxes (four numbers each). */
export function boundsAt(boxes: Float64Array, index: number): Bounds {
  return [boxes[index * 4]!, boxes[index * 4 + 1]!, boxes[index * 4 + 2]!, boxes[index * 4 + 3]!];
}
