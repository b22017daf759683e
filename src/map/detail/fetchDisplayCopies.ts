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
}

/** Asks the zone worker for display copies at a tolerance, and rebuilds them here in slices. */
export async function fetchDisplayCopies(geometries: readonly Geometry[], toleranceDegrees: number): Promise<ArrivedCopies | { failed: string }> {
  const outcome = await callWithGeometries(geometries, (references) => zoneWorker().displayCopies(references, toleranceDegrees));
  if (!outcome.ok) return { failed: outcome.reason };
  const { geometries: packed, bounds } = outcome.value;
  const copies: Geometry[] = new Array(packed.count);
  const boxes: Bounds[] = new Array(packed.count);
  await forEachInSlices(packed.count, (index) => {
    copies[index] = unpackGeometry(packedAt(packed, index));
    boxes[index] = boundsAt(bounds, index);
  });
  return { copies, bounds: boxes };
}
