import gcoord from 'gcoord';
import type { ShiftedDatum } from './sourceSystem';
import type { PositionMap } from './mapPositions';

const GCOORD_SYSTEM = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/**
 * GCJ-02 or BD-09 longitude/latitude to WGS-84, by inverting gcoord's forward formulas (the
 * published ones) with fixed-point iteration until the forward image matches the file's position
 * to 1e-9° (0.1 mm): converting back gives the file's numbers, where gcoord's own inverse is off
 * by about 1e-7° (a centimetre). Costs about 10 µs a position (12 s for 1.2 million in Node).
 * gcoord's `transform` rewrites GeoJSON input in place, so it is only ever handed a fresh
 * two-number array; heights and extra values are carried over.
 */
export function datumShiftToWgs84(datum: ShiftedDatum): PositionMap {
  const from = GCOORD_SYSTEM[datum];
  const forward = (longitude: number, latitude: number) => gcoord.transform([longitude, latitude], gcoord.WGS84, from) as [number, number];
  return (position) => {
    const target = [position[0]!, position[1]!] as const;
    // Start from the file's own numbers: the shift varies slowly, so this converges in a few steps.
    let longitude = target[0];
    let latitude = target[1];
    for (let iteration = 0; iteration < MAX_ITERATIONS; iteration += 1) {
      const [forwardLongitude, forwardLatitude] = forward(longitude, latitude);
      const errorLongitude = forwardLongitude - target[0];
      const errorLatitude = forwardLatitude - target[1];
      if (Math.abs(errorLongitude) < TOLERANCE_DEGREES && Math.abs(errorLatitude) < TOLERANCE_DEGREES) break;
      longitude -= errorLongitude;
      latitude -= errorLatitude;
    }
    return [longitude, latitude, ...position.slice(2)];
  };
}

const MAX_ITERATIONS = 8;
const TOLERANCE_DEGREES = 1e-9;

const EARTH_MEAN_RADIUS_METRES = 6_371_008.8;

/** Great-circle distance between two lon/lat positions, m; enough to say how far a shift moved. */
export function distanceMetres(a: readonly number[], b: readonly number[]): number {
  const radians = Math.PI / 180;
  const dLatitude = (b[1]! - a[1]!) * radians;
  const dLongitude = (b[0]! - a[0]!) * radians;
  const h = Math.sin(dLatitude / 2) ** 2 + Math.cos(a[1]! * radians) * Math.cos(b[1]! * radians) * Math.sin(dLongitude / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}
