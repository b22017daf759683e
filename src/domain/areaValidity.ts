import type { Path64 } from 'clipper2-ts';
import { doubledPlanarArea } from './planarFrame';
import { orientation, ringsCertainlySimpleAndApart } from './ringSimplicity';

/** More parts or holes than this are left to Clipper (nesting tests grow with their square). */
const MOST_RINGS_CHECKED = 32;

/**
 * Whether a zone's outline is certainly valid as drawn (OGC simple features): every ring simple,
 * no two rings crossing or touching, every hole inside its own shell and outside its other holes,
 * no part inside another part's shell. Such a zone keeps its rings and its area as drawn, and skips
 * the Clipper passes that would only confirm it (for a shell with a hole they cost about as much
 * as the rest of its preparation together).
 *
 * One-sided, like `isCertainlySimpleRing`: `false` means "not shown valid", and the caller asks
 * Clipper. Once no rings meet, each ring lies wholly inside or outside each other one, so one
 * vertex, tested exactly on the integer plane, tells which.
 */
export function isCertainlyValidArea(polygons: readonly Path64[][]): boolean {
  if (polygons.length === 0 || polygons.length > MOST_RINGS_CHECKED) return false;
  const rings: Path64[] = [];
  for (const part of polygons) {
    if (part.length === 0 || part.length > MOST_RINGS_CHECKED) return false;
    for (const ring of part) rings.push(ring);
  }
  if (!ringsCertainlySimpleAndApart(rings)) return false;
  for (const [shell, ...holes] of polygons) {
    for (const hole of holes) {
      if (!strictlyInside(hole[0]!, shell!)) return false;
      for (const other of holes) if (other !== hole && strictlyInside(hole[0]!, other)) return false;
    }
  }
  for (const part of polygons) {
    for (const other of polygons) if (other !== part && strictlyInside(part[0]![0]!, other[0]!)) return false;
  }
  return true;
}

/**
 * The rings of a valid zone as the union expects them: shells counter-clockwise, holes clockwise
 * (reversed copies where the file wound them the other way).
 */
export function orientedRings(polygons: readonly Path64[][]): Path64[] {
  const paths: Path64[] = [];
  for (const [shell, ...holes] of polygons) {
    paths.push(doubledPlanarArea(shell!) < 0 ? shell!.slice().reverse() : shell!);
    for (const hole of holes) paths.push(doubledPlanarArea(hole) > 0 ? hole.slice().reverse() : hole);
  }
  return paths;
}

/**
 * Whether a point lies inside a ring, for a point on none of its edges (crossing number along +x,
 * with exact orientation tests: a point collinear with an edge that spans its height would lie on it).
 */
function strictlyInside(point: { x: number; y: number }, ring: Path64): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[j]!;
    const b = ring[i]!;
    if (a.y > point.y !== b.y > point.y) {
      const turn = orientation(a.x, a.y, b.x, b.y, point.x, point.y);
      if (b.y > a.y ? turn > 0 : turn < 0) inside = !inside;
    }
  }
  return inside;
}
