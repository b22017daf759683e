import { simplify } from '@turf/turf';
import type { Geometry } from 'geojson';

/**
 * A copy of an outline for drawing, with vertices removed where they move the line by less than
 * `toleranceDegrees` (Douglas–Peucker after a radial-distance pass: turf's `simplify`, a port of
 * simplify-js, which keeps every ring at least a triangle). Runs in the zone worker. Lines and
 * points are returned as they are; so is an outline turf cannot simplify (a ring of fewer than four
 * positions, which validation lets through only when repairs are off): drawing it whole is correct,
 * only slower.
 */
export function simplifyForDisplay(geometry: Geometry, toleranceDegrees: number): Geometry {
  if (toleranceDegrees <= 0 || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return geometry;
  try {
    return simplify(geometry, { tolerance: toleranceDegrees, highQuality: false, mutate: false });
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
