import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/coverage';
import { fixtureNames, readJson, relativeDifference } from '../support/fixtures';

interface CoverageFixture extends FeatureCollection<Polygon | MultiPolygon> {
  expected: { note: string; pairs: { a: string; b: string }[]; repairs: string[] };
}

interface CoverageFixtureOutput {
  zoneAreasSquareMetres: number[];
  unionSquareMetres: number;
  pairs: { a: string; b: string; overlapSquareMetres: number }[];
}

/**
 * Overlap cases whose union is known by construction (tests/fixtures/coverage/in: each file says
 * what the union and each pair's overlap are, as outlines) and measured independently by
 * GeographicLib's Planimeter (coverage/out, `npm run fixtures:area`).
 *
 * The engine clips straight lines in longitude/latitude and measures geodesic edges; with edges
 * split every 0.001° the difference is a few hundredths of a m² per crossing (see
 * geodesicDensify.ts), so 1e-6 relative is the bar, as for single areas.
 */
describe('coverage against outlines known by construction (tests/fixtures/coverage)', () => {
  for (const name of fixtureNames('coverage/in')) {
    const fixture = readJson<CoverageFixture>('coverage', 'in', `${name}.geojson`);
    const expected = readJson<CoverageFixtureOutput>('coverage', 'out', `${name}.json`);

    it(`${name}: ${fixture.expected.note}`, () => {
      const result = computeCoverage(fixture.features);
      expect(result.checks).toEqual({ passed: true, failures: [] });
      expect(relativeDifference(result.unionSquareMetres, expected.unionSquareMetres)).toBeLessThan(1e-6);

      const repairedZones = new Set(result.repairs.filter((repair) => repair.kind !== 'duplicate-zone').map((repair) => repair.index));
      result.perZone.forEach((zone, index) => {
        if (!repairedZones.has(index)) {
          expect(relativeDifference(zone.areaSquareMetres, expected.zoneAreasSquareMetres[index]!)).toBeLessThan(1e-6);
        }
      });
      expect(result.overlapSquareMetres).toBeCloseTo(result.sumSquareMetres - result.unionSquareMetres, 6);

      const pairKey = (a: string, b: string) => [a, b].sort().join('+');
      const foundPairs = new Map(result.overlapPairs.map((pair) => [pairKey(pair.aId, pair.bId), pair.overlapSquareMetres]));
      expect(new Set(foundPairs.keys())).toEqual(new Set(expected.pairs.map((pair) => pairKey(pair.a, pair.b))));
      for (const pair of expected.pairs) {
        expect(relativeDifference(foundPairs.get(pairKey(pair.a, pair.b))!, pair.overlapSquareMetres)).toBeLessThan(1e-6);
      }
      expect(result.overlapPairsComplete).toBe(true);

      expect(new Set(result.repairs.map((repair) => repair.kind))).toEqual(new Set(fixture.expected.repairs));
    });
  }

  it('bow-tie: the repaired zone is its two lobes, and the report says so', () => {
    const fixture = readJson<CoverageFixture>('coverage', 'in', 'bow-tie.geojson');
    const expected = readJson<CoverageFixtureOutput>('coverage', 'out', 'bow-tie.json');
    const result = computeCoverage(fixture.features);
    // Read literally the two lobes cancel (GeographicLib sums a figure-8 "algebraically").
    expect(expected.zoneAreasSquareMetres[0]).toBeLessThan(1);
    expect(relativeDifference(result.perZone[0]!.areaSquareMetres, expected.unionSquareMetres)).toBeLessThan(1e-6);
    const repair = result.repairs.find((entry) => entry.kind === 'self-intersection')!;
    expect(repair).toMatchObject({ index: 0, zoneId: 'bow' });
    expect(repair.detail).toContain('#0 (bow)');
  });

  it('identical squares: the duplicate is reported and counted once', () => {
    const fixture = readJson<CoverageFixture>('coverage', 'in', 'identical-squares.geojson');
    const result = computeCoverage(fixture.features);
    expect(result.repairs).toEqual([expect.objectContaining({ index: 1, zoneId: 'B', kind: 'duplicate-zone', params: { duplicateOfIndex: 0, duplicateOfId: 'A' } })]);
    expect(result.sumSquareMetres).toBeCloseTo(2 * result.unionSquareMetres, 3);
  });
});
