import { nestingDepthExceeds } from './nestingDepth';
import { problem, type GeometryTally, type RuleProblem } from './ruleProblem';

/**
 * RFC 7946 §3.1.1: a position is two or three finite numbers, longitude then latitude in degrees
 * (WGS-84). More than three is allowed but discouraged (counted, warned once per feature).
 * Out-of-range values usually mean projected metres or swapped axes, so the message says so.
 *
 * `where` names the position in the message ("ring 0, position 3"); it is only built when there is
 * a problem, since files hold millions of positions.
 */
export function checkPosition(position: unknown, where: () => string, tally: GeometryTally): RuleProblem | null {
  if (!Array.isArray(position)) {
    const place = where();
    return problem('coordinates-invalid', { where: place });
  }
  const longitude = position[0];
  const latitude = position[1];
  if (typeof longitude !== 'number' || typeof latitude !== 'number' || position.length < 2) {
    const place = where();
    if (position.some((value) => Array.isArray(value))) {
      if (nestingDepthExceeds(position)) return problem('nesting-too-deep', { where: place });
      return problem('coordinates-invalid', { where: place });
    }
    return problem('position-invalid', { where: place, value: describeValue(position) });
  }
  for (let i = 0; i < position.length; i += 1) {
    const value = position[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      const place = where();
      return problem('position-invalid', { where: place, value: describeValue(value) });
    }
  }
  if (position.length > 3) tally.positionsWithExtraValues += 1;
  if (longitude < -180 || longitude > 180) {
    const place = where();
    return problem('longitude-out-of-range', {
      where: place,
      longitude,
      latitude,
      likelyCause: likelyCause(longitude, latitude),
    });
  }
  if (latitude < -90 || latitude > 90) {
    const place = where();
    return problem('latitude-out-of-range', {
      where: place,
      longitude,
      latitude,
      likelyCause: likelyCause(longitude, latitude),
    });
  }
  return null;
}

/** Checks every position of an array; the first problem, or null. `prefix` is e.g. "ring 0, ". */
export function checkPositions(positions: readonly unknown[], prefix: string, tally: GeometryTally): RuleProblem | null {
  for (let i = 0; i < positions.length; i += 1) {
    const position = positions[i];
    if (isPlainPosition(position)) continue;
    const found = checkPosition(position, () => `${prefix}position ${i}`, tally);
    if (found) return found;
  }
  return null;
}

/** The common case, checked without allocating: [lon, lat] or [lon, lat, height], all in range. */
function isPlainPosition(position: unknown): boolean {
  if (!Array.isArray(position)) return false;
  const length = position.length;
  if (length !== 2 && length !== 3) return false;
  const longitude = position[0];
  const latitude = position[1];
  // Range comparisons are false for NaN, and the ranges exclude ±Infinity.
  if (typeof longitude !== 'number' || !(longitude >= -180 && longitude <= 180)) return false;
  if (typeof latitude !== 'number' || !(latitude >= -90 && latitude <= 90)) return false;
  return length === 2 || (typeof position[2] === 'number' && Number.isFinite(position[2]));
}

/** What an out-of-range position most likely means; the catalogues word it (`likelyCause`). */
function likelyCause(longitude: number, latitude: number): 'projected-metres' | 'axes-swapped' | 'none' {
  if (Math.abs(longitude) > 1000 || Math.abs(latitude) > 1000) return 'projected-metres';
  if (Math.abs(longitude) <= 90 && Math.abs(latitude) <= 180) return 'axes-swapped';
  return 'none';
}

/** The value as JSON text, cut at 40 characters: the same in every language. */
function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value; // nested too deeply to print
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
