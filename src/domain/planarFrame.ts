import type { Path64, Point64 } from 'clipper2-ts';

/**
 * The integer plane the coverage engine clips in, and the way back to exact coordinates.
 *
 * Clipper is robust because it works on integers, so longitude and latitude are scaled to
 * `UNITS_PER_DEGREE` around an origin near the data (1e9 per degree: 0.11 mm of latitude, 0.09 mm
 * of longitude at Tianjin). The scale only decides which points Clipper treats as identical and
 * where it puts the intersection points it creates; it does not limit area accuracy, because every
 * point handed to Clipper carries in `z` the id of its exact longitude/latitude in this frame's
 * table, Clipper passes `z` through to its output, and areas are measured on those exact positions.
 * Points Clipper creates (intersections, cuts) have `z` 0 and are mapped back from their integer
 * position, which is within half a unit of the planar intersection.
 *
 * At 1e9 per degree the coordinate differences along an edge stay below Clipper's fast-path
 * limit (9e7 units, 0.09°) because long edges are densified to 0.001° first; longer spans (the
 * cell rectangles) only take Clipper's exact BigInt path.
 */
export const UNITS_PER_DEGREE = 1e9;

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * A point made by `PlanarFrame.point`: a class of its own rather than a `{ x, y, z }` literal.
 * V8 gives every `{ x, y, z }` literal, Clipper's included, one shared hidden class; once Clipper
 * stores a non-integer or -0 in one of its points, that class's fields turn into boxed numbers and
 * every point made before is migrated the next time it is read (2 allocations each). On the
 * benchmark's 100 MB file that was millions of migrations in the middle of the union.
 */
class FramePoint implements Point64 {
  constructor(
    public x: number,
    public y: number,
    public z: number,
  ) {}
}

export class PlanarFrame {
  readonly originLongitude: number;
  readonly originLatitude: number;
  private lonLat: Float64Array;
  /**
   * `terms[id]`: GeographicLib's S12 for the geodesic from point `id` to point `id + 1`, or NaN
   * when not known. Zones are recorded ring by ring, so consecutive ids are mostly consecutive
   * vertices: their S12, computed once for the zone's own area, is reused when the edge reappears
   * in a union outline (measuring an outline is then mostly table look-ups).
   */
  private terms: Float64Array;
  private count = 0;
  /**
   * y (frame units) of the parallels unions have cut along (unionArea.ts). An edge lying on one is
   * a piece of a cut, measured as a stretch of the parallel (`parallelAreaTerm`), not a geodesic.
   */
  private horizontalCuts = new Set<number>();

  /** @param expectedPoints a hint for the table's first allocation */
  constructor(originLongitude: number, originLatitude: number, expectedPoints = 1024) {
    this.originLongitude = originLongitude;
    this.originLatitude = originLatitude;
    const capacity = Math.max(16, expectedPoints);
    this.lonLat = new Float64Array(2 * capacity);
    this.terms = new Float64Array(capacity).fill(Number.NaN);
  }

  /** Records an exact position and returns the integer point that stands for it in Clipper. */
  point(longitude: number, latitude: number): Point64 {
    if (2 * (this.count + 1) > this.lonLat.length) this.grow();
    this.lonLat[2 * this.count] = longitude;
    this.lonLat[2 * this.count + 1] = latitude;
    this.count += 1;
    // `|| 0` turns -0 (a rounded -0.3) into 0, which V8 stores unboxed like every other small integer.
    return new FramePoint(
      Math.round((longitude - this.originLongitude) * UNITS_PER_DEGREE) || 0,
      Math.round((latitude - this.originLatitude) * UNITS_PER_DEGREE) || 0,
      this.count,
    );
  }

  /** Exact longitude of a point made by `point`, or the unscaled position of one Clipper made. */
  longitude(point: Point64): number {
    const id = point.z ?? 0;
    return id > 0 ? this.lonLat[2 * (id - 1)]! : point.x / UNITS_PER_DEGREE + this.originLongitude;
  }

  latitude(point: Point64): number {
    const id = point.z ?? 0;
    return id > 0 ? this.lonLat[2 * (id - 1) + 1]! : point.y / UNITS_PER_DEGREE + this.originLatitude;
  }

  /** Number of exact positions recorded. */
  get size(): number {
    return this.count;
  }

  /** Records S12 of the geodesic from point `id` to point `id + 1` (ids are points' `z`). */
  setEdgeTerm(id: number, term: number): void {
    this.terms[id - 1] = term;
  }

  /**
   * S12 of the edge from `from` to `to` if recorded (also backwards: the same geodesic walked the
   * other way has the opposite S12), else NaN.
   */
  edgeTerm(from: Point64, to: Point64): number {
    const a = from.z ?? 0;
    const b = to.z ?? 0;
    if (a > 0 && b === a + 1) return this.terms[a - 1]!;
    if (b > 0 && a === b + 1) return -this.terms[b - 1]!;
    return Number.NaN;
  }

  /** Records that a union cut along the parallel at frame `y`. */
  addHorizontalCut(y: number): void {
    this.horizontalCuts.add(y);
  }

  /**
   * The cut `from`→`to` lies on, or null. Clipper truncates the points it makes where an edge
   * crosses a cut, so they may lie one unit (0.1 mm) off the line; both sides of the cut get the
   * same points, so reading them as on it keeps the two sides' terms opposite. A real edge that
   * close to a cut along its whole length is under 111 m long (densified) and at most 0.1 mm from
   * the parallel: either reading moves an area by under 0.02 m².
   */
  horizontalCutOf(from: Point64, to: Point64): number | null {
    if (this.horizontalCuts.size === 0 || Math.abs(from.y - to.y) > 2) return null;
    for (let y = from.y - 1; y <= from.y + 1; y += 1) {
      if (Math.abs(to.y - y) <= 1 && this.horizontalCuts.has(y)) return y;
    }
    return null;
  }

  /** Latitude of the parallel at frame `y`. */
  latitudeOfY(y: number): number {
    return y / UNITS_PER_DEGREE + this.originLatitude;
  }

  private grow(): void {
    const larger = new Float64Array(this.lonLat.length * 2);
    larger.set(this.lonLat);
    this.lonLat = larger;
    const terms = new Float64Array(this.terms.length * 2).fill(Number.NaN);
    terms.set(this.terms);
    this.terms = terms;
  }
}

/** Bounds of some paths in frame units; `minX` is +Infinity when there are no points. */
export function pathsBounds(paths: readonly Path64[]): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const path of paths) {
    for (const point of path) {
      if (point.x < minX) minX = point.x;
      if (point.x > maxX) maxX = point.x;
      if (point.y < minY) minY = point.y;
      if (point.y > maxY) maxY = point.y;
    }
  }
  return { minX, minY, maxX, maxY };
}

/**
 * Twice the signed planar area of a path in frame units² (counter-clockwise positive), summed
 * relative to the first point so that the products stay as small as the polygon, not the frame.
 */
export function doubledPlanarArea(path: Path64): number {
  const count = path.length;
  if (count < 3) return 0;
  const x0 = path[0]!.x;
  const y0 = path[0]!.y;
  let doubled = 0;
  for (let i = 1; i + 1 < count; i += 1) {
    const a = path[i]!;
    const b = path[i + 1]!;
    doubled += (a.x - x0) * (b.y - y0) - (b.x - x0) * (a.y - y0);
  }
  return doubled;
}
