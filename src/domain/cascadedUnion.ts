import type { Paths64 } from 'clipper2-ts';
import { clip, ClipType } from './clip';
import { pathsBounds, type Bounds } from './planarFrame';

/** Valid rings to be unioned with others, and a box around them (frame units). */
export interface CascadeItem {
  paths: Paths64;
  bounds: Bounds;
}

/**
 * How many neighbours each Clipper call of the cascade unions (GEOS's `CascadedPolygonUnion`
 * unions the children of its STR-tree's nodes, four or more). Measured on the 14,000-zone
 * deep-overlap file (sum/union 13) with cells of 5,000 vertices: see the README's decisions.
 */
export const CASCADE_FAN_IN = 4;

/**
 * The union of valid shapes as a cascade: the shapes ordered along a Hilbert curve through their
 * boxes' centres, neighbours unioned `fanIn` at a time, then those unions `fanIn` at a time, and so
 * on to one. Where shapes pile up, one Clipper pass over them all meets every crossing of every
 * pair of outlines (the number of crossings grows with the square of the depth); in the cascade
 * each pass unions outlines that already lost their inner edges, so it stays close to linear.
 * Batches whose boxes are apart need no clipping: their rings are already disjoint.
 */
export function cascadedUnion(items: readonly CascadeItem[], fanIn = CASCADE_FAN_IN): Paths64 {
  if (items.length === 0) return [];
  let level: CascadeItem[] = hilbertOrder(items);
  let first = true;
  while (level.length > 1 || first) {
    const next: CascadeItem[] = [];
    for (let start = 0; start < level.length; start += fanIn) {
      next.push(unionBatch(level.slice(start, start + fanIn), first));
    }
    level = next;
    first = false;
  }
  return level[0]!.paths;
}

/**
 * One Clipper union of a few neighbours. After the first level every item is Clipper's output (valid,
 * disjoint rings), so items whose boxes meet no other's are passed through as they are.
 */
function unionBatch(batch: readonly CascadeItem[], firstLevel: boolean): CascadeItem {
  if (batch.length === 1 && !firstLevel) return batch[0]!;
  if (!firstLevel && boxesApart(batch)) {
    const paths: Paths64 = [];
    for (const item of batch) for (const path of item.paths) paths.push(path);
    return { paths, bounds: mergedBounds(batch) };
  }
  const subject: Paths64 = [];
  for (const item of batch) for (const path of item.paths) subject.push(path);
  const paths = clip(ClipType.Union, subject, null);
  return { paths, bounds: pathsBounds(paths) };
}

function boxesApart(batch: readonly CascadeItem[]): boolean {
  for (let i = 0; i < batch.length; i += 1) {
    const a = batch[i]!.bounds;
    for (let j = i + 1; j < batch.length; j += 1) {
      const b = batch[j]!.bounds;
      if (a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY) return false;
    }
  }
  return true;
}

function mergedBounds(batch: readonly CascadeItem[]): Bounds {
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const { bounds: box } of batch) {
    bounds.minX = Math.min(bounds.minX, box.minX);
    bounds.minY = Math.min(bounds.minY, box.minY);
    bounds.maxX = Math.max(bounds.maxX, box.maxX);
    bounds.maxY = Math.max(bounds.maxY, box.maxY);
  }
  return bounds;
}

const HILBERT_ORDER_BITS = 16;

/** The items sorted by the Hilbert index of their boxes' centres on a 2¹⁶ × 2¹⁶ grid over them all. */
function hilbertOrder(items: readonly CascadeItem[]): CascadeItem[] {
  const extent = mergedBounds(items);
  const side = (1 << HILBERT_ORDER_BITS) - 1;
  const scaleX = side / Math.max(1, extent.maxX - extent.minX);
  const scaleY = side / Math.max(1, extent.maxY - extent.minY);
  const keyed = items.map((item) => ({
    item,
    key: hilbertIndex(
      Math.round(((item.bounds.minX + item.bounds.maxX) / 2 - extent.minX) * scaleX),
      Math.round(((item.bounds.minY + item.bounds.maxY) / 2 - extent.minY) * scaleY),
    ),
  }));
  keyed.sort((a, b) => a.key - b.key);
  return keyed.map((entry) => entry.item);
}

/** Position of (x, y) along the Hilbert curve filling the 2¹⁶ × 2¹⁶ grid (the classic rotate-and-flip walk). */
function hilbertIndex(x: number, y: number): number {
  let index = 0;
  for (let step = 1 << (HILBERT_ORDER_BITS - 1); step > 0; step >>= 1) {
    const right = (x & step) > 0 ? 1 : 0;
    const up = (y & step) > 0 ? 1 : 0;
    index += step * step * ((3 * right) ^ up);
    if (up === 0) {
      if (right === 1) {
        x = step - 1 - x;
        y = step - 1 - y;
      }
      [x, y] = [y, x];
    }
  }
  return index;
}
