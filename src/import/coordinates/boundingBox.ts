import { copyOwnProperties, defineValue, isPlainObject, ownValue } from '../safeRecord';
import { rawBounds } from './mapPositions';

/** [west, south, east, north] of geometries, or null when they have no positions. */
export function boundingBox(geometries: readonly unknown[]): [number, number, number, number] | null {
  const bounds = rawBounds(geometries);
  return bounds ? [bounds.minX, bounds.minY, bounds.maxX, bounds.maxY] : null;
}

/**
 * A GeoJSON object's members after its coordinates were converted: a `bbox` it had is recomputed
 * (the old one is in the old system), and a `crs` that named a projected system is dropped (the
 * coordinates are WGS-84 now, which is what GeoJSON without `crs` means). Order is kept.
 */
export function membersAfterConversion(members: Record<string, unknown>, geometries: readonly unknown[], dropCrs: boolean): Record<string, unknown> {
  const copy = copyOwnProperties(members, dropCrs ? ['crs'] : []);
  if (Object.hasOwn(copy, 'bbox')) {
    const box = boundingBox(geometries);
    if (box) defineValue(copy, 'bbox', box);
  }
  return copy;
}

/** The geometry of a raw feature, if it has one. */
export function featureGeometry(feature: unknown): unknown {
  return isPlainObject(feature) ? ownValue(feature, 'geometry') : undefined;
}
