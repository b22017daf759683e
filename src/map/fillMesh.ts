import type { Feature, Position } from 'geojson';
import { fillTriangles } from './detail/fillTriangles';

/**
 * The fills of many zones as one set of typed arrays, in the form deck.gl's SolidPolygonLayer
 * takes as binary attributes (`_normalize: false`, triangles given): it then copies them to the
 * GPU instead of normalising and triangulating every polygon on the main thread. The triangles
 * come from the zone worker with the display copies (fillTriangles.ts); a feature without them
 * (drawn whole because the worker could not help) is triangulated here.
 */
export interface FillMesh {
  /** Polygons: each Polygon is one, each part of a MultiPolygon one more. */
  length: number;
  /** Polygon p's vertices are `startIndices[p]` … `startIndices[p + 1] - 1`. */
  startIndices: Uint32Array;
  /** Longitude and latitude of every vertex (closing positions included, as in GeoJSON). */
  positions: Float64Array;
  /** Three vertex indices per triangle. */
  indices: Uint32Array;
  /** For every vertex, the index of its feature in the list the mesh was made from: what picking reports. */
  vertexFeatures: Uint32Array;
  /** For every polygon, the index of its feature. */
  polygonFeatures: Uint32Array;
}

function polygonsOf(feature: Feature): Position[][][] {
  const geometry = feature.geometry;
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * One mesh for `features` (lines and points have no fill and are left out). `trianglesOf` gives a
 * feature's triangles as indices into its own positions, in GeoJSON order.
 */
export function buildFillMesh(features: readonly Feature[], trianglesOf: (index: number) => Uint32Array | undefined): FillMesh {
  const triangles: Uint32Array[] = [];
  let vertexCount = 0;
  let polygonCount = 0;
  let indexCount = 0;
  features.forEach((feature, index) => {
    let vertices = 0;
    const polygons = polygonsOf(feature);
    for (const rings of polygons) for (const ring of rings) vertices += ring.length;
    const given = trianglesOf(index);
    const own = given && fitsVertices(given, vertices) ? given : fillTriangles(feature.geometry!);
    triangles.push(polygons.length > 0 ? own : new Uint32Array(0));
    vertexCount += vertices;
    polygonCount += polygons.length;
    indexCount += triangles[index]!.length;
  });
  const mesh: FillMesh = {
    length: polygonCount,
    startIndices: new Uint32Array(polygonCount + 1),
    positions: new Float64Array(2 * vertexCount),
    indices: new Uint32Array(indexCount),
    vertexFeatures: new Uint32Array(vertexCount),
    polygonFeatures: new Uint32Array(polygonCount),
  };
  let vertex = 0;
  let polygon = 0;
  let at = 0;
  features.forEach((feature, index) => {
    const first = vertex;
    for (const rings of polygonsOf(feature)) {
      mesh.startIndices[polygon] = vertex;
      mesh.polygonFeatures[polygon] = index;
      polygon += 1;
      for (const ring of rings) {
        for (const position of ring) {
          mesh.positions[2 * vertex] = position[0]!;
          mesh.positions[2 * vertex + 1] = position[1]!;
          mesh.vertexFeatures[vertex] = index;
          vertex += 1;
        }
      }
    }
    for (const corner of triangles[index]!) mesh.indices[at++] = corner + first;
  });
  mesh.startIndices[polygonCount] = vertex;
  return mesh;
}

/** Whether triangles can belong to a geometry of `vertices` positions (whole triangles, indices in range). */
function fitsVertices(triangles: Uint32Array, vertices: number): boolean {
  if (triangles.length % 3 !== 0) return false;
  for (const corner of triangles) if (corner >= vertices) return false;
  return true;
}
