import type { MultiPolygon, Polygon } from 'geojson';
import { isCertainlySimpleRing } from '../../domain/ringSimplicity';
import { findRepairCauses, type RepairFinding } from '../../domain/zoneRepair';
import { polygonPaths } from './polygonPaths';

/**
 * What is invalid about an area (OGC simple-features sense), found with the area engine's own
 * tests: a ring that crosses itself (a bow-tie), a hole outside its shell, holes that overlap,
 * parts of a MultiPolygon that overlap. The common case, one ring that is certainly simple, skips
 * Clipper entirely. Touching without crossing changes no area and is not reported.
 */
export function findInvalidity(geometry: Polygon | MultiPolygon): RepairFinding[] {
  const { polygons } = polygonPaths(geometry);
  const onlyRing = polygons.length === 1 && polygons[0]!.length === 1 ? polygons[0]![0]! : null;
  if (onlyRing && isCertainlySimpleRing(onlyRing)) return [];
  return findRepairCauses(polygons);
}
