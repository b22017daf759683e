import { describe, expect, it } from 'vitest';
import { stressZones } from '../../scripts/lib/stressZones';
import { densifiedPaths } from '../../src/domain/densePaths';
import { MAX_EDGE_DEGREES } from '../../src/domain/geodesicDensify';
import { pathsBounds } from '../../src/domain/planarFrame';
import { preparedZones } from '../support/preparedZones';

/**
 * Zones keep their own points until a union clips them; their box and vertex count, used before
 * that (grouping, cells, what to set aside), must already be those of the split rings.
 */
describe('rings split along their geodesics when first clipped', () => {
  // Up to 44 vertices on rings up to 7 km across: edges up to 5 km, split into up to 45 pieces.
  const features = stressZones({ count: 300, seed: 7 }).features;

  it('are known in advance: the box holds every added point, and the count is theirs', () => {
    const { zones, frame } = preparedZones(features);
    for (const zone of zones) {
      const dense = zone.paths;
      const exact = pathsBounds(dense);
      expect(exact.minX).toBeGreaterThanOrEqual(zone.bounds.minX);
      expect(exact.minY).toBeGreaterThanOrEqual(zone.bounds.minY);
      expect(exact.maxX).toBeLessThanOrEqual(zone.bounds.maxX);
      expect(exact.maxY).toBeLessThanOrEqual(zone.bounds.maxY);
      // Within about 10 m (1e-4°) of the exact box: a bound, but not a loose one.
      expect(exact.minY - zone.bounds.minY).toBeLessThan(1e5);
      expect(zone.bounds.maxX - exact.maxX).toBeLessThan(1e5);
      expect(dense.reduce((sum, path) => sum + path.length, 0)).toBeLessThanOrEqual(zone.vertexCount);
      expect(dense.reduce((sum, path) => sum + path.length, 0)).toBeGreaterThan(zone.vertexCount - 3);
    }
  });

  it('have no piece longer than the limit', () => {
    const { zones, frame } = preparedZones(features.slice(0, 20));
    for (const zone of zones) {
      for (const path of densifiedPaths(zone.paths, frame)) {
        for (let i = 0; i < path.length; i += 1) {
          const a = path[i]!;
          const b = path[(i + 1) % path.length]!;
          const span = Math.max(
            Math.abs(frame.longitude(b) - frame.longitude(a)) * Math.cos((frame.latitude(a) * Math.PI) / 180),
            Math.abs(frame.latitude(b) - frame.latitude(a)),
          );
          expect(span).toBeLessThanOrEqual(MAX_EDGE_DEGREES * (1 + 1e-9));
        }
      }
    }
  });
});
