import type { Geometry } from 'geojson';
import { fillTriangles } from '../map/detail/fillTriangles';
import { simplifyForDisplay, writeGeometryBounds } from '../map/detail/simplifyForDisplay';
import type { GeometryStore } from './geometryStore';
import { packGeometries, packedBuffers, type PackedGeometries } from './packedGeometries';

/** Simplified outlines for drawing, the triangles that fill them, and the full outlines' bounds, in the order asked. */
export interface DisplayCopies {
  geometries: PackedGeometries;
  /** [west, south, east, north] of each full outline, four numbers each. */
  bounds: Float64Array;
  /** Copy i's fill triangles are `triangles[triangleStarts[i]] … [triangleStarts[i + 1] - 1]`, indices into its positions (fillTriangles.ts). */
  triangleStarts: Uint32Array;
  triangles: Uint32Array;
}

/**
 * In the worker: copies of the named outlines at `toleranceDegrees` (kept with the outline, so
 * the overview is made once per zone), with their fill triangles, packed for transfer. The keys
 * must all be held.
 */
export function makeDisplayCopies(store: GeometryStore, keys: readonly string[], toleranceDegrees: number): { copies: DisplayCopies; transferList: ArrayBuffer[] } {
  const bounds = new Float64Array(keys.length * 4);
  const copies: Geometry[] = keys.map((key, index) => {
    const full = store.get(key)!;
    writeGeometryBounds(full, bounds, index * 4);
    return store.copy(key, toleranceDegrees, (geometry) => simplifyForDisplay(geometry, toleranceDegrees))!;
  });
  const geometries = packGeometries(copies);
  const perCopy = copies.map(fillTriangles);
  const triangleStarts = new Uint32Array(copies.length + 1);
  perCopy.forEach((triangles, index) => (triangleStarts[index + 1] = triangleStarts[index]! + triangles.length));
  const triangles = new Uint32Array(triangleStarts[copies.length]!);
  perCopy.forEach((part, index) => triangles.set(part, triangleStarts[index]));
  return {
    copies: { geometries, bounds, triangleStarts, triangles },
    transferList: [...packedBuffers(geometries), bounds.buffer, triangleStarts.buffer, triangles.buffer] as ArrayBuffer[],
  };
}
