import type { Paths64 } from 'clipper2-ts';
import { overlappingBoxGroups } from './boxOverlaps';
import { cascadedUnion, type CascadeItem } from './cascadedUnion';
import { clip, ClipType, clipToRectangle } from './clip';
import { shapesToUnion } from './coveredShapes';
import { pathsAreaSquareMetres } from './measurePaths';
import { doubledPlanarArea, pathsBounds, type Bounds, type PlanarFrame } from './planarFrame';

/** Valid rings (outer counter-clockwise, holes clockwise) to be unioned with others. */
export interface UnionShape {
  paths: Paths64;
  bounds: Bounds;
  vertexCount: number;
  /** The shape's own area in m² when already known; lets a shape that overlaps nothing skip Clipper. */
  areaSquareMetres?: number;
  /** For zones: their fingerprint and rings as drawn, by which copies are set aside (coveredShapes.ts). */
  fingerprint?: string;
  ownPaths?: Paths64;
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
 * Above this many vertices a group of overlapping shapes is cut into cells of about this many
 * vertices, each unioned alone. Clipper's sweep costs roughly vertices × (edges crossing a
 * horizontal line), and its objects per vertex stay alive for the whole call; small cells bound
 * both, at the price of cutting the shapes that straddle cell boundaries. Measured here: one Clipper
 * pass over 1,000 random overlapping zones (100,000 vertices) took 2.1 s against 0.5 s cut up,
 * and over 5,000 zones of 500 vertices had not finished after 7 minutes.
 */
export const CELL_VERTEX_TARGET = 5_000;

/**
 * Cells are this many times taller than wide (frame units): a horizontal line then crosses few
 * edges, as in a narrow strip, while a zone straddles few cells, as in a square grid. On the
 * engine benchmark's 100 MB file, 5,000 vertices in cells 4:1 took 4.6–4.9 s to union against
 * 5.7–7.7 s for full-height strips of 8,000 (the best strips) and 5.0–6.2 s for 8,000 in cells 1:1–4:1
 * (most of the strips' extra time was Clipper's RectClip, run once per strip a zone straddles).
 */
const CELL_ASPECT = 4;

/**
 * Area of the union of valid shapes, in m².
 *
 * 0. Where shapes pile up, those wholly inside the others are set aside (coveredShapes.ts).
 * 1. Shapes are grouped by overlapping bounding boxes; groups cannot overlap each other, so their
 *    areas add, and a shape alone in its group is counted by its known area without clipping.
 * 2. Each group is unioned by Clipper with the non-zero rule (robust integer arithmetic: no
 *    "unable to complete output ring"), shared edges and duplicates merging naturally: in one pass,
 *    or, where shapes pile up, as a cascade of neighbours (cascadedUnion.ts).
 * 3. A large group is cut along meridians into columns and along parallels into rows, cells of
 *    about `CELL_VERTEX_TARGET` vertices, and each cell unioned alone. The cells tile the group,
 *    so their areas add up to the union's: a cut along a meridian is an exact geodesic edge, and
 *    one along a parallel is measured as the parallel (`parallelAreaTerm`); either way the two
 *    sides' terms are opposite and cancel, however each side's union splits the cut.
 * 4. Each result is measured on the ellipsoid at the exact positions of its points.
 *
 * Never throws: if Clipper fails on a group (not seen in testing), the group counts as the sum of
 * its shapes' known areas, an upper bound, and the failure is reported.
 */
export function unionOfShapes(
  shapes: readonly UnionShape[],
  frame: PlanarFrame,
  options: {
    keepPieces?: boolean;
    onVertices?: (vertices: number) => void;
    cellVertexTarget?: number;
    /** true: always as a cascade; false: always one pass; default: by how deep shapes pile. */
    cascade?: boolean;
    /** true: always try to set shapes aside; false: never; default: where their boxes pile up. */
    dropCovered?: boolean;
  } = {},
): UnionOutcome {
  const outcome: UnionOutcome = { areaSquareMetres: 0, pieces: [], failures: [] };
  const cellVertexTarget = options.cellVertexTarget ?? CELL_VERTEX_TARGET;
  const unite = (items: readonly CascadeItem[], extent: Bounds): Paths64 =>
    options.cascade === true || (options.cascade !== false && piledDepth(items, extent) >= CASCADE_DEPTH) ? cascadedUnion(items) : onePass(items);
  // Shapes wholly inside the others first, before grouping: where zones pile up they are most of
  // them, and every pair of overlapping boxes costs the grouping a visit.
  let candidates = shapes;
  if (options.dropCovered === true || (options.dropCovered !== false && boxDepth(shapes) >= SET_ASIDE_BOX_DEPTH)) {
    const kept = shapesToUnion(shapes);
    if (kept.length < shapes.length) {
      const keptSet = new Set(kept);
      let setAsideVertices = 0;
      shapes.forEach((shape, index) => {
        if (!keptSet.has(index)) setAsideVertices += shape.vertexCount;
      });
      options.onVertices?.(setAsideVertices);
      candidates = kept.map((index) => shapes[index]!);
    }
  }
  const groups = overlappingBoxGroups(candidates.map((shape) => shape.bounds));
  for (const group of groups) {
    const members = group.map((index) => candidates[index]!);
    let vertices = 0;
    for (const member of members) vertices += member.vertexCount;
    if (members.length === 1 && members[0]!.areaSquareMetres !== undefined) {
      outcome.areaSquareMetres += members[0]!.areaSquareMetres;
      if (options.keepPieces) outcome.pieces.push(members[0]!);
    } else {
      try {
        if (vertices <= cellVertexTarget) addPiece(unite(members, mergedBounds(members)), frame, outcome, options.keepPieces === true);
        else unionGroupInCells(members, Math.ceil(vertices / cellVertexTarget), frame, outcome, options.keepPieces === true, unite);
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

/**
 * How deep shapes must pile (their planar areas over the area they lie in) for the cascade: below,
 * one Clipper pass is faster, as each vertex then goes through Clipper once rather than once per
 * level. Measured: the engine benchmark's 10 MB file (sum/union 1.6) took 0.9–1.2 s to union in
 * one pass per cell against 1.5–1.6 s as cascades; the 14,000-zone file (13 deep) 8.5 s against 3.7.
 */
const CASCADE_DEPTH = 3;

/**
 * Setting shapes aside (coveredShapes.ts) is tried when their boxes' areas add up to this many times
 * the box around them all: below it few can lie inside the others, and the try costs a pass over
 * every vertex.
 */
const SET_ASIDE_BOX_DEPTH = 4;

function piledDepth(items: readonly CascadeItem[], extent: Bounds): number {
  let doubled = 0;
  for (const item of items) for (const path of item.paths) doubled += doubledPlanarArea(path);
  return doubled / 2 / Math.max(1, (extent.maxX - extent.minX) * (extent.maxY - extent.minY));
}

function boxDepth(shapes: readonly UnionShape[]): number {
  let boxes = 0;
  const extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const { bounds } of shapes) {
    if (!(bounds.minX <= bounds.maxX)) continue;
    boxes += (bounds.maxX - bounds.minX) * (bounds.maxY - bounds.minY);
    extent.minX = Math.min(extent.minX, bounds.minX);
    extent.minY = Math.min(extent.minY, bounds.minY);
    extent.maxX = Math.max(extent.maxX, bounds.maxX);
    extent.maxY = Math.max(extent.maxY, bounds.maxY);
  }
  return boxes / Math.max(1, (extent.maxX - extent.minX) * (extent.maxY - extent.minY));
}

/** One Clipper pass over every shape: where shapes barely pile up, and the reference the tests compare the cascade with. */
function onePass(items: readonly CascadeItem[]): Paths64 {
  const subject: Paths64 = [];
  for (const item of items) for (const path of item.paths) subject.push(path);
  return clip(ClipType.Union, subject, null);
}

function unionGroupInCells(
  members: readonly UnionShape[],
  cellCount: number,
  frame: PlanarFrame,
  outcome: UnionOutcome,
  keepPieces: boolean,
  unite: (items: readonly CascadeItem[], extent: Bounds) => Paths64,
): void {
  const extent = mergedBounds(members);
  const width = extent.maxX - extent.minX + 2;
  const height = extent.maxY - extent.minY + 2;
  const columnCount = Math.max(1, Math.min(cellCount, Math.round(Math.sqrt((cellCount * CELL_ASPECT * width) / height))));
  const rowCount = Math.max(1, Math.round(cellCount / columnCount));
  const columns = boundaries(members, columnCount, 'x', extent);
  const rows = boundaries(members, rowCount, 'y', extent);
  // The outer edges are not cuts: nothing lies beyond them.
  for (const y of rows.slice(1, -1)) frame.addHorizontalCut(y);
  // Each cell lists its members first and is cut out only when its turn comes, so that only one
  // cell's pieces are alive at a time (all of them at once were a second copy of every outline).
  const cellMembers: number[][] = Array.from({ length: (columns.length - 1) * (rows.length - 1) }, () => []);
  members.forEach((member, index) => {
    const firstColumn = lastBoundaryAtOrBelow(columns, member.bounds.minX);
    const firstRow = lastBoundaryAtOrBelow(rows, member.bounds.minY);
    for (let column = firstColumn; column < columns.length - 1 && columns[column]! < member.bounds.maxX; column += 1) {
      for (let row = firstRow; row < rows.length - 1 && rows[row]! < member.bounds.maxY; row += 1) {
        cellMembers[row * (columns.length - 1) + column]!.push(index);
      }
    }
  });
  cellMembers.forEach((indices, cell) => {
    if (indices.length === 0) return;
    const column = cell % (columns.length - 1);
    const row = (cell - column) / (columns.length - 1);
    const rectangle = { minX: columns[column]!, maxX: columns[column + 1]!, minY: rows[row]!, maxY: rows[row + 1]! };
    const items: CascadeItem[] = [];
    for (const index of indices) {
      const member = members[index]!;
      const paths = clipToRectangle(member.paths, member.bounds, rectangle);
      if (paths.length > 0) items.push({ paths, bounds: intersection(member.bounds, rectangle) });
    }
    if (items.length > 0) addPiece(unite(items, rectangle), frame, outcome, keepPieces);
  });
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
 * Strictly increasing integer positions along `axis`, first below and last above every shape,
 * splitting the shapes' vertices (placed at their box centres) into about `count` equal parts.
 * (Moving each boundary to where it cuts the fewest shapes was tried: at the benchmark's density
 * every meridian crosses about 125 zones, and it saved 2 % of the cuts and no time.)
 */
function boundaries(members: readonly UnionShape[], count: number, axis: 'x' | 'y', extent: Bounds): number[] {
  const [low, high] = axis === 'x' ? [extent.minX, extent.maxX] : [extent.minY, extent.maxY];
  const centres = members
    .map((member) => ({
      at: Math.round(axis === 'x' ? (member.bounds.minX + member.bounds.maxX) / 2 : (member.bounds.minY + member.bounds.maxY) / 2),
      weight: member.vertexCount,
    }))
    .sort((a, b) => a.at - b.at);
  const total = centres.reduce((sum, centre) => sum + centre.weight, 0);
  const positions = [low - 1];
  let cumulative = 0;
  let next = 1;
  for (const centre of centres) {
    cumulative += centre.weight;
    if (next < count && cumulative >= (next * total) / count) {
      if (centre.at > positions[positions.length - 1]! && centre.at < high) positions.push(centre.at);
      next += 1;
    }
  }
  positions.push(high + 1);
  return positions;
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

function intersection(a: Bounds, b: Bounds): Bounds {
  return { minX: Math.max(a.minX, b.minX), minY: Math.max(a.minY, b.minY), maxX: Math.min(a.maxX, b.maxX), maxY: Math.min(a.maxY, b.maxY) };
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
