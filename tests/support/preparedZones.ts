import type { Feature, Polygon } from 'geojson';
import { PlanarFrame } from '../../src/domain/planarFrame';
import { prepareZone, type PreparedZone } from '../../src/domain/preparedZone';

/** Options of `unionOfShapes` for one Clipper pass over every zone of a group: no cells, no cascade, none set aside. */
export const ONE_PASS = { cellVertexTarget: Number.POSITIVE_INFINITY, cascade: false, dropCovered: false } as const;

/** The zones prepared in a frame of their own (cuts recorded by one union never reach another). */
export function preparedZones(features: readonly Feature<Polygon>[]): { zones: PreparedZone[]; frame: PlanarFrame } {
  const frame = new PlanarFrame(117, 39);
  const zones: PreparedZone[] = [];
  features.forEach((feature, index) => {
    const zone = prepareZone(feature.geometry, index, String(index), frame);
    if (zone.status === 'area') zones.push(zone.zone);
  });
  return { zones, frame };
}
