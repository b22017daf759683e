import type { Path64 } from 'clipper2-ts';
import { describe, expect, it } from 'vitest';
import { isCertainlySimpleRing } from '../../src/domain/ringSimplicity';
import { seededRandom } from '../../scripts/lib/seededRandom';

const path = (points: [number, number][]): Path64 => points.map(([x, y]) => ({ x, y }));

/** A star-shaped ring (each vertex on its own ray from the centre): never crosses itself. */
function star(vertices: number, seed: number): [number, number][] {
  const random = seededRandom(seed);
  return Array.from({ length: vertices }, (_, k) => {
    const angle = (2 * Math.PI * k) / vertices;
    const radius = 1e6 * (0.99 + 0.01 * random());
    return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
  });
}

describe('isCertainlySimpleRing', () => {
  it('accepts simple rings, small and large (grid path)', () => {
    expect(isCertainlySimpleRing(path([[0, 0], [10, 0], [10, 10], [0, 10]]))).toBe(true);
    expect(isCertainlySimpleRing(path(star(20, 1)))).toBe(true);
    for (const seed of [1, 2, 3]) expect(isCertainlySimpleRing(path(star(5000, seed)))).toBe(true);
  });

  it('rejects a bow-tie, a touch, a spike and a repeated vertex', () => {
    expect(isCertainlySimpleRing(path([[0, 0], [10, 10], [10, 0], [0, 10]]))).toBe(false);
    // Vertex (5, 0) touches the edge from (0, 0) to (10, 0)… by coming back to it.
    expect(isCertainlySimpleRing(path([[0, 0], [10, 0], [10, 10], [5, 0], [0, 10]]))).toBe(false);
    expect(isCertainlySimpleRing(path([[0, 0], [10, 0], [20, 0], [10, 0], [10, 10], [0, 10]]))).toBe(false);
    expect(isCertainlySimpleRing(path([[0, 0], [10, 0], [10, 10], [5, 5], [0, 10], [5, 5]]))).toBe(false);
  });

  it('finds one crossing among thousands of edges', () => {
    const points = star(5000, 4);
    // Swap two distant vertices: their edges now cross the ring.
    [points[100], points[2600]] = [points[2600]!, points[100]!];
    expect(isCertainlySimpleRing(path(points))).toBe(false);
    const nearby = star(5000, 5);
    // Swap neighbours' neighbours: a small local crossing.
    [nearby[1000], nearby[1002]] = [nearby[1002]!, nearby[1000]!];
    expect(isCertainlySimpleRing(path(nearby))).toBe(false);
  });

  it('gives up rather than guess on degenerate rings and on rings too uneven for its grid', () => {
    expect(isCertainlySimpleRing(path([[0, 0], [10, 0]]))).toBe(false);
    expect(isCertainlySimpleRing(path([[0, 0], [10, 0], [20, 0]]))).toBe(false);
    // Simple, but with long diagonal spikes every edge covers many grid cells: left to Clipper.
    const spiky = Array.from({ length: 5000 }, (_, k): [number, number] => {
      const angle = (2 * Math.PI * k) / 5000;
      const radius = k % 2 === 0 ? 1e6 : 1e5;
      return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
    });
    expect(isCertainlySimpleRing(path(spiky))).toBe(false);
  });

  it('is exact for coordinates far from the origin', () => {
    const far = 2 ** 40;
    expect(isCertainlySimpleRing(path([[far, far], [far + 3, far], [far + 3, far + 3], [far, far + 3]]))).toBe(true);
    expect(isCertainlySimpleRing(path([[far, far], [far + 3, far + 3], [far + 3, far], [far, far + 3]]))).toBe(false);
  });
});
