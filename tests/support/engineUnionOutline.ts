import type { MultiPolygon, Polygon, Position } from 'geojson';
import { PlanarFrame } from '../../src/domain/planarFrame';
import { prepareZone, type PreparedZone } from '../../src/domain/preparedZone';
import { unionOfShapes } from '../../src/domain/unionArea';
import type { Rings } from './scanlineCoverage';

/**
 * The coverage engine's union as closed rings of longitude/latitude (outer rings and holes of all
 * pieces together, read even-odd), built the way `computeCoverage` builds it, so that tests can
 * look at the outline and not only at its area.
 */
export function engineUnionOutline(geometries: readonly (Polygon | MultiPolygon)[]): { rings: Rings; areaSquareMetres: number } {
  const first = geometries[0]?.type === 'Polygon' ? geometries[0].coordinates[0]![0]! : [0, 0];
  const frame = new PlanarFrame(Math.round(first[0]!), Math.round(first[1]!));
  const zones: PreparedZone[] = [];
  geometries.forEach((geometry, index) => {
    const prepared = prepareZone(geometry, index, String(index), frame);
    if (prepared.status === 'area') zones.push(prepared.zone);
  });
  const union = unionOfShapes(zones, frame, { keepPieces: true });
  const rings: Rings = [];
  for (const piece of union.pieces) {
    for (const path of piece.paths) {
      const ring: Position[] = path.map((point) => [frame.longitude(point), frame.latitude(point)]);
      ring.push(ring[0]!);
      rings.push(ring);
    }
  }
  return { rings, areaSquareMetres: union.areaSquareMetres };
}
