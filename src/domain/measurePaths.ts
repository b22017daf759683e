import type { Path64 } from 'clipper2-ts';
import { parallelAreaTerm } from './authalicAreaTerms';
import { edgeAreaTerm, libraryFlatRingArea, RingTerms } from './geodesicArea';
import type { PlanarFrame } from './planarFrame';

// One growing scratch buffer of longitude/latitude pairs, reused for every ring measured.
let scratch = new Float64Array(2 * 4096);
const ringTerms = new RingTerms();

/**
 * Geodesic area of Clipper output: the sum of its rings' signed areas, outer rings positive and
 * holes negative as Clipper orients them. Each point is measured at its exact recorded position
 * (see PlanarFrame), so a ring Clipper passes through unchanged measures exactly as the original.
 * An edge between two consecutive recorded vertices takes the S12 already computed for the zone's
 * own area (`PlanarFrame.edgeTerm`); only edges Clipper or a cut created are solved anew, and an
 * edge along a cut parallel takes the parallel's term (`PlanarFrame.horizontalCutOf`).
 * @returns area in m²
 */
export function pathsAreaSquareMetres(paths: readonly Path64[], frame: PlanarFrame): number {
  let area = 0;
  for (const path of paths) {
    const count = path.length;
    if (count < 3) continue;
    if (scratch.length < 2 * count) scratch = new Float64Array(2 * Math.max(count, scratch.length));
    for (let i = 0; i < count; i += 1) {
      const point = path[i]!;
      scratch[2 * i] = frame.longitude(point);
      scratch[2 * i + 1] = frame.latitude(point);
    }
    ringTerms.reset();
    for (let i = 0; i < count; i += 1) {
      const j = i + 1 === count ? 0 : i + 1;
      let term = frame.edgeTerm(path[i]!, path[j]!);
      if (Number.isNaN(term)) {
        const cut = frame.horizontalCutOf(path[i]!, path[j]!);
        term =
          cut === null
            ? edgeAreaTerm(scratch[2 * i]!, scratch[2 * i + 1]!, scratch[2 * j]!, scratch[2 * j + 1]!)
            : parallelAreaTerm(scratch[2 * i]!, scratch[2 * j]!, frame.latitudeOfY(cut));
      }
      ringTerms.add(term, scratch[2 * i]!, scratch[2 * j]!);
    }
    const ringArea = ringTerms.signedArea();
    area += Number.isNaN(ringArea) ? libraryFlatRingArea(scratch, 0, count) : ringArea;
  }
  return area;
}
