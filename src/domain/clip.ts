import { Clipper64, ClipType, FillRule, PathType, RectClip64, type Paths64, type Point64 } from 'clipper2-ts';
import type { Bounds } from './planarFrame';

export { ClipType };

/**
 * One Clipper boolean operation with the non-zero fill rule, the engine's only way of running
 * Clipper. Input points keep their z (the id of their exact position, see PlanarFrame). A point
 * Clipper creates where edges meet keeps the z of an edge end it coincides with (edges that share
 * a vertex, or overlap), and otherwise gets z = 0: "no exact position recorded".
 */
export function clip(clipType: ClipType, subject: Paths64, clipPaths: Paths64 | null): Paths64 {
  const clipper = new Clipper64();
  clipper.zCallback = (bottom1, top1, bottom2, top2, point) => {
    point.z = sameZ(point, bottom1) ?? sameZ(point, top1) ?? sameZ(point, bottom2) ?? sameZ(point, top2) ?? 0;
  };
  clipper.addPaths(subject, PathType.Subject);
  if (clipPaths) clipper.addPaths(clipPaths, PathType.Clip);
  const solution: Paths64 = [];
  clipper.execute(clipType, FillRule.NonZero, solution);
  return solution;
}

function sameZ(point: Point64, end: Point64): number | undefined {
  return point.x === end.x && point.y === end.y && end.z ? end.z : undefined;
}

/**
 * The part of valid, consistently oriented rings inside a rectangle (Clipper's linear-time
 * RectClip, which clips each ring on its own: right for valid rings, not for ones that cross).
 * Rings already inside are returned as they are.
 */
export function clipToRectangle(paths: Paths64, bounds: Bounds, rectangle: Bounds): Paths64 {
  if (bounds.minX >= rectangle.minX && bounds.maxX <= rectangle.maxX && bounds.minY >= rectangle.minY && bounds.maxY <= rectangle.maxY) {
    return paths;
  }
  const clipper = new RectClip64({ left: rectangle.minX, top: rectangle.minY, right: rectangle.maxX, bottom: rectangle.maxY });
  return clipper.execute(paths);
}
