import type { Geometry } from 'geojson';
import { simplifyForDisplay, writeGeometryBounds } from '../map/detail/simplifyForDisplay';
import type { GeometryStore } from './geometryStore';
import { packGeometries, packedBuffers, type PackedGeometries } from './packedGeometries';

/** Simplified outlines for drawing, and the full outlines' bounds, in the order asked. */
export interface DisplayCopies {
  geometries: PackedGeometries;
  /** [west, south, east, north] of each full outline, four numbers each. */
  bounds: Float64Array;
}

/**
 * In the worker: copies of the named outlines at `toleranceDegrees` (kept with the outline, so
 * the overview is made once per zone), packed for transfer. The keys must all be held.
 */
export function makeDisplayCopies(store: GeometryStore, keys: readonly string[], toleranceDegrees: number): { copies: DisplayCopies; transferList: ArrayBuffer[] } {
  const bounds = new Float64Array(keys.length * 4);
  const copies: Geometry[] = keys.map((key, index) => {
    const full = store.get(key)!;
    writeGeometryBounds(full, bounds, index * 4);
    return store.copy(key, toleranceDegrees, (geometry) => simplifyForDisplay(geometry, toleranceDegrees))!;
  });
  const geometries = packGeometries(copies);
  return { copies: { geometries, bounds }, transferList: [...packedBuffers(geometries), bounds.buffer] };
}
