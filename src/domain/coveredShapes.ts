import type { Paths64 } from 'clipper2-ts';
import { pathsBounds, type Bounds } from './planarFrame';

/** What `shapesToUnion` needs of a shape: its valid rings, their box, and its area for the order. */
export interface CoverCandidate {
  paths: Paths64;
  bounds: Bounds;
  areaSquareMetres?: number;
  /** `zoneFingerprint` of the paths, when known: the same outline as a shape kept is set aside. */
  fingerprint?: string;
  /** The rings as drawn, before long edges are split (`paths` splits them when first read). */
  ownPaths?: Paths64;
}

/**
 * Grid cells across a typical shape (the median of the boxes' longer sides). Finer finds more
 * shapes covered near the edges of the others; coarser costs less per shape. Measured on the
 * deep-overlap files (see the README's decisions).
 */
const CELLS_PER_SHAPE = 16;

/** The grid never has more cells than this (one byte each). */
const MAX_GRID_CELLS = 4_000_000;

/**
 * How far, in frame units (1e-9°), a geodesic edge between two of a shape's points may stray from
 * the straight chord the grid is drawn with: at most 0.2 mm (about 2 units) for the 0.001° edges
 * densification leaves (geodesicDensify.ts); 1,000 units (0.1 mm… 0.1 m) leave room for anything
 * rounding adds.
 */
const EDGE_MARGIN_UNITS = 1_000;

/**
 * Which shapes the union needs: those not wholly inside the others kept. Where zones pile up (RSU
 * ranges, buffered corridors, versions of one plan) most of them lie wholly inside bigger ones
 * together, and they cost the union their every vertex for nothing.
 *
 * The shapes are taken largest first. Each is dropped when every grid cell it reaches (its box
 * first, a quick test; then the cells near its rings as drawn or inside them) lies entirely inside
 * a shape already kept, and otherwise kept and its own wholly-inside cells marked.
 * A shape with the same rings as one kept (a copy: fingerprint, then every point compared) is
 * dropped too. A cell counts as inside a shape only when no edge of the shape (widened by `EDGE_MARGIN_UNITS`,
 * so that the geodesic edges between the points are inside the widening too) comes near it and its
 * centre is inside; so a dropped shape is certainly within the union of the kept ones, and leaving
 * it out changes nothing in the union, to the last digit of its outline. Returns the kept indices,
 * in their original order.
 */
export function shapesToUnion(shapes: readonly CoverCandidate[]): number[] {
  const all = shapes.map((_, index) => index);
  if (shapes.length < 3) return all;
  const grid = gridFor(shapes);
  if (!grid) return all;
  const order = [...all].sort((a, b) => (shapes[b]!.areaSquareMetres ?? 0) - (shapes[a]!.areaSquareMetres ?? 0) || a - b);
  const kept: number[] = [];
  const keptByFingerprint = new Map<string, CoverCandidate>();
  for (const index of order) {
    const shape = shapes[index]!;
    if (boxCovered(grid, shape.bounds)) continue;
    // The rings as drawn, with a margin for what splitting their long edges adds (their box is
    // widened for that already: its widening is the margin).
    const own = shape.ownPaths ?? shape.paths;
    const drawn = pathsBounds(own);
    const stray = Math.max(drawn.minX - shape.bounds.minX, drawn.minY - shape.bounds.minY, shape.bounds.maxX - drawn.maxX, shape.bounds.maxY - drawn.maxY, 0);
    if (reachedCellsCovered(grid, own, shape.bounds, EDGE_MARGIN_UNITS + stray)) continue;
    if (shape.fingerprint !== undefined) {
      const same = keptByFingerprint.get(shape.fingerprint);
      if (same && samePaths(same.ownPaths ?? same.paths, shape.ownPaths ?? shape.paths)) continue;
      if (!same) keptByFingerprint.set(shape.fingerprint, shape);
    }
    kept.push(index);
    markInside(grid, shape.paths, shape.bounds);
  }
  return kept.sort((a, b) => a - b);
}

interface Grid {
  minX: number;
  minY: number;
  cellSize: number;
  columns: number;
  rows: number;
  /** 1 where the cell lies wholly inside a kept shape. */
  covered: Uint8Array;
}

function gridFor(shapes: readonly CoverCandidate[]): Grid | null {
  const sides: number[] = [];
  const extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const { bounds } of shapes) {
    if (!(bounds.minX <= bounds.maxX)) continue;
    sides.push(Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY));
    extent.minX = Math.min(extent.minX, bounds.minX);
    extent.minY = Math.min(extent.minY, bounds.minY);
    extent.maxX = Math.max(extent.maxX, bounds.maxX);
    extent.maxY = Math.max(extent.maxY, bounds.maxY);
  }
  if (sides.length < 3) return null;
  sides.sort((a, b) => a - b);
  const width = extent.maxX - extent.minX + 1;
  const height = extent.maxY - extent.minY + 1;
  let cellSize = Math.max(1, Math.ceil(sides[sides.length >> 1]! / CELLS_PER_SHAPE));
  cellSize = Math.max(cellSize, Math.ceil(Math.sqrt((width * height) / MAX_GRID_CELLS)));
  // A cell must be well wider than the margin, or no cell is ever clear of an edge.
  if (cellSize < 8 * EDGE_MARGIN_UNITS) return null;
  const columns = Math.ceil(width / cellSize);
  const rows = Math.ceil(height / cellSize);
  return { minX: extent.minX, minY: extent.minY, cellSize, columns, rows, covered: new Uint8Array(columns * rows) };
}

function column(grid: Grid, x: number): number {
  return Math.min(grid.columns - 1, Math.max(0, Math.floor((x - grid.minX) / grid.cellSize)));
}

function row(grid: Grid, y: number): number {
  return Math.min(grid.rows - 1, Math.max(0, Math.floor((y - grid.minY) / grid.cellSize)));
}

function boxCovered(grid: Grid, bounds: Bounds): boolean {
  if (!(bounds.minX <= bounds.maxX)) return false;
  const lastColumn = column(grid, bounds.maxX);
  const lastRow = row(grid, bounds.maxY);
  for (let r = row(grid, bounds.minY); r <= lastRow; r += 1) {
    for (let c = column(grid, bounds.minX); c <= lastColumn; c += 1) if (grid.covered[r * grid.columns + c] === 0) return false;
  }
  return true;
}

// Scratch, reused from shape to shape: cells near an edge, cells whose centre is inside.
let nearEdge = new Uint8Array(1024);
let insideCentre = new Uint8Array(1024);

/** The cells around one shape: `firstColumn + c`, `firstRow + r` for c < columns, r < rows. */
interface Window {
  firstColumn: number;
  firstRow: number;
  columns: number;
  rows: number;
}

/**
 * Marks the cells that lie wholly inside the shape (rings read even-odd, which for valid rings is
 * the shape): cells clear of every widened edge whose centre is inside.
 */
function markInside(grid: Grid, paths: Paths64, bounds: Bounds): void {
  const window = rasterize(grid, paths, bounds, EDGE_MARGIN_UNITS);
  for (let r = 0; r < window.rows; r += 1) {
    for (let c = 0; c < window.columns; c += 1) {
      const local = r * window.columns + c;
      if (insideCentre[local] === 1 && nearEdge[local] === 0) grid.covered[(window.firstRow + r) * grid.columns + window.firstColumn + c] = 1;
    }
  }
}

/**
 * Whether every cell the shape reaches is covered: those near its edges, widened by `margin`, and
 * those whose centre is inside it. Finer than the box, whose corners a round zone never reaches.
 */
function reachedCellsCovered(grid: Grid, paths: Paths64, bounds: Bounds, margin: number): boolean {
  const window = rasterize(grid, paths, bounds, margin);
  for (let r = 0; r < window.rows; r += 1) {
    for (let c = 0; c < window.columns; c += 1) {
      const local = r * window.columns + c;
      const reached = insideCentre[local] === 1 || nearEdge[local] === 1;
      if (reached && grid.covered[(window.firstRow + r) * grid.columns + window.firstColumn + c] === 0) return false;
    }
  }
  return true;
}

/** Fills `nearEdge` and `insideCentre` for the cells of the shape's box. */
function rasterize(grid: Grid, paths: Paths64, bounds: Bounds, margin: number): Window {
  const firstColumn = column(grid, bounds.minX);
  const firstRow = row(grid, bounds.minY);
  const columns = column(grid, bounds.maxX) - firstColumn + 1;
  const rows = row(grid, bounds.maxY) - firstRow + 1;
  if (nearEdge.length < columns * rows) {
    nearEdge = new Uint8Array(2 * columns * rows);
    insideCentre = new Uint8Array(2 * columns * rows);
  }
  nearEdge.fill(0, 0, columns * rows);
  insideCentre.fill(0, 0, columns * rows);
  const crossings: number[][] = Array.from({ length: rows }, () => []);
  for (const path of paths) {
    for (let i = 0; i < path.length; i += 1) {
      const a = path[i]!;
      const b = path[i + 1 === path.length ? 0 : i + 1]!;
      // Cells near the edge: those its widened box touches.
      const c0 = Math.max(0, column(grid, Math.min(a.x, b.x) - margin) - firstColumn);
      const c1 = Math.min(columns - 1, column(grid, Math.max(a.x, b.x) + margin) - firstColumn);
      const r0 = Math.max(0, row(grid, Math.min(a.y, b.y) - margin) - firstRow);
      const r1 = Math.min(rows - 1, row(grid, Math.max(a.y, b.y) + margin) - firstRow);
      for (let r = r0; r <= r1; r += 1) for (let c = c0; c <= c1; c += 1) nearEdge[r * columns + c] = 1;
      // Where the edge crosses the rows' centre lines (half-open in y, so a vertex counts once).
      const [low, high] = a.y <= b.y ? [a, b] : [b, a];
      for (let r = r0; r <= r1; r += 1) {
        const y = grid.minY + (firstRow + r + 0.5) * grid.cellSize;
        if (low.y <= y && y < high.y) crossings[r]!.push(low.x + ((y - low.y) * (high.x - low.x)) / (high.y - low.y));
      }
    }
  }
  for (let r = 0; r < rows; r += 1) {
    const xs = crossings[r]!.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      // Cells whose centre lies between an entering and a leaving crossing.
      const from = Math.max(firstColumn, Math.ceil((xs[k]! - grid.minX) / grid.cellSize - 0.5));
      const to = Math.min(firstColumn + columns - 1, Math.floor((xs[k + 1]! - grid.minX) / grid.cellSize - 0.5));
      for (let c = from; c <= to; c += 1) insideCentre[r * columns + (c - firstColumn)] = 1;
    }
  }
  return { firstColumn, firstRow, columns, rows };
}

/** Whether two shapes have the same rings of the same points, each ring from any starting point. */
function samePaths(a: Paths64, b: Paths64): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r += 1) {
    const ringA = a[r]!;
    const ringB = b[r]!;
    if (ringA.length !== ringB.length || ringA.length === 0) return false;
    const first = ringA[0]!;
    const offset = ringB.findIndex((point) => point.x === first.x && point.y === first.y);
    if (offset < 0) return false;
    for (let k = 0; k < ringA.length; k += 1) {
      const p = ringA[k]!;
      const q = ringB[(offset + k) % ringB.length]!;
      if (p.x !== q.x || p.y !== q.y) return false;
    }
  }
  return true;
}
