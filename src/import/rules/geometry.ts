import type { Geometry } from 'geojson';
import { isPlainObject, ownValue } from '../safeRecord';
import { checkLinearRing } from './linearRing';
import { checkPosition, checkPositions } from './position';
import { problem, type GeometryTally, type RuleProblem } from './ruleProblem';

export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
] as const;

/** GeometryCollections inside GeometryCollections deeper than this are refused (RFC 7946 §3.1.8 discourages any). */
const MAX_COLLECTION_DEPTH = 8;

export type GeometryVerdict =
  | { status: 'valid'; geometry: Geometry }
  /** No coordinates at all (`[]`): skipped with a note, not an error. */
  | { status: 'empty' }
  | { status: 'invalid'; problem: RuleProblem };

/**
 * RFC 7946 §3.1: the geometry's type is known and its coordinates have the shape that type
 * requires, every position valid, every ring a valid linear ring (unclosed rings are closed in
 * place and counted in `tally`). Returns the first problem only: one message per feature.
 */
export function checkGeometry(geometry: unknown, tally: GeometryTally, depth = 0): GeometryVerdict {
  if (!isPlainObject(geometry)) {
    return invalid(problem('geometry-type-unknown', { found: typeof geometry }));
  }
  const type = ownValue(geometry, 'type');
  if (typeof type !== 'string' || !(GEOMETRY_TYPES as readonly string[]).includes(type)) {
    const found = typeof type === 'string' ? type : 'missing';
    return invalid(problem('geometry-type-unknown', { found }));
  }
  if (type === 'GeometryCollection') return checkCollection(geometry, tally, depth);
  const coordinates = ownValue(geometry, 'coordinates');
  if (!Array.isArray(coordinates)) {
    return invalid(problem('coordinates-invalid', { where: type }));
  }
  if (coordinates.length === 0) return { status: 'empty' };
  const found = checkCoordinates(type, coordinates, tally);
  return found ? invalid(found) : { status: 'valid', geometry: geometry as unknown as Geometry };
}

function checkCoordinates(type: string, coordinates: unknown[], tally: GeometryTally): RuleProblem | null {
  switch (type) {
    case 'Point':
      return checkPosition(coordinates, () => 'the point', tally);
    case 'MultiPoint':
      return checkPositions(coordinates, '', tally);
    case 'LineString':
      return checkLine(coordinates, '', tally);
    case 'MultiLineString':
      return firstProblem(coordinates, (line, i) => checkLine(line, `line ${i}, `, tally));
    case 'Polygon':
      return firstProblem(coordinates, (ring, i) => checkLinearRing(ring, `ring ${i}, `, tally));
    default:
      return firstProblem(coordinates, (polygon, p) => {
        if (!Array.isArray(polygon) || polygon.length === 0) {
          return problem('coordinates-invalid', { where: `polygon ${p}` });
        }
        return firstProblem(polygon, (ring, r) => checkLinearRing(ring, `polygon ${p}, ring ${r}, `, tally));
      });
  }
}

function checkLine(line: unknown, prefix: string, tally: GeometryTally): RuleProblem | null {
  const place = prefix === '' ? 'the line' : prefix.replace(/, $/, '');
  if (!Array.isArray(line)) return problem('coordinates-invalid', { where: place });
  const found = checkPositions(line, prefix, tally);
  if (found) return found;
  if (line.length < 2) {
    return problem('line-too-short', { where: place, positions: line.length });
  }
  return null;
}

function checkCollection(geometry: Record<string, unknown>, tally: GeometryTally, depth: number): GeometryVerdict {
  if (depth >= MAX_COLLECTION_DEPTH) {
    return invalid(problem('nesting-too-deep', { limit: MAX_COLLECTION_DEPTH }));
  }
  const members = ownValue(geometry, 'geometries');
  if (!Array.isArray(members)) {
    return invalid(problem('coordinates-invalid', { where: 'GeometryCollection' }));
  }
  let anyValid = false;
  for (let i = 0; i < members.length; i += 1) {
    const verdict = checkGeometry(members[i], tally, depth + 1);
    if (verdict.status === 'invalid') {
      const inner = verdict.problem;
      const where = typeof inner.params.where === 'string' ? `geometry ${i}, ${inner.params.where}` : `geometry ${i}`;
      return invalid({ ...inner, params: { ...inner.params, where } });
    }
    if (verdict.status === 'valid') anyValid = true;
  }
  return anyValid ? { status: 'valid', geometry: geometry as unknown as Geometry } : { status: 'empty' };
}

function firstProblem(items: readonly unknown[], check: (item: unknown, index: number) => RuleProblem | null): RuleProblem | null {
  for (let i = 0; i < items.length; i += 1) {
    const found = check(items[i], i);
    if (found) return found;
  }
  return null;
}

function invalid(found: RuleProblem): GeometryVerdict {
  return { status: 'invalid', problem: found };
}
