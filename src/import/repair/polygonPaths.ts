import type { Path64 } from 'clipper2-ts';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { PlanarFrame } from '../../domain/planarFrame';

/**
 * A zone's rings as the integer paths the engine's repair functions take (`validZonePaths`,
 * `findRepairCauses` in src/domain/zoneRepair.ts): one entry per polygon part, shell first, each
 * ring open and without repeated points. Unlike the engine's `zonePaths` it does not densify long
 * edges: a repaired outline keeps the file's own vertices (each point's exact position is kept by
 * the frame and restored by `positionOf`).
 */
export function polygonPaths(geometry: Polygon | MultiPolygon): { frame: PlanarFrame; polygons: Path64[][] } {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const first = parts[0]?.[0]?.[0] ?? [0, 0];
  const frame = new PlanarFrame(first[0]!, first[1]!);
  const polygons = parts.map((rings) => rings.map((ring) => ringPath(ring, frame)));
  return { frame, polygons };
}

function ringPath(ring: readonly Position[], frame: PlanarFrame): Path64 {
  const path: Path64 = [];
  for (const position of ring) {
    const point = frame.point(position[0]!, position[1]!);
    const last = path[path.length - 1];
    if (!last || last.x !== point.x || last.y !== point.y) path.push(point);
  }
  while (path.length > 1 && path[0]!.x === path[path.length - 1]!.x && path[0]!.y === path[path.length - 1]!.y) path.pop();
  return path;
}

/** A path point back to the exact longitude/latitude it stands for (or Clipper's new point). */
export function positionOf(frame: PlanarFrame, point: Path64[number]): Position {
  return [frame.longitude(point), frame.latitude(point)];
}
