import { describe, expect, it } from 'vitest';
import { stressZones } from '../../scripts/lib/stressZones';
import { computeCoverage } from '../../src/domain/coverage';
import { unionOfShapes } from '../../src/domain/unionArea';
import { relativeDifference } from '../support/fixtures';
import { ONE_PASS, preparedZones } from '../support/preparedZones';

/**
 * Cutting a group into cells must not change its union's area: the cells' pieces tile the union,
 * cuts along meridians are geodesics and cuts along parallels are measured as parallels, so the
 * terms of the two sides cancel. The reference is one Clipper pass over the whole group.
 */
describe('the union cut into cells', () => {
  // 600 overlapping zones up to 7 km across with edges up to 5 km (densified to 0.001°): cells of
  // 1,500 vertices cut many of them, along cut edges up to a few kilometres long.
  const features = stressZones({ count: 600, seed: 18 }).features;

  it('has the area of one pass over the whole group', () => {
    const whole = preparedZones(features);
    const onePass = unionOfShapes(whole.zones, whole.frame, ONE_PASS);
    for (const cellVertexTarget of [1_500, 5_000]) {
      const cut = preparedZones(features);
      const inCells = unionOfShapes(cut.zones, cut.frame, { cellVertexTarget, cascade: false, dropCovered: false });
      expect(inCells.failures).toEqual([]);
      // Each crossing of a cut moves the area by < 0.02 m² (Clipper's integer intersection points).
      expect(relativeDifference(inCells.areaSquareMetres, onePass.areaSquareMetres)).toBeLessThan(1e-9);
    }
  });

  it('would be wrong if the cuts along parallels were measured as geodesics', () => {
    const cut = preparedZones(features);
    const inCells = unionOfShapes(cut.zones, cut.frame, { cellVertexTarget: 1_500, cascade: false, dropCovered: false });
    const whole = preparedZones(features);
    const onePass = unionOfShapes(whole.zones, whole.frame, ONE_PASS);
    // A frame that forgets its cuts measures the same pieces with geodesic edges along them.
    const forgetful = preparedZones(features);
    forgetful.frame.addHorizontalCut = () => undefined;
    const misread = unionOfShapes(forgetful.zones, forgetful.frame, { cellVertexTarget: 1_500, cascade: false, dropCovered: false });
    expect(relativeDifference(misread.areaSquareMetres, onePass.areaSquareMetres)).toBeGreaterThan(1e-7);
    expect(relativeDifference(inCells.areaSquareMetres, onePass.areaSquareMetres)).toBeLessThan(1e-9);
  });

  it('keeps pieces that union again to the same total (coverage over time)', () => {
    const collection = features.map((feature, index) => ({ ...feature, properties: { phase: 2020 + (index % 4) } }));
    const coverage = computeCoverage(collection, { breakdowns: ['timeline'], overlapPairs: false });
    const last = coverage.byPhaseCumulative[coverage.byPhaseCumulative.length - 1]!;
    expect(relativeDifference(last.unionSquareMetres, coverage.unionSquareMetres)).toBeLessThan(1e-9);
  });
});
