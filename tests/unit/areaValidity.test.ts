import type { Path64 } from 'clipper2-ts';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/lib/seededRandom';
import type { Position } from 'geojson';
import { isCertainlyValidArea, isCertainlyValidCoordinates, orientedRings } from '../../src/domain/areaValidity';
import { flatRingsOfPaths } from '../../src/domain/flatRings';
import { polygonPaths } from '../../src/import/repair/polygonPaths';
import { doubledPlanarArea } from '../../src/domain/planarFrame';
import { ringsCertainlySimpleAndApart } from '../../src/domain/ringSimplicity';
import { differs, doubledAreaAsDrawn, doubledAreaOfPaths, findRepairCauses, validZonePaths } from '../../src/domain/zoneRepair';

const path = (points: [number, number][]): Path64 => points.map(([x, y]) => ({ x, y }));
/** An axis-aligned square, counter-clockwise unless `clockwise`. */
const square = (x: number, y: number, side: number, clockwise = false): Path64 => {
  const points: [number, number][] = [[x, y], [x + side, y], [x + side, y + side], [x, y + side]];
  return path(clockwise ? points.reverse() : points);
};
/** A ring of `vertices` points around a centre, each on its own ray (never crossing itself). */
function blob(random: () => number, cx: number, cy: number, radius: number, vertices: number, wobble = 0.1): Path64 {
  return path(
    Array.from({ length: vertices }, (_, k): [number, number] => {
      const angle = (2 * Math.PI * k) / vertices;
      const r = radius * (1 - wobble + wobble * random());
      return [Math.round(cx + r * Math.cos(angle)), Math.round(cy + r * Math.sin(angle))];
    }),
  );
}

describe('isCertainlyValidArea', () => {
  it('accepts a shell with holes inside it and separate parts, whatever their winding', () => {
    expect(isCertainlyValidArea([[square(0, 0, 100), square(10, 10, 20, true), square(50, 50, 20)]])).toBe(true);
    expect(isCertainlyValidArea([[square(0, 0, 100)], [square(200, 0, 50, true)]])).toBe(true);
    // A part inside another part's hole is valid too, but left to Clipper: it is inside that shell.
    expect(isCertainlyValidArea([[square(0, 0, 100), square(10, 10, 80)], [square(40, 40, 10)]])).toBe(false);
  });

  it('rejects holes outside, across or touching their shell, holes that overlap or nest, and parts that overlap', () => {
    expect(isCertainlyValidArea([[square(0, 0, 100), square(200, 200, 10)]])).toBe(false);
    expect(isCertainlyValidArea([[square(0, 0, 100), square(90, 10, 20)]])).toBe(false);
    expect(isCertainlyValidArea([[square(0, 0, 100), square(0, 10, 20)]])).toBe(false);
    expect(isCertainlyValidArea([[square(0, 0, 100), square(10, 10, 30), square(20, 20, 30)]])).toBe(false);
    expect(isCertainlyValidArea([[square(0, 0, 100), square(10, 10, 50), square(20, 20, 10)]])).toBe(false);
    expect(isCertainlyValidArea([[square(0, 0, 100)], [square(50, 50, 100)]])).toBe(false);
    expect(isCertainlyValidArea([[square(0, 0, 100)], [square(10, 10, 10)]])).toBe(false);
    expect(isCertainlyValidArea([[square(0, 0, 100)], [square(100, 0, 100)]])).toBe(false);
    expect(isCertainlyValidArea([])).toBe(false);
  });

  it('rejects a part whose shell crosses itself even when the other parts are fine', () => {
    expect(isCertainlyValidArea([[square(0, 0, 100)], [path([[200, 0], [300, 100], [300, 0], [200, 100]])]])).toBe(false);
  });

  it('never says valid where Clipper reads a different area (random shells, holes and parts)', () => {
    const random = seededRandom(17);
    let valid = 0;
    let invalid = 0;
    for (let trial = 0; trial < 300; trial += 1) {
      const parts = 1 + Math.floor(random() * 3);
      const polygons: Path64[][] = [];
      for (let p = 0; p < parts; p += 1) {
        const cx = random() * 4000;
        const cy = random() * 4000;
        const rings = [blob(random, cx, cy, 800 + random() * 400, 40 + Math.floor(random() * 60))];
        const holes = Math.floor(random() * 3);
        for (let h = 0; h < holes; h += 1) rings.push(blob(random, cx + (random() - 0.5) * 1200, cy + (random() - 0.5) * 1200, 100 + random() * 300, 24));
        polygons.push(rings);
      }
      if (isCertainlyValidArea(polygons)) {
        valid += 1;
        expect(findRepairCauses(polygons)).toEqual([]);
        expect(differs(doubledAreaAsDrawn(polygons), doubledAreaOfPaths(validZonePaths(polygons)))).toBe(false);
        expect(differs(doubledAreaOfPaths(orientedRings(polygons)), doubledAreaAsDrawn(polygons))).toBe(false);
      } else invalid += 1;
    }
    // Both answers occur, so the comparison above is not vacuous.
    expect(valid).toBeGreaterThan(50);
    expect(invalid).toBeGreaterThan(50);
  });
});

describe('isCertainlyValidCoordinates', () => {
  it('reads GeoJSON coordinates as the importer\'s integer paths do (closing positions and repeats dropped)', () => {
    const random = seededRandom(23);
    const outcomes = { valid: 0, invalid: 0 };
    for (let trial = 0; trial < 200; trial += 1) {
      const parts: Position[][][] = [];
      for (let p = 0; p < 1 + Math.floor(random() * 2); p += 1) {
        const cx = 117 + random() * 0.04;
        const cy = 39 + random() * 0.04;
        const rings = [cx, cx + (random() - 0.5) * 0.02].map((x, index) => {
          const ring = blob(random, x * 1e6, cy * 1e6, index === 0 ? 12_000 : 3_000, 30).map((point): Position => [point.x / 1e6, point.y / 1e6]);
          ring.push(ring[0]!);
          // A repeated position, as files often have.
          ring.splice(5, 0, ring[5]!);
          return ring;
        });
        parts.push(rings);
      }
      const geometry = { type: 'MultiPolygon' as const, coordinates: parts };
      const valid = isCertainlyValidCoordinates(parts);
      expect(valid).toBe(isCertainlyValidArea(polygonPaths(geometry).polygons));
      outcomes[valid ? 'valid' : 'invalid'] += 1;
    }
    expect(outcomes.valid).toBeGreaterThan(20);
    expect(outcomes.invalid).toBeGreaterThan(20);
  });
});

describe('orientedRings', () => {
  it('turns shells counter-clockwise and holes clockwise, keeping rings already right as they are', () => {
    const shell = square(0, 0, 100, true);
    const hole = square(10, 10, 20);
    const rightShell = square(200, 0, 50);
    const [a, b, c] = orientedRings([[shell, hole], [rightShell]]);
    expect(doubledPlanarArea(a!)).toBeGreaterThan(0);
    expect(doubledPlanarArea(b!)).toBeLessThan(0);
    expect(c).toBe(rightShell);
  });
});

describe('ringsCertainlySimpleAndApart', () => {
  it('finds a ring touching another at one vertex among thousands of edges', () => {
    const random = seededRandom(5);
    const first = blob(random, 0, 0, 1e6, 3000, 0.01);
    const second = blob(random, 3e6, 0, 1e6, 3000, 0.01);
    expect(ringsCertainlySimpleAndApart(flatRingsOfPaths([[first], [second]]))).toBe(true);
    const touching = second.slice();
    const leftmost = touching.reduce((best, point, index) => (point.x < touching[best]!.x ? index : best), 0);
    const rightmost = first.reduce((best, point, index) => (point.x > first[best]!.x ? index : best), 0);
    const nearly = second.slice();
    nearly[leftmost] = { x: first[rightmost]!.x + 1000, y: first[rightmost]!.y };
    expect(ringsCertainlySimpleAndApart(flatRingsOfPaths([[first], [nearly]]))).toBe(true);
    touching[leftmost] = { ...first[rightmost]! };
    expect(ringsCertainlySimpleAndApart(flatRingsOfPaths([[first], [touching]]))).toBe(false);
  });
});
