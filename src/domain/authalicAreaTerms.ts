import geodesic from 'geographiclib-geodesic';

/**
 * Area terms on the authalic sphere: S12 of short geodesic edges, and of edges along a parallel.
 *
 * S12 of a short geodesic edge, without solving the geodesic: the same quantity GeographicLib's
 * `Geodesic.Inverse` returns with the AREA mask (the area between the edge and the equator, m²),
 * 15–20 times cheaper, for the edges of digitised outlines (tens of metres) that make up almost
 * every vertex the coverage engine measures.
 *
 * Why it is the same number. The authalic latitude β maps the ellipsoid onto a sphere of radius
 * c (GeographicLib's `c2` = c²) preserving area, meridians and the equator. The region S12 measures,
 * bounded by the edge, the two meridians through its ends and the equator, maps onto the
 * corresponding region on that sphere, except that the geodesic's image is not exactly a great
 * circle. For the great circle the region's area is c²·E, with the excess
 * E = 2·atan(tan(Δλ/2)·(tan(β₁/2) + tan(β₂/2)) / (1 + tan(β₁/2)·tan(β₂/2))). The sliver between
 * the geodesic's image and the great circle grows with the cube of the edge's length: measured
 * against `Inverse` on edges in every direction, at most 5e-5 m² for 100 m and 0.04 m² for 1 km
 * (tests/unit/authalicAreaTerms.test.ts). Below `SHORT_EDGE_DEGREES` that is the size of the
 * rounding `Inverse` itself carries in S12 (about c²·ε ≈ 1e-5 m² per edge, which is why, on a
 * 10 m polygon of 1,000 vertices, this agrees with a local equal-area projection to 2e-9 and
 * `PolygonArea` only to 4e-6). Longer edges go to `Inverse`.
 */

/** Both the longitude and the latitude difference at most this (≈ 111 m of latitude). */
export const SHORT_EDGE_DEGREES = 0.001;

const WGS84 = geodesic.Geodesic.WGS84;
const FLATTENING = WGS84.f;
const ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);
const ECCENTRICITY = Math.sqrt(ECCENTRICITY_SQUARED);
/** c², the authalic radius squared (m²), from the same numbers GeographicLib uses. */
export const AUTHALIC_RADIUS_SQUARED = ((WGS84.a * WGS84.a) / 2) * (1 + ((1 - ECCENTRICITY_SQUARED) * Math.atanh(ECCENTRICITY)) / ECCENTRICITY);
const DEGREES = Math.PI / 180;

/** q(90°), without the factor 1 − e² that q(φ)/q(90°) cancels. */
const POLE_Q = 1 / (1 - ECCENTRICITY_SQUARED) + Math.atanh(ECCENTRICITY) / ECCENTRICITY;

/** q(φ)/q(90°) = sin β, the authalic latitude's sine. */
function authalicSine(latitudeDegrees: number): number {
  const sine = Math.sin(latitudeDegrees * DEGREES);
  const q = sine / (1 - ECCENTRICITY_SQUARED * sine * sine) + Math.atanh(ECCENTRICITY * sine) / ECCENTRICITY;
  return q / POLE_Q;
}

/** tan(β/2) from sin β, without losing digits near the equator. */
function halfAngleTangent(sine: number): number {
  return sine / (1 + Math.sqrt((1 - sine) * (1 + sine)));
}

// The ring walks vertex to vertex: the end of one edge is the start of the next, so the last
// latitude's tan(β/2) is kept rather than computed twice.
let cachedLatitude = Number.NaN;
let cachedTangent = 0;

function authalicHalfTangent(latitudeDegrees: number): number {
  if (latitudeDegrees === cachedLatitude) return cachedTangent;
  cachedLatitude = latitudeDegrees;
  cachedTangent = halfAngleTangent(authalicSine(latitudeDegrees));
  return cachedTangent;
}

/** Whether an edge is short enough for `shortEdgeAreaTerm` (see `SHORT_EDGE_DEGREES`). */
export function isShortEdge(longitude1: number, latitude1: number, longitude2: number, latitude2: number): boolean {
  return Math.abs(longitude2 - longitude1) <= SHORT_EDGE_DEGREES && Math.abs(latitude2 - latitude1) <= SHORT_EDGE_DEGREES;
}

/**
 * S12 (m²) of the geodesic from (lon1, lat1) to (lon2, lat2), for a short edge (`isShortEdge`),
 * with GeographicLib's sign convention.
 */
export function shortEdgeAreaTerm(longitude1: number, latitude1: number, longitude2: number, latitude2: number): number {
  const tangent1 = authalicHalfTangent(latitude1);
  const tangent2 = authalicHalfTangent(latitude2);
  const halfLongitude = ((longitude2 - longitude1) * DEGREES) / 2;
  return 2 * Math.atan2(Math.tan(halfLongitude) * (tangent1 + tangent2), 1 + tangent1 * tangent2) * AUTHALIC_RADIUS_SQUARED;
}

/**
 * The area between a stretch of the parallel at `latitude` from `longitude1` to `longitude2` and
 * the equator, m², with S12's sign convention: c²·Δλ·sin β, exact for any length (a zone of the
 * ellipsoid between two parallels maps to one of the authalic sphere). The coverage engine cuts
 * large groups of zones along parallels (unionArea.ts); the cut edges take this term, which adds
 * up exactly however either side splits the cut, and cancels between the two sides.
 */
export function parallelAreaTerm(longitude1: number, longitude2: number, latitude: number): number {
  return (longitude2 - longitude1) * DEGREES * authalicSine(latitude) * AUTHALIC_RADIUS_SQUARED;
}
