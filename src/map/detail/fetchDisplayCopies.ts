import type { Geometry } from 'geojson';
import { forEachInSlices } from '../../worker/mainThreadSlices';
import { packedAt, unpackGeometry } from '../../worker/packedGeometries';
import { callWithGeometries } from '../../worker/workerGeometries';
import { zoneWorker } from '../../worker/zoneWorkerClient';
import { boundsAt, type Bounds } from './viewBounds';

export interface ArrivedCopies {
  /** The simplified outline of each geometry asked for, in order. */
  copies: Geometry[];
  /** The full outline's bounds, likewise. */
  bounds: Bounds[];
  /** The triangles that fill each copy, indices into its positions (fillTriangles.ts); empty for lines and points. */
  triangles: Uint32Array[];
}

/** Asks the zone worker for display copies at a tolerance, and rebuilds them here in slices. */
export async function fetchDisplayCopies(geometries: readonly Geometry[], toleranceDegrees: number): Promise<ArrivedCopies | { failed: string }> {
  const outcome = await callWithGeometries(geometries, (references) => zoneWorker().displayCopies(references, toleranceDegrees));
  if (!outcome.ok) return { failed: outcome.reason };
  const { geometries: packed, bounds, triangleStarts, triangles } = outcome.value;
  const copies: Geometry[] = new Array(packed.count);
  const boxes: Bounds[] = new Array(packed.count);
  const fills: Uint32Array[] = new Array(packed.count);
  await forEachInSlices(packed.count, (index) => {
    copies[index] = unpackGeometry(packedAt(packed, index));
    boxes[index] = boundsAt(bounds, index);
    fills[index] = triangles.subarray(triangleStarts[index], triangleStarts[index + 1]);
  });
  return { copies, bounds: boxes, triangles: fills };
}
