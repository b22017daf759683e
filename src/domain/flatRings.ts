import type { Path64 } from 'clipper2-ts';
import type { Position } from 'geojson';
import { UNITS_PER_DEGREE } from './planarFrame';

/**
 * A zone's rings as integer coordinates in flat arrays, for the validity checks
 * (ringSimplicity.ts, areaValidity.ts) that test every edge against its neighbours: they read
 * numbers, and building a `{ x, y }` object per vertex only to copy it out again was a third of
 * their cost on big files. Each ring is open (no closing repeat) and has no repeated neighbours.
 *
 * The arrays are scratch space shared by every call: a `FlatRings` is valid until the next one is
 * made.
 */
export interface FlatRings {
  xs: Float64Array;
  ys: Float64Array;
  vertexCount: number;
  /** Ring r holds the vertices `ringStarts[r]` ≤ i < `ringStarts[r + 1]`. */
  ringStarts: Int32Array;
  ringCount: number;
  /** Part p holds the rings `partStarts[p]` ≤ r < `partStarts[p + 1]`, its shell first. */
  partStarts: Int32Array;
  partCount: number;
}

const scratch: FlatRings = {
  xs: new Float64Array(4096),
  ys: new Float64Array(4096),
  vertexCount: 0,
  ringStarts: new Int32Array(64),
  ringCount: 0,
  partStarts: new Int32Array(64),
  partCount: 0,
};

/** Makes room for rings given as nested arrays (parts of rings of vertices), and empties. */
function reserveFor(parts: readonly (readonly { length: number }[])[]): void {
  let vertices = 0;
  let rings = 0;
  for (const part of parts) {
    rings += part.length;
    for (const ring of part) vertices += ring.length;
  }
  if (scratch.xs.length < vertices) {
    const length = Math.max(vertices, 2 * scratch.xs.length);
    scratch.xs = new Float64Array(length);
    scratch.ys = new Float64Array(length);
  }
  if (scratch.ringStarts.length < rings + 1) scratch.ringStarts = new Int32Array(Math.max(rings + 1, 2 * scratch.ringStarts.length));
  if (scratch.partStarts.length < parts.length + 1) scratch.partStarts = new Int32Array(Math.max(parts.length + 1, 2 * scratch.partStarts.length));
  scratch.vertexCount = 0;
  scratch.ringCount = 0;
  scratch.partCount = 0;
  scratch.ringStarts[0] = 0;
  scratch.partStarts[0] = 0;
}

/** Appends a vertex unless it repeats the ring's last one. */
function push(x: number, y: number, ringStart: number): void {
  const count = scratch.vertexCount;
  if (count > ringStart && scratch.xs[count - 1] === x && scratch.ys[count - 1] === y) return;
  scratch.xs[count] = x;
  scratch.ys[count] = y;
  scratch.vertexCount = count + 1;
}

function endRing(ringStart: number): void {
  // A ring that comes back to its first vertex (written closed) ends before the repeat.
  while (scratch.vertexCount - ringStart > 1 && scratch.xs[scratch.vertexCount - 1] === scratch.xs[ringStart] && scratch.ys[scratch.vertexCount - 1] === scratch.ys[ringStart]) {
    scratch.vertexCount -= 1;
  }
  scratch.ringCount += 1;
  scratch.ringStarts[scratch.ringCount] = scratch.vertexCount;
}

function endPart(): void {
  scratch.partCount += 1;
  scratch.partStarts[scratch.partCount] = scratch.ringCount;
}

/** The engine's integer paths (one entry per part, shell first). */
export function flatRingsOfPaths(polygons: readonly Path64[][]): FlatRings {
  reserveFor(polygons);
  for (const part of polygons) {
    for (const ring of part) {
      const start = scratch.vertexCount;
      for (const point of ring) push(point.x, point.y, start);
      endRing(start);
    }
    endPart();
  }
  return scratch;
}

/**
 * A Polygon's or MultiPolygon's coordinates (finite longitude/latitude pairs), scaled to the
 * engine's integer plane around the first position, as the importer's repair functions read them
 * (`polygonPaths` in src/import/repair/polygonPaths.ts: the same rounding, the same repeats dropped).
 */
export function flatRingsOfPositions(parts: readonly (readonly (readonly Position[])[])[]): FlatRings {
  reserveFor(parts);
  const first = parts[0]?.[0]?.[0] ?? [0, 0];
  const originLongitude = first[0]!;
  const originLatitude = first[1]!;
  for (const part of parts) {
    for (const ring of part) {
      const start = scratch.vertexCount;
      for (const position of ring) {
        push(Math.round((position[0]! - originLongitude) * UNITS_PER_DEGREE), Math.round((position[1]! - originLatitude) * UNITS_PER_DEGREE), start);
      }
      endRing(start);
    }
    endPart();
  }
  return scratch;
}
