import type { Path64 } from 'clipper2-ts';
import { signedFlatRingAreaSquareMetres } from './geodesicArea';
import type { PlanarFrame } from './planarFrame';

// One growing scratch buffer of longitude/latitude pairs, reused for every ring measured.
let scratch = new Float64Array(2 * 4096);

/**
 * Geodesic area of Clipper output: the sum of its rings' signed areas, outer rings positive and
 * holes negative as Clipper orients them. Each point is measured at its exact recorded position
 * (see PlanarFrame), so a ring Clipper passes through unchanged measures exactly as the original.
 * @returns area in m²
 */
export function pathsAreaSquareMetres(paths: readonly Path64[], frame: PlanarFrame): number {
  let area = 0;
  for (const path of paths) {
    if (path.length < 3) continue;
    if (scratch.length < 2 * path.length) scratch = new Float64Array(2 * Math.max(path.length, scratch.length));
    for (let i = 0; i < path.length; i += 1) {
      const point = path[i]!;
      scratch[2 * i] = frame.longitude(point);
      scratch[2 * i + 1] = frame.latitude(point);
    }
    area += signedFlatRingAreaSquareMetres(scratch, 0, path.length);
  }
  return area;
}
