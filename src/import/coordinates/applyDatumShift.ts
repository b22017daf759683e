import type { Geometry } from 'geojson';
import type { LoadedFeature } from '../importResult';
import { defineValue } from '../safeRecord';
import { membersAfterConversion } from './boundingBox';
import { datumShiftToWgs84, distanceMetres } from './datumShift';
import { mapRawGeometry } from './mapPositions';
import type { ShiftedDatum } from './sourceSystem';

/**
 * The loaded features moved from a declared GCJ-02/BD-09 to WGS-84: new feature and geometry
 * objects (the inputs stay as they are: they are the preview's "before"), with `bbox` members
 * recomputed. Also how far the shift moved them: the median over features of the move of their
 * first position, m.
 */
export function applyDatumShift(features: readonly LoadedFeature[], datum: ShiftedDatum): { features: LoadedFeature[]; shiftMetres: number } {
  const shift = datumShiftToWgs84(datum);
  const moves: number[] = [];
  const shifted = features.map((feature) => {
    const geometry = mapRawGeometry(feature.geometry, shift) as Geometry;
    const before = firstPosition(feature.geometry);
    const after = firstPosition(geometry);
    if (before && after) moves.push(distanceMetres(before, after));
    const copy = membersAfterConversion(feature as unknown as Record<string, unknown>, [geometry], false);
    defineValue(copy, 'geometry', geometry);
    return copy as unknown as LoadedFeature;
  });
  moves.sort((a, b) => a - b);
  return { features: shifted, shiftMetres: moves.length === 0 ? 0 : moves[Math.floor(moves.length / 2)]! };
}

function firstPosition(geometry: Geometry): number[] | null {
  let value: unknown = geometry.type === 'GeometryCollection' ? null : geometry.coordinates;
  while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
  return Array.isArray(value) && typeof value[0] === 'number' ? (value as number[]) : null;
}
