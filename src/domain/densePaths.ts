import type { Path64, Paths64 } from 'clipper2-ts';
import { densifiedPieceCount, densifyGeodesicEdge } from './geodesicDensify';
import { UNITS_PER_DEGREE, type Bounds, type PlanarFrame } from './planarFrame';

/**
 * A valid zone's rings with every edge longer than `MAX_EDGE_DEGREES` split along its geodesic
 * (geodesicDensify.ts), from the exact positions its points stand for. Made only for the zones a
 * union or an overlap clips: where zones pile up, most are set aside whole (coveredShapes.ts), and
 * the points added to long edges (five times a ring's own on buffered or round zones) were most of
 * the engine's time and memory.
 */
export function densifiedPaths(paths: Paths64, frame: PlanarFrame): Paths64 {
  return paths.map((path) => densifiedPath(path, frame));
}

export function densifiedPath(path: Path64, frame: PlanarFrame): Path64 {
  const dense: Path64 = [];
  const push = (longitude: number, latitude: number): void => pushPoint(dense, frame.point(longitude, latitude));
  for (let i = 0; i < path.length; i += 1) {
    const here = path[i]!;
    const next = path[i + 1 === path.length ? 0 : i + 1]!;
    pushPoint(dense, here);
    if (path.length > 1) densifyGeodesicEdge(frame.longitude(here), frame.latitude(here), frame.longitude(next), frame.latitude(next), push);
  }
  while (dense.length > 1 && dense[0]!.x === dense[dense.length - 1]!.x && dense[0]!.y === dense[dense.length - 1]!.y) dense.pop();
  return dense;
}

/**
 * How many points `densifiedPaths` will give, and a box sure to hold them: the rings' own box
 * widened by eight times the most a split edge's geodesic can stray from its chord in the
 * longitude/latitude plane (about s²·tan φ / (8 cos φ) for a span of s degrees at latitude φ: 4e-6°
 * for a 0.05° edge at Tianjin). Costs no geodesy.
 */
export function densifiedSize(paths: Paths64, frame: PlanarFrame): { vertexCount: number; bounds: Bounds } {
  let vertexCount = 0;
  let widening = 0;
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const path of paths) {
    for (let i = 0; i < path.length; i += 1) {
      const here = path[i]!;
      bounds.minX = Math.min(bounds.minX, here.x);
      bounds.minY = Math.min(bounds.minY, here.y);
      bounds.maxX = Math.max(bounds.maxX, here.x);
      bounds.maxY = Math.max(bounds.maxY, here.y);
      const next = path[i + 1 === path.length ? 0 : i + 1]!;
      const [longitude1, latitude1, longitude2, latitude2] = [frame.longitude(here), frame.latitude(here), frame.longitude(next), frame.latitude(next)];
      const pieces = path.length > 1 ? densifiedPieceCount(longitude1, latitude1, longitude2, latitude2) : 1;
      vertexCount += pieces;
      if (pieces > 1) widening = Math.max(widening, strayUnits(longitude1, latitude1, longitude2, latitude2));
    }
  }
  const margin = Math.ceil(widening) + 2;
  return { vertexCount, bounds: { minX: bounds.minX - margin, minY: bounds.minY - margin, maxX: bounds.maxX + margin, maxY: bounds.maxY + margin } };
}

const DEGREE = Math.PI / 180;

/** Eight times the bound above, in frame units; the whole span near the poles, where tan φ runs away. */
function strayUnits(longitude1: number, latitude1: number, longitude2: number, latitude2: number): number {
  const span = Math.max(Math.abs(longitude2 - longitude1), Math.abs(latitude2 - latitude1));
  const latitude = Math.max(Math.abs(latitude1), Math.abs(latitude2));
  if (latitude > 80) return span * UNITS_PER_DEGREE;
  const cosine = Math.cos(latitude * DEGREE);
  return (span * span * DEGREE * (Math.tan(latitude * DEGREE) + 1) * UNITS_PER_DEGREE) / cosine;
}

/** Appends a point unless it repeats the previous one (after rounding to frame units). */
function pushPoint(path: Path64, point: Path64[number]): void {
  const last = path[path.length - 1];
  if (!last || last.x !== point.x || last.y !== point.y) path.push(point);
}
