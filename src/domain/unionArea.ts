import type { Paths64 } from 'clipper2-ts';
import { overlappingBoxGroups } from './boxOverlaps';
import { clip, ClipType, clipToRectangle } from './clip';
import { pathsAreaSquareMetres } from './measurePaths';
import { pathsBounds, type Bounds, type PlanarFrame } from './planarFrame';

/** Valid rings (outer counter-clockwise, holes clockwise) to be unioned with others. */
export interface UnionShape {
  paths: Paths64;
  bounds: Bounds;
  vertexCount: number;
  /** The shape's own area in m² when already known; lets a shape that overlaps nothing skip Clipper. */
  areaSquareMetres?: number;
}

export interface UnionOutcome {
  /** Area of the union in m². */
  areaSquareMetres: number;
  /** The union as disjoint valid shapes, to union again with more (only when asked for). */
  pieces: UnionShape[];
  /** Anything that went wrong; empty when the area is the union's. */
  failures: string[];
}

/**
 * Above this many vertices a group of overlapping shapes is cut into vertical strips. Clipper's
 * sweep costs roughly vertices × (edges crossing a horizontal line), and its objects per vertex
 * stay alive for the whole call; narrow strips bound both, at the price of cutting the shapes that
 * straddle strip boundaries. Measured here: one Clipper pass over 1,000 random overlapping zones
 * (100,000 vertices) took 2.1 s against 0.5 s in strips, and over 5,000 zones of 500 vertices had
 * not finished after 7 minutes. 8,000 was the fastest of 4,000–16,000 on the benchmark's 50 MB
 * file (scripts/bench/engine.ts).
 */
export const STRIP_VERTEX_TARGET = 8_000;

/**
 * Area of the union of valid shapes, in m².
 *
 * 1. Shapes are grouped by overlapping bounding boxes; groups cannot overlap each other, so their
 *    areas add, and a shape alone in its group is counted by its known area without clipping.
 * 2. Each group is unioned by Clipper with the non-zero rule (robust integer arithmetic: no
 *    "unable to complete output ring"), shared edges and duplicates merging naturally.
 * 3. A large group is cut along meridians into strips of about `STRIP_VERTEX_TARGET` vertices and
 *    each strip unioned alone. Meridians are geodesics, so a strip's cut edges are exact geodesic
 *    edges and cancel between neighbours: the strip areas add up to the union's area.
 * 4. Each result is measured on the ellipsoid at the exact positions of its points.
 *
 * Never throws: if Clipper fails on a group (not seen in testing), the group counts as the sum of
 * its shapes' known areas, an upper bound, and the failure is reported.
 */
export function unionOfShapes(
  shapes: readonly UnionShape[],
  frame: PlanarFrame,
  options: { keepPieces?: boolean; onVertices?: (vertices: number) => void } = {},
): UnionOutcome {
  const outcome: UnionOutcome = { areaSquareMetres: 0, pieces: [], failures: [] };
  const groups = overlappingBoxGroups(shapes.map((shape) => shape.bounds));
  for (const group of groups) {
    const members = group.map((index) => shapes[index]!);
    let vertices = 0;
    for (const member of members) vertices += member.vertexCount;
    if (members.length === 1 && members[0]!.areaSquareMetres !== undefined) {
      outcome.areaSquareMetres += members[0]!.areaSquareMetres;
      if (options.keepPieces) outcome.pieces.push(members[0]!);
    } else {
      try {
        if (vertices <= STRIP_VERTEX_TARGET) unionGroup(members, frame, outcome, options.keepPieces === true);
        else unionGroupInStrips(members, vertices, frame, outcome, options.keepPieces === true);
      } catch (error) {
        const upperBound = members.reduce((sum, member) => sum + (member.areaSquareMetres ?? 0), 0);
        outcome.areaSquareMetres += upperBound;
        if (options.keepPieces) outcome.pieces.push(...members);
        outcome.failures.push(`union of ${members.length} overlapping zones failed (${String(error)}); counted as their sum`);
      }
    }
    options.onVertices?.(vertices);
  }
  return outcome;
}

function unionGroup(members: readonly UnionShape[], frame: PlanarFrame, outcome: UnionOutcome, keepPieces: boolean): void {
  const subject: Paths64 = [];
  for (const member of members) for (const path of member.paths) subject.push(path);
  addPiece(clip(ClipType.Union, subject, null), frame, outcome, keepPieces);
}

function unionGroupInStrips(
  members: readonly UnionShape[],
  vertices: number,
  frame: PlanarFrame,
  outcome: UnionOutcome,
  keepPieces: boolean,
): void {
  const boundaries = stripBoundaries(members, Math.ceil(vertices / STRIP_VERTEX_TARGET));
  const subjects: Paths64[] = boundaries.slice(1).map(() => []);
  const extent = mergedBounds(members);
  for (const member of members) {
    const first = lastBoundaryAtOrBelow(boundaries, member.bounds.minX);
    for (let strip = first; strip < subjects.length && boundaries[strip]! < member.bounds.maxX; strip += 1) {
      const rectangle = { minX: boundaries[strip]!, maxX: boundaries[strip + 1]!, minY: extent.minY - 1, maxY: extent.maxY + 1 };
      for (const path of clipToRectangle(member.paths, member.bounds, rectangle)) subjects[strip]!.push(path);
    }
  }
  for (const subject of subjects) {
    if (subject.length > 0) addPiece(clip(ClipType.Union, subject, null), frame, outcome, keepPieces);
  }
}

function addPiece(paths: Paths64, frame: PlanarFrame, outcome: UnionOutcome, keepPieces: boolean): void {
  const areaSquareMetres = pathsAreaSquareMetres(paths, frame);
  outcome.areaSquareMetres += areaSquareMetres;
  if (keepPieces && paths.length > 0) {
    let vertexCount = 0;
    for (const path of paths) vertexCount += path.length;
    outcome.pieces.push({ paths, bounds: pathsBounds(paths), vertexCount, areaSquareMetres });
  }
}

/**
 * Strictly increasing integer x positions, first below and last above every shape, splitting the
 * shapes' vertices (placed at their box centres) into about `count` equal parts. (Moving each
 * boundary to where it cuts the fewest shapes was tried: at the benchmark's density every
 * meridian crosses about 125 zones, and it saved 2 % of the cuts and no time.)
 */
function stripBoundaries(members: readonly UnionShape[], count: number): number[] {
  const extent = mergedBounds(members);
  const centres = members
    .map((member) => ({ x: Math.round((member.bounds.minX + member.bounds.maxX) / 2), weight: member.vertexCount }))
    .sort((a, b) => a.x - b.x);
  const total = centres.reduce((sum, centre) => sum + centre.weight, 0);
  const boundaries = [extent.minX - 1];
  let cumulative = 0;
  let next = 1;
  for (const centre of centres) {
    cumulative += centre.weight;
    if (next < count && cumulative >= (next * total) / count) {
      if (centre.x > boundaries[boundaries.length - 1]! && centre.x < extent.maxX) boundaries.push(centre.x);
      next += 1;
    }
  }
  boundaries.push(extent.maxX + 1);
  return boundaries;
}

function lastBoundaryAtOrBelow(boundaries: readonly number[], x: number): number {
  let low = 0;
  let high = boundaries.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (boundaries[middle]! <= x) low = middle;
    else high = middle - 1;
  }
  return low;
}

function mergedBounds(members: readonly UnionShape[]): Bounds {
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const member of members) {
    bounds.minX = Math.min(bounds.minX, member.bounds.minX);
    bounds.minY = Math.min(bounds.minY, member.bounds.minY);
    bounds.maxX = Math.max(bounds.maxX, member.bounds.maxX);
    bounds.maxY = Math.max(bounds.maxY, member.bounds.maxY);
  }
  return bounds;
}
