import { describe, expect, it } from 'vitest';
import { stressZones } from '../../scripts/lib/stressZones';
import { clip, ClipType } from '../../src/domain/clip';
import { shapesToUnion } from '../../src/domain/coveredShapes';
import { pathsAreaSquareMetres } from '../../src/domain/measurePaths';
import { unionOfShapes } from '../../src/domain/unionArea';
import { relativeDifference } from '../support/fixtures';
import { ONE_PASS, preparedZones } from '../support/preparedZones';

/**
 * Zones piled deep (about 16 over every point): the union sets aside the zones wholly inside the
 * others and unions the rest as a cascade (coveredShapes.ts, cascadedUnion.ts). Neither may change
 * the union: the reference is one Clipper pass over every zone, as the engine did before.
 */
const deepPile = stressZones({ count: 600, seed: 18, region: [117.2, 39.0, 117.35, 39.15] }).features;

describe('zones piled deep', () => {
  it('are that deep: their areas add up to over ten times their union', () => {
    const { zones, frame } = preparedZones(deepPile);
    const union = unionOfShapes(zones, frame);
    const sum = zones.reduce((total, zone) => total + zone.areaSquareMetres, 0);
    expect(sum / union.areaSquareMetres).toBeGreaterThan(10);
  });

  it('have the union of one pass over them all, whichever way they are unioned', () => {
    const whole = preparedZones(deepPile);
    const onePass = unionOfShapes(whole.zones, whole.frame, ONE_PASS);
    expect(onePass.failures).toEqual([]);
    for (const options of [
      {},
      { dropCovered: false },
      { cascade: false },
      { cascade: true, dropCovered: false, cellVertexTarget: 2_000 },
      { cellVertexTarget: Number.POSITIVE_INFINITY },
    ]) {
      const again = preparedZones(deepPile);
      const union = unionOfShapes(again.zones, again.frame, options);
      expect(union.failures).toEqual([]);
      expect(relativeDifference(union.areaSquareMetres, onePass.areaSquareMetres)).toBeLessThan(1e-9);
    }
  });

  it('set aside only zones wholly inside the zones kept, and most of them here', () => {
    const { zones, frame } = preparedZones(deepPile);
    const kept = shapesToUnion(zones);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(zones.length / 2);
    const keptSet = new Set(kept);
    const keptUnion = clip(
      ClipType.Union,
      kept.flatMap((index) => zones[index]!.paths),
      null,
    );
    for (let index = 0; index < zones.length; index += 1) {
      if (keptSet.has(index)) continue;
      const outside = clip(ClipType.Difference, zones[index]!.paths, keptUnion);
      expect(pathsAreaSquareMetres(outside, frame)).toBe(0);
    }
  });

  it('keep one of many identical zones, and every zone that sticks out', () => {
    const one = deepPile[0]!;
    const copies = Array.from({ length: 50 }, () => one);
    const { zones } = preparedZones([...copies, ...deepPile.slice(1, 3)]);
    const kept = shapesToUnion(zones);
    expect(kept.filter((index) => index < 50)).toHaveLength(1);
    // The two others are not inside the first: each sticks out of it somewhere.
    expect(kept.filter((index) => index >= 50)).toEqual([50, 51]);
  });
});
