import { SolidPolygonLayer } from '@deck.gl/layers';
import type { FillMesh } from './fillMesh';

type Rgba = [number, number, number, number];

export interface FillMeshLayerOptions {
  id: string;
  mesh: FillMesh;
  /** The colour of a feature, by its index in the list the mesh was made from; asked once per polygon. */
  colourOf: (featureIndex: number) => Rgba;
  /** Changes whenever `colourOf`'s answers do. */
  colourKey: unknown;
  pickable: boolean;
  /** Interleaved mode: the MapLibre layer to draw beneath. */
  beforeId?: string;
}

/**
 * Fills from a mesh of binary attributes (fillMesh.ts): deck.gl copies the positions and the
 * given triangles to the GPU and triangulates nothing. Picking reports a feature's index in the
 * list the mesh was made from (every vertex carries it as its row index), and highlights all of
 * that feature's parts.
 */
export function fillMeshLayer({ id, mesh, colourOf, colourKey, pickable, beforeId }: FillMeshLayerOptions) {
  return new SolidPolygonLayer({
    ...(beforeId ? { beforeId } : {}),
    id,
    data: {
      length: mesh.length,
      startIndices: mesh.startIndices,
      attributes: {
        getPolygon: { value: mesh.positions, size: 2 },
        indices: mesh.indices,
        rowIndexes: { value: mesh.vertexFeatures, size: 1 },
      },
    },
    _normalize: false,
    filled: true,
    extruded: false,
    pickable,
    autoHighlight: pickable,
    highlightColor: [255, 255, 255, 70],
    getFillColor: (_: unknown, { index }: { index: number }) => colourOf(mesh.polygonFeatures[index]!),
    updateTriggers: { getFillColor: colourKey },
  });
}
