import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Ring clean-up shared by the data scripts: closed, without repeats, oriented as RFC 7946 asks. */

export type Area = Polygon | MultiPolygon;

/** Rounds or otherwise tidies one coordinate value. */
export type Tidy = (value: number) => number;

/** Twice-halved shoelace sum in degrees²: positive for a counter-clockwise ring. */
export function signedRingArea(ring: Position[]): number {
  let sum = 0;
  for (let index = 0; index + 1 < ring.length; index += 1) {
    const [x1, y1] = ring[index]!;
    const [x2, y2] = ring[index + 1]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum / 2;
}

export function polygonsOf(geometry: Area): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Tidies every coordinate, drops consecutive duplicate positions, closes the ring and orients it:
 * counter-clockwise for an outer ring, clockwise for a hole. Returns null for a ring with no area.
 */
export function normaliseRing(ring: Position[], outer: boolean, tidy: Tidy): Position[] | null {
  const cleaned: Position[] = [];
  for (const position of ring) {
    const tidied = [tidy(position[0]!), tidy(position[1]!)];
    const previous = cleaned[cleaned.length - 1];
    if (!previous || previous[0] !== tidied[0] || previous[1] !== tidied[1]) cleaned.push(tidied);
  }
  const first = cleaned[0];
  const last = cleaned[cleaned.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) cleaned.push([...first]);
  if (cleaned.length < 4 || signedRingArea(cleaned) === 0) return null;
  const counterClockwise = signedRingArea(cleaned) > 0;
  return counterClockwise === outer ? cleaned : cleaned.reverse();
}

/** Normalises every ring and drops parts left without area; a single part is written as a Polygon. */
export function normaliseGeometry(geometry: Area, tidy: Tidy): Area {
  const cleaned: Position[][][] = [];
  for (const rings of polygonsOf(geometry)) {
    const outer = rings[0] ? normaliseRing(rings[0], true, tidy) : null;
    if (!outer) continue;
    const holes = rings
      .slice(1)
      .map((ring) => normaliseRing(ring, false, tidy))
      .filter((ring): ring is Position[] => ring !== null);
    cleaned.push([outer, ...holes]);
  }
  if (cleaned.length === 0) throw new Error('geometry has no ring left after cleaning');
  return cleaned.length === 1
    ? { type: 'Polygon', coordinates: cleaned[0]! }
    : { type: 'MultiPolygon', coordinates: cleaned };
}
