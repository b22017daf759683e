import { checkPositions } from './position';
import { problem, type GeometryTally, type RuleProblem } from './ruleProblem';

/**
 * RFC 7946 §3.1.6: a linear ring has at least four positions and its last equals its first. A
 * ring that is long enough but not closed is closed here (a copy of the first position appended)
 * and counted, so the feature gets one warning; a ring of fewer than four positions, closed or
 * not, is an error (closing three positions would invent a triangle nobody drew as a ring).
 */
export function checkLinearRing(ring: unknown, prefix: string, tally: GeometryTally): RuleProblem | null {
  const place = prefix.replace(/, $/, '');
  if (!Array.isArray(ring)) return problem('coordinates-invalid', { where: place });
  const found = checkPositions(ring, prefix, tally);
  if (found) return found;
  if (ring.length < 4) {
    return problem('ring-too-short', {
      where: place,
      positions: ring.length,
    });
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  // Closed means the same longitude and latitude; a differing height alone does not open a ring.
  if (first[0] !== last[0] || first[1] !== last[1]) {
    ring.push(first.slice());
    tally.unclosedRings += 1;
  }
  return null;
}
