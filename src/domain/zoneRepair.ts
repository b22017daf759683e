import { ClipType, type Path64, type Paths64 } from 'clipper2-ts';
import { clip } from './clip';
import { doubledPlanarArea } from './planarFrame';

/**
 * Turns any zone outline into a valid set of rings (outer rings counter-clockwise, holes
 * clockwise, nothing crossing), the form every later union relies on, and explains what changed.
 *
 * Each polygon part is read as "inside its shell and outside its holes", whatever the winding:
 * Clipper's non-zero rule resolves a shell that crosses itself (a bow-tie becomes its two lobes,
 * the reading of GEOS/PostGIS `ST_MakeValid`), holes are subtracted from their own shell only (a
 * hole outside its shell removes nothing), and the parts of a MultiPolygon are unioned (parts that
 * overlap count once).
 */
export function validZonePaths(polygons: readonly Path64[][]): Paths64 {
  const parts: Paths64 = [];
  for (const rings of polygons) {
    if (rings.length === 0) continue;
    const [shell, ...holes] = rings;
    const part = holes.length === 0 ? clip(ClipType.Union, [shell!], null) : clip(ClipType.Difference, [shell!], holes);
    for (const path of part) parts.push(path);
  }
  return polygons.length > 1 ? clip(ClipType.Union, parts, null) : parts;
}

/** Twice the planar area the rings enclose if read literally: |shell| − Σ|holes|, parts summed. */
export function doubledAreaAsDrawn(polygons: readonly Path64[][]): number {
  let doubled = 0;
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      const ringArea = Math.abs(doubledPlanarArea(ring));
      doubled += index === 0 ? ringArea : -ringArea;
    });
  }
  return doubled;
}

export function doubledAreaOfPaths(paths: readonly Path64[]): number {
  let doubled = 0;
  for (const path of paths) doubled += doubledPlanarArea(path);
  return doubled;
}

export type RepairCause = 'self-intersection' | 'hole-outside-shell' | 'overlapping-holes' | 'overlapping-parts';

export interface RepairFinding {
  cause: RepairCause;
  /** Which part and ring, in words, e.g. "polygon 0, ring 0". */
  where: string;
}

/**
 * Why the valid reading of a zone differs from its literal area. Only runs for zones where the two
 * differ (rare), so it can afford a Clipper pass per ring.
 */
export function findRepairCauses(polygons: readonly Path64[][]): RepairFinding[] {
  const findings: RepairFinding[] = [];
  polygons.forEach((rings, partIndex) => {
    rings.forEach((ring, ringIndex) => {
      if (differs(doubledAreaOfPaths(clip(ClipType.Union, [ring], null)), Math.abs(doubledPlanarArea(ring)))) {
        findings.push({ cause: 'self-intersection', where: `polygon ${partIndex}, ring ${ringIndex}` });
      }
    });
    if (rings.length > 1) {
      const shellOnly = doubledAreaOfPaths(clip(ClipType.Union, [rings[0]!], null));
      const shellMinusHoles = doubledAreaOfPaths(clip(ClipType.Difference, [rings[0]!], rings.slice(1)));
      const holes = doubledAreaOfPaths(clip(ClipType.Union, rings.slice(1), null));
      if (differs(shellOnly - shellMinusHoles, holes)) {
        findings.push({ cause: 'hole-outside-shell', where: `polygon ${partIndex}` });
      }
      const holesSeparately = rings.slice(1).reduce((sum, hole) => sum + Math.abs(doubledPlanarArea(hole)), 0);
      if (differs(holesSeparately, holes)) findings.push({ cause: 'overlapping-holes', where: `polygon ${partIndex}` });
    }
  });
  if (polygons.length > 1) {
    const separately = polygons.reduce((sum, rings) => sum + doubledAreaOfPaths(validZonePaths([rings])), 0);
    if (differs(separately, doubledAreaOfPaths(validZonePaths(polygons)))) {
      findings.push({ cause: 'overlapping-parts', where: 'parts of the MultiPolygon' });
    }
  }
  return findings;
}

/**
 * Whether two doubled planar areas (frame units²) differ by more than rounding. Clipper keeps the
 * input points of a valid ring, so the areas of a valid zone agree to the last bits; 1e-9 relative
 * (plus a few units² for tiny rings) is far below any real repair.
 */
export function differs(doubledA: number, doubledB: number): boolean {
  return Math.abs(doubledA - doubledB) > 1e-9 * Math.max(Math.abs(doubledA), Math.abs(doubledB)) + 16;
}
