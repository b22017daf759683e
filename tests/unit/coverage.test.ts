import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { computeCoverage, UNSPECIFIED_GROUP_KEY, type CoverageFeature } from '../../src/domain/coverage';
import { AREA_METHOD, polygonAreaSquareMetres, ringAreaSquareMetres } from '../../src/domain/geodesicArea';
import { readJson, relativeDifference } from '../support/fixtures';

/** A rectangle between two meridians and two latitudes (corners joined by geodesics). */
const box = (west: number, south: number, east: number, north: number): Position[] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

const zone = (id: string, rings: Position[][], properties: Record<string, unknown> = {}): CoverageFeature => ({
  geometry: { type: 'Polygon', coordinates: rings },
  properties: { id, ...properties },
});

describe('computeCoverage: totals', () => {
  it('an empty set covers nothing and passes its checks', () => {
    const result = computeCoverage([]);
    expect(result).toMatchObject({ unionSquareMetres: 0, sumSquareMetres: 0, overlapSquareMetres: 0, progress: 0, remainingSquareMetres: 600e6 });
    expect(result.method).toBe(AREA_METHOD);
    expect(result.checks.passed).toBe(true);
  });

  it('reports progress and what remains toward the target', () => {
    const square = box(117.3, 39.0, 117.34, 39.03);
    const result = computeCoverage([zone('a', [square])], { targetSquareMetres: 20e6 });
    const area = ringAreaSquareMetres(square);
    expect(result.unionSquareMetres).toBeCloseTo(area, 3);
    expect(result.targetSquareMetres).toBe(20e6);
    expect(result.progress).toBeCloseTo(area / 20e6, 12);
    expect(result.remainingSquareMetres).toBeCloseTo(20e6 - area, 3);
    const reached = computeCoverage([zone('a', [square])], { targetSquareMetres: 1e6 });
    expect(reached.progress).toBeGreaterThan(1);
    expect(reached.remainingSquareMetres).toBe(0);
  });

  it('a zone on its own keeps its exact GeographicLib area', () => {
    const xiqing = readJson<{ features: Feature<Polygon>[] }>('area', 'in', 'district-xiqing.geojson').features[0]!;
    const expected = readJson<{ features: { areaSquareMetres: number }[] }>('area', 'out', 'district-xiqing.json').features[0]!.areaSquareMetres;
    const result = computeCoverage([xiqing]);
    expect(relativeDifference(result.perZone[0]!.areaSquareMetres, expected)).toBeLessThan(1e-9);
    expect(relativeDifference(result.unionSquareMetres, expected)).toBeLessThan(1e-9);
  });
});

describe('computeCoverage: features that are not simple areas', () => {
  it('lists points, lines and null geometries and gives them no area', () => {
    const result = computeCoverage([
      zone('area', [box(117.3, 39.0, 117.31, 39.01)]),
      { geometry: { type: 'Point', coordinates: [117.2, 39.1] }, properties: { id: 'stop' } },
      { geometry: { type: 'LineString', coordinates: [[117.2, 39.1], [117.3, 39.1]] }, properties: { id: 'route' } },
      { geometry: null, properties: { id: 'nothing' } },
    ]);
    expect(result.nonAreaZones).toEqual([
      { index: 1, id: 'stop', geometryType: 'Point' },
      { index: 2, id: 'route', geometryType: 'LineString' },
      { index: 3, id: 'nothing', geometryType: 'null' },
    ]);
    expect(result.perZone.map((entry) => [entry.id, entry.measured, entry.areaSquareMetres > 0])).toEqual([
      ['area', true, true],
      ['stop', false, false],
      ['route', false, false],
      ['nothing', false, false],
    ]);
    expect(result.sumSquareMetres).toBeCloseTo(result.perZone[0]!.areaSquareMetres, 6);
  });

  it('leaves out a zone whose coordinates are not degrees, says so, and does not throw', () => {
    const projected: CoverageFeature = zone('metres', [[[13012345, 4700000], [13013345, 4700000], [13013345, 4701000], [13012345, 4700000]]]);
    const broken: CoverageFeature = zone('nan', [[[117, 39], [Number.NaN, 39], [117.1, 39.1], [117, 39]]]);
    const result = computeCoverage([projected, broken, zone('ok', [box(117.3, 39.0, 117.31, 39.01)])]);
    expect(result.repairs.filter((repair) => repair.kind === 'invalid-coordinates').map((repair) => repair.zoneId)).toEqual(['metres', 'nan']);
    expect(result.perZone.map((entry) => entry.measured)).toEqual([false, false, true]);
    expect(result.checks.passed).toBe(true);
  });

  it('reads an unclosed ring as closed and reports it', () => {
    const open = box(117.3, 39.0, 117.31, 39.01).slice(0, -1);
    const result = computeCoverage([zone('open', [open])]);
    expect(result.repairs).toEqual([expect.objectContaining({ index: 0, zoneId: 'open', kind: 'ring-closed' })]);
    expect(result.unionSquareMetres).toBeCloseTo(ringAreaSquareMetres(open), 6);
  });

  it('a hole outside its shell removes nothing, and is reported', () => {
    const shell = box(117.3, 39.0, 117.32, 39.02);
    const outside = box(117.4, 39.0, 117.41, 39.01);
    const result = computeCoverage([zone('stray-hole', [shell, outside])]);
    expect(result.repairs.map((repair) => repair.kind)).toEqual(['hole-outside-shell']);
    expect(relativeDifference(result.perZone[0]!.areaSquareMetres, ringAreaSquareMetres(shell))).toBeLessThan(1e-9);
    // Read literally (shell − hole) the zone would lose the hole's area.
    expect(polygonAreaSquareMetres([shell, outside])).toBeLessThan(ringAreaSquareMetres(shell) - 1e5);
  });

  it('counts a clockwise zone like a counter-clockwise one when they overlap', () => {
    const a = box(117.3, 39.0, 117.34, 39.02);
    const b = [...box(117.3, 39.01, 117.34, 39.03)].reverse();
    const union = computeCoverage([zone('a', [a]), zone('b', [b])]).unionSquareMetres;
    const expected = readJson<{ unionSquareMetres: number }>('coverage', 'out', 'half-overlap.json').unionSquareMetres;
    expect(relativeDifference(union, expected)).toBeLessThan(1e-9);
  });

  it('recognises a duplicate drawn from another starting vertex and the other way round', () => {
    const ring = box(117.3, 39.0, 117.32, 39.02);
    const rotated = [...ring.slice(2, -1), ...ring.slice(0, 3)].reverse();
    const result = computeCoverage([zone('a', [ring]), zone('b', [rotated])]);
    expect(result.repairs).toEqual([expect.objectContaining({ index: 1, kind: 'duplicate-zone', params: { duplicateOfIndex: 0, duplicateOfId: 'a' } })]);
  });
});

describe('computeCoverage: breakdowns', () => {
  // Three zones stacked along the meridians: a (2020, Xiqing), b (2021, Xiqing), c (2022, Dongli).
  const a = zone('a', [box(117.3, 39.0, 117.34, 39.03)], { district: '西青区', kind: 'pilot-zone', scenarios: ['bus', 'shared-car'], phase: 2020 });
  const b = zone('b', [box(117.3, 39.01, 117.34, 39.04)], { district: '西青区', kind: 'scenario-area', scenarios: ['bus'], phase: 2021 });
  const c = zone('c', [box(117.3, 39.02, 117.34, 39.05)], { district: '东丽区', kind: 'scenario-area', scenarios: [], phase: 2022 });
  const area = (south: number, north: number) => ringAreaSquareMetres(box(117.3, south, 117.34, north));
  const result = computeCoverage([a, b, c]);
  const close = (value: number | undefined, expected: number) => expect(relativeDifference(value!, expected)).toBeLessThan(1e-9);

  it('unions each district, kind, scenario and phase on its own', () => {
    const district = Object.fromEntries(result.byDistrict.map((group) => [group.key, group]));
    close(district['西青区']!.unionSquareMetres, area(39.0, 39.04));
    close(district['西青区']!.sumSquareMetres, area(39.0, 39.03) + area(39.01, 39.04));
    expect(district['西青区']!.zoneCount).toBe(2);
    close(district['东丽区']!.unionSquareMetres, area(39.02, 39.05));
    expect(result.byDistrict.map((group) => group.key)).toEqual(['西青区', '东丽区']);

    const kind = Object.fromEntries(result.byKind.map((group) => [group.key, group]));
    close(kind['scenario-area']!.unionSquareMetres, area(39.01, 39.05));
    close(kind['pilot-zone']!.unionSquareMetres, area(39.0, 39.03));

    const scenario = Object.fromEntries(result.byScenario.map((group) => [group.key, group]));
    close(scenario.bus!.unionSquareMetres, area(39.0, 39.04));
    close(scenario['shared-car']!.unionSquareMetres, area(39.0, 39.03));
    close(scenario[UNSPECIFIED_GROUP_KEY]!.unionSquareMetres, area(39.02, 39.05));

    expect(result.byPhase.map((group) => group.key)).toEqual(['2020', '2021', '2022']);
  });

  it('builds the timeline: union of every zone up to each phase', () => {
    expect(result.byPhaseCumulative.map((entry) => entry.phase)).toEqual([2020, 2021, 2022]);
    close(result.byPhaseCumulative[0]!.unionSquareMetres, area(39.0, 39.03));
    close(result.byPhaseCumulative[1]!.unionSquareMetres, area(39.0, 39.04));
    close(result.byPhaseCumulative[2]!.unionSquareMetres, area(39.0, 39.05));
    close(result.unionSquareMetres, area(39.0, 39.05));
  });

  it('lists the overlap of each pair, largest first', () => {
    expect(result.overlapPairs.map((pair) => [pair.aId, pair.bId])).toEqual([
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
    ]);
    close(result.overlapPairs[0]!.overlapSquareMetres, area(39.01, 39.03));
    close(result.overlapPairs[2]!.overlapSquareMetres, area(39.02, 39.03));
  });

  it('stops at the candidate-pair limit and says the list is incomplete', () => {
    const limited = computeCoverage([a, b, c], { maxCandidatePairs: 1 });
    expect(limited.overlapPairsComplete).toBe(false);
    expect(limited.overlapPairs).toHaveLength(1);
    expect(limited.unionSquareMetres).toBeCloseTo(result.unionSquareMetres, 6);
  });

  it('can skip breakdowns and pairs for speed, or compute only some breakdowns', () => {
    const lean = computeCoverage([a, b, c], { breakdowns: false, overlapPairs: false });
    expect(lean.byDistrict).toEqual([]);
    expect(lean.byPhaseCumulative).toEqual([]);
    expect(lean.overlapPairs).toEqual([]);
    expect(lean.overlapPairsComplete).toBe(false);
    expect(lean.unionSquareMetres).toBeCloseTo(result.unionSquareMetres, 6);
    const some = computeCoverage([a, b, c], { breakdowns: ['district', 'timeline'], overlapPairs: false });
    expect(some.byDistrict).toEqual(result.byDistrict);
    expect(some.byPhaseCumulative).toEqual(result.byPhaseCumulative);
    expect(some.byKind).toEqual([]);
    expect(some.byScenario).toEqual([]);
  });
});

describe('computeCoverage: progress', () => {
  it('reports fractions that only grow and end at 1', () => {
    const zones: CoverageFeature[] = [];
    for (let i = 0; i < 200; i += 1) zones.push(zone(`z${i}`, [box(117 + (i % 20) * 0.01, 39 + Math.floor(i / 20) * 0.01, 117.015 + (i % 20) * 0.01, 39.015 + Math.floor(i / 20) * 0.01)]));
    const fractions: number[] = [];
    computeCoverage(zones, { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.every((fraction, index) => index === 0 || fraction >= fractions[index - 1]!)).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('computeCoverage: MultiPolygon zones', () => {
  it('sums parts that do not overlap and unions them with other zones', () => {
    const multi: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: { id: 'm' },
      geometry: { type: 'MultiPolygon', coordinates: [[box(117.3, 39.0, 117.34, 39.01)], [box(117.3, 39.02, 117.34, 39.03)]] },
    };
    const bridge = zone('bridge', [box(117.3, 39.005, 117.34, 39.025)]);
    const result = computeCoverage([multi, bridge]);
    const partsArea = ringAreaSquareMetres(box(117.3, 39.0, 117.34, 39.01)) + ringAreaSquareMetres(box(117.3, 39.02, 117.34, 39.03));
    expect(relativeDifference(result.perZone[0]!.areaSquareMetres, partsArea)).toBeLessThan(1e-12);
    const outline: Position[] = [[117.3, 39.0], [117.34, 39.0], [117.34, 39.03], [117.3, 39.03], [117.3, 39.0]];
    // Vertices on the meridians do not change a geodesic polygon: the union is the outline.
    expect(relativeDifference(result.unionSquareMetres, ringAreaSquareMetres(outline))).toBeLessThan(1e-9);
  });
});
