import { describe, expect, it } from 'vitest';
import { computeCoverage, type CoverageFeature } from '../../src/domain/coverage';
import { relativeDifference } from '../support/fixtures';

/**
 * The result grows with the zones, never with their square: 10,000 copies of one zone are 50
 * million overlapping pairs, and the page receives this result whole.
 */
const square = [
  [117.3, 39.0],
  [117.34, 39.0],
  [117.34, 39.03],
  [117.3, 39.03],
  [117.3, 39.0],
];

function copies(count: number): CoverageFeature[] {
  return Array.from({ length: count }, (_, index) => ({
    geometry: { type: 'Polygon', coordinates: [square] },
    properties: { id: `copy-${index}`, district: index % 2 === 0 ? 'A' : 'B', kind: 'k', scenarios: ['s'], phase: 2020 + (index % 3) },
  }));
}

describe('coverage of 10,000 identical zones', () => {
  const result = computeCoverage(copies(10_000));
  const one = result.perZone[0]!.areaSquareMetres;

  it('counts the zone once, with every breakdown, and passes its checks', () => {
    expect(result.checks).toEqual({ passed: true, failures: [] });
    expect(relativeDifference(result.unionSquareMetres, one)).toBeLessThan(1e-12);
    expect(result.byDistrict.map((group) => group.key).sort()).toEqual(['A', 'B']);
    for (const group of result.byDistrict) expect(relativeDifference(group.unionSquareMetres, one)).toBeLessThan(1e-12);
    expect(result.byPhaseCumulative).toHaveLength(3);
  });

  it('lists only the largest pairs, and how many pairs overlap and by how much', () => {
    expect(result.overlapPairs.length).toBeLessThanOrEqual(100);
    expect(result.overlapPairs[0]).toMatchObject({ aId: 'copy-0', bId: 'copy-1' });
    expect(relativeDifference(result.overlapPairs[0]!.overlapSquareMetres, one)).toBeLessThan(1e-12);
    expect(result.overlapPairCount).toBe((10_000 * 9_999) / 2);
    expect(relativeDifference(result.overlapPairsTotalSquareMetres, result.overlapPairCount * one)).toBeLessThan(1e-12);
    expect(result.overlapPairsComplete).toBe(true);
  });

  it('is as big as the zones, not their square: twice the zones, at most about twice the bytes', () => {
    const half = computeCoverage(copies(5_000));
    const bytes = JSON.stringify(result).length;
    expect(bytes / JSON.stringify(half).length).toBeLessThan(2.2);
    // Per zone: its area entry and the note that it repeats the first.
    expect(bytes / 10_000).toBeLessThan(600);
  });
});
