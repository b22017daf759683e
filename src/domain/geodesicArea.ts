import type { Geometry, Position } from 'geojson';
import geodesic from 'geographiclib-geodesic';
import { isShortEdge, shortEdgeAreaTerm } from './authalicAreaTerms';

/**
 * Areas on the WGS-84 ellipsoid with geodesic edges, the convention of GeographicLib, PostGIS
 * `geography` and QGIS. All functions return square metres.
 *
 * GeographicLib does the geodesy of long edges and of every ring outside the plain case below;
 * short edges take the equivalent authalic-sphere form (authalicAreaTerms.ts). Winding order in
 * the input is ignored: each ring counts by its absolute area, a polygon is its shell minus its
 * holes, a MultiPolygon the sum of its parts.
 *
 * How a ring is measured: GeographicLib's `PolygonArea` adds up, edge by edge, the area S12
 * between the geodesic edge and the equator (`Geodesic.Inverse` with the AREA mask), counts the
 * edges that cross the meridians 0° and 180°, and reduces the sum modulo the ellipsoid's area.
 * Here each edge's S12 comes from the same public `Geodesic.Inverse` call, asking only for the
 * area (PolygonArea also asks for the distance, which costs about a tenth more), or for an edge
 * under about 111 m from `shortEdgeAreaTerm`, and the terms are
 * summed with compensation. For a ring whose edges cross neither meridian and whose sum is far
 * below half the ellipsoid (every zone anywhere near Tianjin) the reduction is the identity and
 * the area is minus the sum; any other ring goes through `PolygonArea` itself. Keeping the terms
 * separate lets the coverage engine reuse an edge's S12 when the same edge reappears in a union
 * outline (see `PlanarFrame.edgeTerm`) instead of solving the same geodesic twice.
 */

/** Shown next to every total, so a reader knows what the number means. */
export const AREA_METHOD = 'WGS-84 ellipsoid, geodesic edges (GeographicLib)';

const { Geodesic } = geodesic;
const WGS84 = Geodesic.WGS84;
const AREA_ONLY = Geodesic.AREA;

// For rings outside the fast path's conditions: the library's own polygon, reused (`Clear()`).
const libraryPolygon = WGS84.Polygon(false);

/** Well below half the ellipsoid's 5.1e14 m²: below it the modular reduction changes nothing. */
const PLAIN_SUM_LIMIT = 1e14;

/**
 * S12 of the geodesic from (lon1, lat1) to (lon2, lat2): the area between it and the equator, in
 * m². Edges shorter than about 111 m take the authalic-sphere form (authalicAreaTerms.ts: the
 * same quantity, exact to below GeographicLib's own rounding there, 15–20 times cheaper); longer
 * ones GeographicLib's `Geodesic.Inverse` with only the area requested.
 */
export function edgeAreaTerm(longitude1: number, latitude1: number, longitude2: number, latitude2: number): number {
  if (isShortEdge(longitude1, latitude1, longitude2, latitude2)) return shortEdgeAreaTerm(longitude1, latitude1, longitude2, latitude2);
  return WGS84.Inverse(latitude1, longitude1, latitude2, longitude2, AREA_ONLY).S12!;
}

/**
 * The running sum of one ring's edge terms. `add` each edge (its S12 and both longitudes), then
 * `signedArea()` gives the ring's area, counter-clockwise positive, or NaN when the ring is not one
 * the fast path may answer (the caller then asks `PolygonArea`).
 */
export class RingTerms {
  private sum = 0;
  private compensation = 0;
  private plain = true;
  private edges = 0;

  reset(): void {
    this.sum = 0;
    this.compensation = 0;
    this.plain = true;
    this.edges = 0;
  }

  add(term: number, longitude1: number, longitude2: number): void {
    // PolygonArea counts an edge as crossing when it passes longitude 0 or ±180 (its `transit`);
    // an edge with both ends strictly inside (0, 180) or strictly inside (-180, 0) never does.
    if (!((longitude1 > 0 && longitude1 < 180 && longitude2 > 0 && longitude2 < 180) || (longitude1 < 0 && longitude1 > -180 && longitude2 < 0 && longitude2 > -180))) {
      this.plain = false;
    }
    // Neumaier's compensated sum: the terms are ~1e8 m² each for a ring of ~1e6 m².
    const total = this.sum + term;
    this.compensation += Math.abs(this.sum) >= Math.abs(term) ? this.sum - total + term : term - total + this.sum;
    this.sum = total;
    this.edges += 1;
  }

  signedArea(): number {
    if (this.edges < 3) return 0;
    const total = this.sum + this.compensation;
    if (!this.plain || !(Math.abs(total) < PLAIN_SUM_LIMIT)) return Number.NaN;
    // PolygonArea sums in the clockwise sense and negates for its counter-clockwise convention.
    return 0 - total;
  }
}

const ringTerms = new RingTerms();

/**
 * Signed area of one ring given as GeoJSON positions ([lon, lat, …]); counter-clockwise positive.
 * A closing position equal to the first is skipped (the ring is closed implicitly).
 * @returns area in m², negative for a clockwise ring
 */
export function signedRingAreaSquareMetres(ring: readonly Position[]): number {
  let count = ring.length;
  if (count > 1 && samePosition(ring[0]!, ring[count - 1]!)) count -= 1;
  if (count < 3) return 0;
  ringTerms.reset();
  for (let i = 0; i < count; i += 1) {
    const here = ring[i]!;
    const next = ring[i + 1 === count ? 0 : i + 1]!;
    ringTerms.add(edgeAreaTerm(here[0]!, here[1]!, next[0]!, next[1]!), here[0]!, next[0]!);
  }
  const area = ringTerms.signedArea();
  if (!Number.isNaN(area)) return area;
  libraryPolygon.Clear();
  for (let i = 0; i < count; i += 1) libraryPolygon.AddPoint(ring[i]![1]!, ring[i]![0]!);
  return libraryPolygon.Compute(false, true).area ?? 0;
}

/** Absolute area of one ring, whatever its winding. @returns area in m² */
export function ringAreaSquareMetres(ring: readonly Position[]): number {
  return Math.abs(signedRingAreaSquareMetres(ring));
}

/**
 * Signed area of a ring stored as interleaved longitude/latitude pairs in `lonLat[2*start …
 * 2*end)`; counter-clockwise positive. Lets the coverage engine measure clipped rings without
 * building GeoJSON arrays for them.
 * @returns area in m²
 */
export function signedFlatRingAreaSquareMetres(lonLat: ArrayLike<number>, start: number, end: number): number {
  if (end - start < 3) return 0;
  ringTerms.reset();
  for (let i = start; i < end; i += 1) {
    const j = i + 1 === end ? start : i + 1;
    ringTerms.add(edgeAreaTerm(lonLat[2 * i]!, lonLat[2 * i + 1]!, lonLat[2 * j]!, lonLat[2 * j + 1]!), lonLat[2 * i]!, lonLat[2 * j]!);
  }
  const area = ringTerms.signedArea();
  return Number.isNaN(area) ? libraryFlatRingArea(lonLat, start, end) : area;
}

/** `PolygonArea`'s own answer for a flat ring: the fallback where the fast path does not apply. */
export function libraryFlatRingArea(lonLat: ArrayLike<number>, start: number, end: number): number {
  if (end - start < 3) return 0;
  libraryPolygon.Clear();
  for (let i = start; i < end; i += 1) libraryPolygon.AddPoint(lonLat[2 * i + 1]!, lonLat[2 * i]!);
  return libraryPolygon.Compute(false, true).area ?? 0;
}

/**
 * Area of one polygon: the first ring is the shell, the others holes, each by absolute value.
 * Assumes the holes lie inside the shell (RFC 7946); the coverage engine checks that and repairs
 * polygons where it does not hold.
 * @returns area in m²
 */
export function polygonAreaSquareMetres(rings: readonly (readonly Position[])[]): number {
  if (rings.length === 0) return 0;
  let area = ringAreaSquareMetres(rings[0]!);
  for (let i = 1; i < rings.length; i += 1) area -= ringAreaSquareMetres(rings[i]!);
  return area;
}

/** Sum of the parts' areas (parts are assumed not to overlap). @returns area in m² */
export function multiPolygonAreaSquareMetres(polygons: readonly (readonly (readonly Position[])[])[]): number {
  let area = 0;
  for (const polygon of polygons) area += polygonAreaSquareMetres(polygon);
  return area;
}

/**
 * Area of any GeoJSON geometry: Polygon and MultiPolygon are measured; everything else (points,
 * lines, null, and GeometryCollection, which the zone schema does not allow) counts as no area, so
 * this agrees with what the coverage engine counts.
 * @returns area in m²
 */
export function geometryAreaSquareMetres(geometry: Geometry | null | undefined): number {
  if (!geometry) return 0;
  switch (geometry.type) {
    case 'Polygon':
      return polygonAreaSquareMetres(geometry.coordinates);
    case 'MultiPolygon':
      return multiPolygonAreaSquareMetres(geometry.coordinates);
    default:
      return 0;
  }
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
