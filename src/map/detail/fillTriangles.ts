import earcut from 'earcut';
import type { Geometry } from 'geojson';

/**
 * The triangles that fill a Polygon or MultiPolygon, as indices into its positions in GeoJSON
 * order (every ring's positions, closing ones included, part after part), so a drawing layer can
 * take them as they are (`fillMesh.ts`). Runs in the zone worker: deck.gl would otherwise
 * triangulate every zone on the main thread when the layer's data changes (earcut, 0.5 s in one
 * frame for the 3,788 zones of a 50 MB file). Other geometries have no fill: an empty array.
 *
 * Each part is cut by earcut on Web Mercator coordinates, the plane the map draws in (deck.gl
 * does the same before its own earcut): triangles valid there do not overlap on screen.
 */
export function fillTriangles(geometry: Geometry): Uint32Array {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const triangles: number[] = [];
  let partStart = 0;
  for (const rings of parts) {
    const flat: number[] = [];
    const holeStarts: number[] = [];
    let vertices = 0;
    rings.forEach((ring, ringIndex) => {
      if (ringIndex > 0) holeStarts.push(vertices);
      for (const position of ring) {
        flat.push(position[0]!, mercatorY(position[1]!));
        vertices += 1;
      }
    });
    for (const index of earcut(flat, holeStarts, 2)) triangles.push(index + partStart);
    partStart += vertices;
  }
  return Uint32Array.from(triangles);
}

/** Web Mercator's y for a latitude (radians of the projection's plane; only the shape matters). */
function mercatorY(latitude: number): number {
  const clamped = Math.max(-85.05, Math.min(85.05, latitude));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
}
