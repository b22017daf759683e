import type { Path64, Point64 } from 'clipper2-ts';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { edgeAreaTerm, libraryFlatRingArea, RingTerms } from './geodesicArea';
import type { PlanarFrame } from './planarFrame';

/**
 * A zone's rings as integer paths for the clipper: one entry per polygon part, shell first then
 * holes, each ring open (no repeated closing point), without consecutive duplicate points. Edges
 * longer than `MAX_EDGE_DEGREES` are split along the geodesic later, for the zones that are
 * clipped (densePaths.ts).
 */
export interface ZonePaths {
  polygons: Path64[][];
  vertexCount: number;
  /** Rings whose last position differed from the first (read as closed anyway). */
  unclosedRingCount: number;
  /**
   * The zone's area as drawn, m²: per part |shell| − Σ|holes|, parts summed, measured on the
   * original positions (the same number `geometryAreaSquareMetres` gives), in the same pass.
   */
  literalAreaSquareMetres: number;
}

/** Why a geometry cannot be measured at all. */
export interface UnusableCoordinates {
  problem: 'invalid-coordinates';
  detail: string;
}

export function zonePaths(geometry: Polygon | MultiPolygon, frame: PlanarFrame): ZonePaths | UnusableCoordinates {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const polygons: Path64[][] = [];
  let vertexCount = 0;
  let unclosedRingCount = 0;
  let literalAreaSquareMetres = 0;
  for (let partIndex = 0; partIndex < parts.length; partIndex += 1) {
    const rings: Path64[] = [];
    const part = parts[partIndex]!;
    let partArea = 0;
    for (let ringIndex = 0; ringIndex < part.length; ringIndex += 1) {
      const ring = part[ringIndex]!;
      const problem = coordinateProblem(ring);
      if (problem) {
        return { problem: 'invalid-coordinates', detail: `polygon ${partIndex}, ring ${ringIndex}: ${problem}` };
      }
      if (ring.length > 0 && !samePosition(ring[0]!, ring[ring.length - 1]!)) unclosedRingCount += 1;
      const { path, signedAreaSquareMetres } = ringPath(ring, frame);
      partArea = ringIndex === 0 ? Math.abs(signedAreaSquareMetres) : partArea - Math.abs(signedAreaSquareMetres);
      vertexCount += path.length;
      rings.push(path);
    }
    literalAreaSquareMetres += partArea;
    polygons.push(rings);
  }
  return { polygons, vertexCount, unclosedRingCount, literalAreaSquareMetres };
}

const ringTerms = new RingTerms();

/**
 * One ring as a path, and its signed geodesic area as drawn. Each edge's S12 is solved once: it
 * adds to the ring's area and, where the edge's ends get consecutive ids in the frame (no points
 * added between them), is recorded there for union outlines to reuse.
 */
function ringPath(ring: readonly Position[], frame: PlanarFrame): { path: Path64; signedAreaSquareMetres: number } {
  let count = ring.length;
  if (count > 1 && samePosition(ring[0]!, ring[count - 1]!)) count -= 1;
  const path: Path64 = [];
  ringTerms.reset();
  for (let i = 0; i < count; i += 1) {
    const here = ring[i]!;
    const point = frame.point(here[0]!, here[1]!);
    pushPoint(path, point);
    if (count >= 3) {
      const next = ring[i + 1 === count ? 0 : i + 1]!;
      const term = edgeAreaTerm(here[0]!, here[1]!, next[0]!, next[1]!);
      ringTerms.add(term, here[0]!, next[0]!);
      // The next vertex gets the next id unless the ring closes.
      if (i + 1 < count) frame.setEdgeTerm(point.z!, term);
    }
  }
  while (path.length > 1 && path[0]!.x === path[path.length - 1]!.x && path[0]!.y === path[path.length - 1]!.y) {
    path.pop();
  }
  let signedAreaSquareMetres = count >= 3 ? ringTerms.signedArea() : 0;
  if (Number.isNaN(signedAreaSquareMetres)) signedAreaSquareMetres = libraryRingArea(ring, count);
  return { path, signedAreaSquareMetres };
}

/** `PolygonArea`'s own answer, for rings outside the fast path (see geodesicArea.ts). */
function libraryRingArea(ring: readonly Position[], count: number): number {
  const lonLat = new Float64Array(2 * count);
  for (let i = 0; i < count; i += 1) {
    lonLat[2 * i] = ring[i]![0]!;
    lonLat[2 * i + 1] = ring[i]![1]!;
  }
  return libraryFlatRingArea(lonLat, 0, count);
}

/** Appends a point unless it repeats the previous one (after rounding to frame units). */
function pushPoint(path: Path64, point: Point64): void {
  const last = path[path.length - 1];
  if (!last || last.x !== point.x || last.y !== point.y) path.push(point);
}

/** The first position that is not a finite longitude/latitude pair, described, or null. */
function coordinateProblem(ring: readonly Position[]): string | null {
  for (let i = 0; i < ring.length; i += 1) {
    const position = ring[i];
    if (!Array.isArray(position)) return `position ${i} is not an array`;
    const longitude = position[0];
    const latitude = position[1];
    if (typeof longitude !== 'number' || typeof latitude !== 'number' || !Number.isFinite(longitude) || !Number.isFinite(latitude)) {
      return `position ${i} is not a pair of finite numbers`;
    }
    if (latitude < -90 || latitude > 90 || longitude < -540 || longitude > 540) {
      return `position ${i} (${longitude}, ${latitude}) is not a longitude/latitude in degrees`;
    }
  }
  return null;
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
