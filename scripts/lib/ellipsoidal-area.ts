import geographiclib from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Area on the WGS-84 ellipsoid (GeographicLib), for the data scripts and the data tests.
 * turf.area works on a sphere and reads about 0.085 % low in Tianjin.
 */

const { Geodesic } = geographiclib;

/** @returns the area enclosed by one ring in m², whatever its winding. */
export function ringAreaSquareMetres(ring: Position[]): number {
  const polygon = Geodesic.WGS84.Polygon(false);
  const last = ring.length - 1;
  const closed = last > 0 && ring[0]![0] === ring[last]![0] && ring[0]![1] === ring[last]![1];
  const count = closed ? last : ring.length;
  for (let index = 0; index < count; index += 1) {
    const [longitude, latitude] = ring[index]!;
    polygon.AddPoint(latitude!, longitude!);
  }
  return Math.abs(polygon.Compute(false, true).area ?? 0);
}

/** @returns the area of a Polygon or MultiPolygon in m²: outer rings minus holes. */
export function geometryAreaSquareMetres(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      total += index === 0 ? ringAreaSquareMetres(ring) : -ringAreaSquareMetres(ring);
    });
  }
  return total;
}
