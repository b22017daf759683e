import { pointInPolygon, PointInPolygonResult, type Path64 } from 'clipper2-ts';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { doubledPlanarArea } from '../../domain/planarFrame';
import { validZonePaths } from '../../domain/zoneRepair';
import { polygonPaths, positionOf } from './polygonPaths';

/**
 * The valid reading of an area, the one the coverage engine already measures (see
 * `validZonePaths`): each part is "inside its shell, outside its own holes" under the non-zero
 * rule, so a bow-tie becomes its two lobes, a hole outside its shell is dropped, overlapping holes
 * and parts merge. The result keeps every original vertex exactly (crossing points are new, to
 * 1e-9°), outer rings counter-clockwise, holes clockwise, rings closed. Null when nothing with an
 * area is left (a ring folded flat onto itself).
 */
export function makeValidGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const { frame, polygons } = polygonPaths(geometry);
  const paths = validZonePaths(polygons);
  const shells = paths.filter((path) => doubledPlanarArea(path) > 0);
  const holes = paths.filter((path) => doubledPlanarArea(path) < 0);
  if (shells.length === 0) return null;
  // Smallest shell first, so that a hole goes to the innermost shell that contains it.
  shells.sort((a, b) => doubledPlanarArea(a) - doubledPlanarArea(b));
  const parts: Path64[][] = shells.map((shell) => [shell]);
  for (const hole of holes) {
    const owner = shells.findIndex((shell) => holeIsInside(hole, shell));
    parts[owner === -1 ? parts.length - 1 : owner]!.push(hole);
  }
  const ring = (path: Path64): Position[] => {
    const positions = path.map((point) => positionOf(frame, point));
    positions.push(positions[0]!.slice());
    return positions;
  };
  const coordinates = parts.map((rings) => rings.map(ring));
  return coordinates.length === 1 ? { type: 'Polygon', coordinates: coordinates[0]! } : { type: 'MultiPolygon', coordinates };
}

/** A hole from Clipper touches its shell at most at vertices: one vertex strictly inside decides. */
function holeIsInside(hole: Path64, shell: Path64): boolean {
  for (const point of hole) {
    const where = pointInPolygon(point, shell);
    if (where !== PointInPolygonResult.IsOn) return where === PointInPolygonResult.IsInside;
  }
  return false;
}
