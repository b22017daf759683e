import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/lib/seededRandom';
import { forEachOverlappingBoxPair, overlappingBoxGroups } from '../../src/domain/boxOverlaps';
import type { Bounds } from '../../src/domain/planarFrame';

const box = (minX: number, minY: number, maxX: number, maxY: number): Bounds => ({ minX, minY, maxX, maxY });

function pairs(boxes: Bounds[]): string[] {
  const found: string[] = [];
  forEachOverlappingBoxPair(boxes, (a, b) => void found.push(`${a}-${b}`));
  return found.sort();
}

describe('box overlaps by sort-and-sweep', () => {
  it('finds overlapping and touching pairs, not separate ones', () => {
    const boxes = [box(0, 0, 10, 10), box(10, 0, 20, 10), box(5, 20, 8, 30), box(2, 2, 3, 3), box(50, 50, 60, 60)];
    expect(pairs(boxes)).toEqual(['0-1', '0-3']);
    expect(overlappingBoxGroups(boxes)).toEqual([[0, 1, 3], [2], [4]]);
  });

  it('agrees with comparing every pair on 500 random boxes', () => {
    const random = seededRandom(7);
    const boxes = Array.from({ length: 500 }, () => {
      const x = random() * 1000;
      const y = random() * 1000;
      return box(x, y, x + random() * 60, y + random() * 60);
    });
    const brute: string[] = [];
    for (let a = 0; a < boxes.length; a += 1) {
      for (let b = a + 1; b < boxes.length; b += 1) {
        const p = boxes[a]!;
        const q = boxes[b]!;
        if (p.minX <= q.maxX && q.minX <= p.maxX && p.minY <= q.maxY && q.minY <= p.maxY) brute.push(`${a}-${b}`);
      }
    }
    expect(brute.length).toBeGreaterThan(100);
    expect(pairs(boxes)).toEqual(brute.sort());
  });

  it('stops when the visitor says so, and ignores empty boxes', () => {
    const boxes = [box(0, 0, 10, 10), box(1, 1, 9, 9), box(2, 2, 8, 8), box(Infinity, Infinity, -Infinity, -Infinity)];
    let visits = 0;
    forEachOverlappingBoxPair(boxes, () => ++visits < 2);
    expect(visits).toBe(2);
    expect(overlappingBoxGroups(boxes)).toEqual([[0, 1, 2], [3]]);
  });
});
