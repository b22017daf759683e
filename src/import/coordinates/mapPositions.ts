import { copyOwnProperties, defineValue, isPlainObject, ownValue } from '../safeRecord';
import type { CoordinateBounds } from './detectSystem';

/** Turns one well-formed position into another; extra values (height…) are the caller's to keep. */
export type PositionMap = (position: readonly number[]) => number[];

/** Nesting of positions inside `coordinates` per geometry type: 0 is a position itself. */
const POSITION_DEPTH: Readonly<Record<string, number>> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

/** GeometryCollections deeper than this are left for the geometry rule to refuse. */
const MAX_COLLECTION_DEPTH = 9;

/**
 * A copy of a raw (unvalidated) geometry with `map` applied to every well-formed position, with
 * fresh arrays all the way down so later rules (closing rings, rewinding) never touch the
 * caller's data. Anything malformed is kept as found, for the geometry rules to report; nothing
 * here recurses deeper than the geometry type allows, so hostile nesting cannot overflow the stack.
 */
export function mapRawGeometry(geometry: unknown, map: PositionMap, collectionDepth = 0): unknown {
  if (!isPlainObject(geometry)) return geometry;
  const type = ownValue(geometry, 'type');
  const copy = copyOwnProperties(geometry);
  if (type === 'GeometryCollection') {
    const members = ownValue(geometry, 'geometries');
    if (Array.isArray(members) && collectionDepth < MAX_COLLECTION_DEPTH) {
      defineValue(copy, 'geometries', members.map((member) => mapRawGeometry(member, map, collectionDepth + 1)));
    }
    return copy;
  }
  const depth = typeof type === 'string' && Object.hasOwn(POSITION_DEPTH, type) ? POSITION_DEPTH[type] : undefined;
  const coordinates = ownValue(geometry, 'coordinates');
  if (depth !== undefined && Array.isArray(coordinates)) defineValue(copy, 'coordinates', mapLevel(coordinates, depth, map));
  // A bbox is in the old system once positions moved: recompute it (a copy keeps it as it was).
  if (map !== copyPosition && Object.hasOwn(copy, 'bbox')) {
    const bounds = rawBounds([copy]);
    if (bounds) defineValue(copy, 'bbox', [bounds.minX, bounds.minY, bounds.maxX, bounds.maxY]);
  }
  return copy;
}

function mapLevel(value: unknown, depth: number, map: PositionMap): unknown {
  if (depth === 0) return isWellFormedPosition(value) ? map(value) : value;
  return Array.isArray(value) ? value.map((item) => mapLevel(item, depth - 1, map)) : value;
}

/** Two or more values, the first two finite numbers. */
export function isWellFormedPosition(value: unknown): value is number[] {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]) && typeof value[0] === 'number' && typeof value[1] === 'number';
}

/** Copies a position unchanged: the identity map, used when nothing needs converting. */
export const copyPosition: PositionMap = (position) => position.slice();

/** Bounds of the well-formed positions of raw geometries, or null when there are none. */
export function rawBounds(geometries: readonly unknown[]): CoordinateBounds | null {
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const visit: PositionMap = (position) => {
    const [x, y] = position as [number, number];
    if (x < bounds.minX) bounds.minX = x;
    if (x > bounds.maxX) bounds.maxX = x;
    if (y < bounds.minY) bounds.minY = y;
    if (y > bounds.maxY) bounds.maxY = y;
    return position as number[];
  };
  for (const geometry of geometries) forEachRawPosition(geometry, visit);
  return bounds.minX === Infinity ? null : bounds;
}

function forEachRawPosition(geometry: unknown, visit: PositionMap, collectionDepth = 0): void {
  if (!isPlainObject(geometry)) return;
  const type = ownValue(geometry, 'type');
  if (type === 'GeometryCollection') {
    const members = ownValue(geometry, 'geometries');
    if (Array.isArray(members) && collectionDepth < MAX_COLLECTION_DEPTH) for (const member of members) forEachRawPosition(member, visit, collectionDepth + 1);
    return;
  }
  const depth = typeof type === 'string' && Object.hasOwn(POSITION_DEPTH, type) ? POSITION_DEPTH[type] : undefined;
  const coordinates = ownValue(geometry, 'coordinates');
  if (depth !== undefined && Array.isArray(coordinates)) visitLevel(coordinates, depth, visit);
}

function visitLevel(value: unknown, depth: number, visit: PositionMap): void {
  if (depth === 0) {
    if (isWellFormedPosition(value)) visit(value);
    return;
  }
  if (Array.isArray(value)) for (const item of value) visitLevel(item, depth - 1, visit);
}
