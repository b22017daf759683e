import { simplify } from '@turf/turf';
import type { Geometry } from 'geojson';

/**
 * A copy of an outline for drawing, with vertices removed where they move the line by less than
 * `toleranceDegrees` of longitude on screen (turf's `simplify`, a port of simplify-js, which keeps
 * every ring at least a triangle). Runs in the zone worker. Lines and points are returned as they
 * are; so is an outline turf cannot simplify (a ring of fewer than four positions, which
 * validation lets through only when repairs are off): drawing it whole is correct, only slower.
 *
 * Why `highQuality`: the fast mode's radial pre-pass can drop a vertex that Douglas–Peucker then
 * also drops, moving the line by up to twice the tolerance (1.2–1.7× measured on jagged outlines).
 * Why the cosine: in Web Mercator a degree of latitude is 1/cos(latitude) times longer on screen
 * than a degree of longitude, and simplify treats both axes alike; scaling by the cosine at the
 * outline's latitude farthest from the equator keeps the error within the tolerance both ways.
 */
export function simplifyForDisplay(geometry: Geometry, toleranceDegrees: number): Geometry {
  if (toleranceDegrees <= 0 || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return geometry;
  const bounds = new Float64Array(4);
  writeGeometryBounds(geometry, bounds, 0);
  const farthestLatitude = Math.max(Math.abs(bounds[1]!), Math.abs(bounds[3]!));
  const tolerance = toleranceDegrees * Math.cos((Math.min(farthestLatitude, 89) * Math.PI) / 180);
  try {
    return simplify(geometry, { tolerance, highQuality: true, mutate: false });
  } catch {
    return geometry;
  }
}

/** [west, south, east, north] of a geometry's positions, degrees; written into `target` at `offset`. */
export function writeGeometryBounds(geometry: Geometry, target: Float64Array, offset: number): void {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (position: number[]) => {
    const [longitude, latitude] = position as [number, number];
    if (longitude < west) west = longitude;
    if (longitude > east) east = longitude;
    if (latitude < south) south = latitude;
    if (latitude > north) north = latitude;
  };
  const walk = (value: Geometry) => {
    switch (value.type) {
      case 'Point':
        return visit(value.coordinates);
      case 'MultiPoint':
      case 'LineString':
        return value.coordinates.forEach(visit);
      case 'MultiLineString':
      case 'Polygon':
        return value.coordinates.forEach((ring) => ring.forEach(visit));
      case 'MultiPolygon':
        return value.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
      case 'GeometryCollection':
        return value.geometries.forEach(walk);
    }
  };
  walk(geometry);
  target.set([west, south, east, north], offset);
}
