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
 * strip rectangles) only take Clipper's exact BigInt path.
 */
export const UNITS_PER_DEGREE = 1e9;

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export class PlanarFrame {
  readonly originLongitude: number;
  readonly originLatitude: number;
  private lonLat: Float64Array;
  private count = 0;

  /** @param expectedPoints a hint for the table's first allocation */
  constructor(originLongitude: number, originLatitude: number, expectedPoints = 1024) {
    this.originLongitude = originLongitude;
    this.originLatitude = originLatitude;
    this.lonLat = new Float64Array(2 * Math.max(16, expectedPoints));
  }

  /** Records an exact position and returns the integer point that stands for it in Clipper. */
  point(longitude: number, latitude: number): Point64 {
    if (2 * (this.count + 1) > this.lonLat.length) this.grow();
    this.lonLat[2 * this.count] = longitude;
    this.lonLat[2 * this.count + 1] = latitude;
    this.count += 1;
    return {
      x: Math.round((longitude - this.originLongitude) * UNITS_PER_DEGREE),
      y: Math.round((latitude - this.originLatitude) * UNITS_PER_DEGREE),
      z: this.count,
    };
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

  private grow(): void {
    const larger = new Float64Array(this.lonLat.length * 2);
    larger.set(this.lonLat);
    this.lonLat = larger;
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
