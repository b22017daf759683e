import type { Bounds } from './planarFrame';

/**
 * Pairs of boxes that overlap or touch, by sort-and-sweep along x: sort by left edge, keep the
 * boxes whose right edge has not yet been passed, compare y only with those. O(n log n + pairs
 * + n·active) where `active` is how many boxes a vertical line crosses, a few hundred even for
 * 5,000 dense random zones. A spatial index library (flatbush, rbush) would do the same job; this
 * is 30 lines and needs no dependency.
 *
 * Calls `visit(a, b)` with a < b (indices into `boxes`); `visit` returns false to stop early.
 * Boxes with no extent (minX = +Infinity: an empty outline) take part in nothing.
 */
export function forEachOverlappingBoxPair(boxes: readonly Bounds[], visit: (a: number, b: number) => boolean | void): void {
  const order: number[] = [];
  for (let i = 0; i < boxes.length; i += 1) if (boxes[i]!.minX <= boxes[i]!.maxX) order.push(i);
  order.sort((a, b) => boxes[a]!.minX - boxes[b]!.minX || a - b);
  const active: number[] = [];
  for (const current of order) {
    const box = boxes[current]!;
    let kept = 0;
    for (let k = 0; k < active.length; k += 1) if (boxes[active[k]!]!.maxX >= box.minX) active[kept++] = active[k]!;
    active.length = kept;
    for (const other of active) {
      const otherBox = boxes[other]!;
      if (otherBox.maxY >= box.minY && otherBox.minY <= box.maxY) {
        if (visit(Math.min(other, current), Math.max(other, current)) === false) return;
      }
    }
    active.push(current);
  }
}

/**
 * Groups of boxes connected through overlaps (union-find over the overlapping pairs). Outlines in
 * different groups cannot overlap, so each group's union can be computed on its own and the
 * areas added. Returns the groups as arrays of indices, each sorted, groups in order of first index.
 */
export function overlappingBoxGroups(boxes: readonly Bounds[]): number[][] {
  const parent = new Int32Array(boxes.length);
  for (let i = 0; i < boxes.length; i += 1) parent[i] = i;
  const root = (i: number): number => {
    while (parent[i]! !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  forEachOverlappingBoxPair(boxes, (a, b) => {
    const rootA = root(a);
    const rootB = root(b);
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  });
  const groups = new Map<number, number[]>();
  for (let i = 0; i < boxes.length; i += 1) {
    const key = root(i);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  return [...groups.values()];
}
