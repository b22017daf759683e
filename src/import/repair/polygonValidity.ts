import type { MultiPolygon, Polygon } from 'geojson';
import { isCertainlyValidCoordinates } from '../../domain/areaValidity';
import { certifyValidAsDrawn } from '../../domain/validAsDrawn';
import { findRepairCauses, type RepairFinding } from '../../domain/zoneRepair';
import { polygonPaths } from './polygonPaths';

/**
 * What is invalid about an area (OGC simple-features sense), found with the area engine's own
 * tests: a ring that crosses itself (a bow-tie), a hole outside its shell, holes that overlap,
 * parts of a MultiPolygon that overlap. The common case, an outline certainly valid as drawn, skips
 * Clipper entirely. Touching without crossing changes no area and is not reported.
 */
export function findInvalidity(geometry: Polygon | MultiPolygon): RepairFinding[] {
  if (isCertainlyValidCoordinates(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)) {
    certifyValidAsDrawn(geometry);
    return [];
  }
  const { polygons } = polygonPaths(geometry);
  return findRepairCauses(polygons);
}
