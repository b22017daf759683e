import type { Path64 } from 'clipper2-ts';
import type { Position } from 'geojson';
import { flatRingsOfPaths, flatRingsOfPositions, type FlatRings } from './flatRings';
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
  return isCertainlyValidFlat(flatRingsOfPaths(polygons));
}

/** The same for a GeoJSON Polygon or MultiPolygon's coordinates, as the importer reads them. */
export function isCertainlyValidCoordinates(parts: readonly (readonly (readonly Position[])[])[]): boolean {
  return isCertainlyValidFlat(flatRingsOfPositions(parts));
}

function isCertainlyValidFlat(rings: FlatRings): boolean {
  const { partStarts, partCount, ringStarts } = rings;
  if (partCount === 0 || partCount > MOST_RINGS_CHECKED || rings.ringCount > MOST_RINGS_CHECKED * MOST_RINGS_CHECKED) return false;
  for (let part = 0; part < partCount; part += 1) {
    const count = partStarts[part + 1]! - partStarts[part]!;
    if (count === 0 || count > MOST_RINGS_CHECKED) return false;
  }
  if (!ringsCertainlySimpleAndApart(rings)) return false;
  for (let part = 0; part < partCount; part += 1) {
    const shell = partStarts[part]!;
    for (let hole = shell + 1; hole < partStarts[part + 1]!; hole += 1) {
      const vertex = ringStarts[hole]!;
      if (!strictlyInside(rings, vertex, shell)) return false;
      for (let other = shell + 1; other < partStarts[part + 1]!; other += 1) {
        if (other !== hole && strictlyInside(rings, vertex, other)) return false;
      }
    }
  }
  for (let part = 0; part < partCount; part += 1) {
    const vertex = ringStarts[partStarts[part]!]!;
    for (let other = 0; other < partCount; other += 1) {
      if (other !== part && strictlyInside(rings, vertex, partStarts[other]!)) return false;
    }
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
 * Whether vertex `vertex` lies inside ring `ring`, for a vertex on none of the ring's edges
 * (crossing number along +x, with exact orientation tests: a point collinear with an edge that
 * spans its height would lie on it).
 */
function strictlyInside({ xs, ys, ringStarts }: FlatRings, vertex: number, ring: number): boolean {
  const x = xs[vertex]!;
  const y = ys[vertex]!;
  const start = ringStarts[ring]!;
  const end = ringStarts[ring + 1]!;
  let inside = false;
  for (let i = start, j = end - 1; i < end; j = i, i += 1) {
    const ay = ys[j]!;
    const by = ys[i]!;
    if (ay > y !== by > y) {
      const turn = orientation(xs[j]!, ay, xs[i]!, by, x, y);
      if (by > ay ? turn > 0 : turn < 0) inside = !inside;
    }
  }
  return inside;
}
