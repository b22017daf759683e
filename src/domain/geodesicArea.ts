import type { Geometry, Position } from 'geojson';
import geodesic from 'geographiclib-geodesic';

/**
 * Areas on the WGS-84 ellipsoid with geodesic edges, the convention of GeographicLib, PostGIS
 * `geography` and QGIS. All functions return square metres.
 *
 * GeographicLib's `PolygonArea` does the geodesy; this module only decides which rings count and
 * with which sign. Winding order in the input is ignored: each ring counts by its absolute area, a
 * polygon is its shell minus its holes, a MultiPolygon the sum of its parts.
 */

/** Shown next to every total, so a reader knows what the number means. */
export const AREA_METHOD = 'WGS-84 ellipsoid, geodesic edges (GeographicLib)';

const { Geodesic } = geodesic;

// One accumulator reused for every ring: `Clear()` resets it, so measuring millions of rings
// allocates nothing per ring (GeographicLib still allocates one small result object per edge).
const accumulator = Geodesic.WGS84.Polygon(false);

/**
 * Signed area of one ring given as GeoJSON positions ([lon, lat, …]); counter-clockwise positive.
 * A closing position equal to the first is skipped (GeographicLib closes rings itself).
 * @returns area in m², negative for a clockwise ring
 */
export function signedRingAreaSquareMetres(ring: readonly Position[]): number {
  let count = ring.length;
  if (count > 1 && samePosition(ring[0]!, ring[count - 1]!)) count -= 1;
  if (count < 3) return 0;
  accumulator.Clear();
  for (let i = 0; i < count; i += 1) {
    const position = ring[i]!;
    accumulator.AddPoint(position[1]!, position[0]!);
  }
  return accumulator.Compute(false, true).area ?? 0;
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
export function signedFlatRingAreaSquareMetres(
  lonLat: ArrayLike<number>,
  start: number,
  end: number,
): number {
  if (end - start < 3) return 0;
  accumulator.Clear();
  for (let i = start; i < end; i += 1) accumulator.AddPoint(lonLat[2 * i + 1]!, lonLat[2 * i]!);
  return accumulator.Compute(false, true).area ?? 0;
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
export function multiPolygonAreaSquareMetres(
  polygons: readonly (readonly (readonly Position[])[])[],
): number {
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
