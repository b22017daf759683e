import type { Paths64 } from 'clipper2-ts';
import { isCertainlyValidArea, orientedRings } from './areaValidity';
import { isCertifiedValidAsDrawn } from './validAsDrawn';
import type { Geometry } from 'geojson';
import { formatSquareKilometres, type CoverageRepair } from './coverageRepair';
import { pathsAreaSquareMetres } from './measurePaths';
import { pathsBounds, type Bounds, type PlanarFrame } from './planarFrame';
import { zoneFingerprint } from './zoneFingerprint';
import { zonePaths } from './zonePaths';
import { densifiedPath, densifiedPaths, densifiedSize } from './densePaths';
import { differs, doubledAreaAsDrawn, doubledAreaOfPaths, findRepairCauses, validZonePaths } from './zoneRepair';

/** A zone ready for unions: its own area and a valid, consistently oriented outline. */
export interface PreparedZone {
  index: number;
  id: string;
  /** The zone's own area in m²: exact GeographicLib area, or that of its repaired reading. */
  areaSquareMetres: number;
  /** Valid rings in frame units: outer rings counter-clockwise, holes clockwise. */
  paths: Paths64;
  bounds: Bounds;
  vertexCount: number;
  /** `zoneFingerprint` of `ownPaths`. */
  fingerprint: string;
  /** The rings as drawn (valid zones) or repaired, before long edges are split; the same as `paths` for repaired ones. */
  ownPaths: Paths64;
}

export type ZonePreparation =
  | { status: 'area'; zone: PreparedZone; repairs: CoverageRepair[] }
  | { status: 'not-an-area'; geometryType: string }
  | { status: 'excluded'; repairs: CoverageRepair[] };

/**
 * Measures one zone and makes its outline safe to union. Most zones are certainly valid as drawn
 * (areaValidity.ts, or already found so by the importer: validAsDrawn.ts): they keep their points
 * and their exact geodesic area, and skip Clipper. Anything else goes through
 * `validZonePaths`; if that changes the area, the repaired reading is measured and reported.
 */
export function prepareZone(geometry: Geometry | null | undefined, index: number, id: string, frame: PlanarFrame): ZonePreparation {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    return { status: 'not-an-area', geometryType: geometry ? String(geometry.type) : 'null' };
  }
  const built = zonePaths(geometry, frame);
  if ('problem' in built) {
    return {
      status: 'excluded',
      repairs: [repair(index, id, 'invalid-coordinates', `Zone ${describe(index, id)} left out of every total: ${built.detail}.`, { where: built.detail })],
    };
  }
  const repairs: CoverageRepair[] = [];
  if (built.unclosedRingCount > 0) {
    repairs.push(
      repair(index, id, 'ring-closed', `Zone ${describe(index, id)}: ${built.unclosedRingCount} ring(s) not closed; read as closed.`, {
        rings: built.unclosedRingCount,
      }),
    );
  }
  const literalAreaSquareMetres = built.literalAreaSquareMetres;
  if (isCertifiedValidAsDrawn(geometry) || isCertainlyValidArea(built.polygons)) {
    return { status: 'area', zone: validZone(index, id, literalAreaSquareMetres, orientedRings(built.polygons), frame), repairs };
  }
  // Not shown valid: repaired by Clipper on the split edges, as the union will clip them.
  const polygons = built.polygons.map((rings) => rings.map((ring) => densifiedPath(ring, frame)));
  const paths = validZonePaths(polygons);
  let areaSquareMetres = literalAreaSquareMetres;
  if (differs(doubledAreaAsDrawn(polygons), doubledAreaOfPaths(paths))) {
    areaSquareMetres = pathsAreaSquareMetres(paths, frame);
    const causes = findRepairCauses(polygons);
    const change = `${formatSquareKilometres(literalAreaSquareMetres)} as drawn → ${formatSquareKilometres(areaSquareMetres)} repaired`;
    const params = { literalSquareMetres: literalAreaSquareMetres, repairedSquareMetres: areaSquareMetres };
    if (causes.length === 0) {
      repairs.push(repair(index, id, 'invalid-polygon', `Zone ${describe(index, id)} is not a valid polygon; ${change}.`, params));
    }
    for (const cause of causes) {
      repairs.push(repair(index, id, cause.cause, `Zone ${describe(index, id)}: ${CAUSE_TEXT[cause.cause]} (${cause.where}); ${change}.`, { ...params, where: cause.where }));
    }
  }
  let vertexCount = 0;
  for (const path of paths) vertexCount += path.length;
  return {
    status: 'area',
    zone: { index, id, areaSquareMetres, paths, ownPaths: paths, bounds: pathsBounds(paths), vertexCount, fingerprint: zoneFingerprint(paths) },
    repairs,
  };
}

/**
 * A zone valid as drawn: its own rings, split along their geodesics only when `paths` is first
 * read (densePaths.ts); its box and vertex count are those of the split rings, known without them.
 */
function validZone(index: number, id: string, areaSquareMetres: number, rings: Paths64, frame: PlanarFrame): PreparedZone {
  const { vertexCount, bounds } = densifiedSize(rings, frame);
  let dense: Paths64 | null = null;
  return {
    index,
    id,
    areaSquareMetres,
    get paths(): Paths64 {
      dense ??= densifiedPaths(rings, frame);
      return dense;
    },
    ownPaths: rings,
    bounds,
    vertexCount,
    fingerprint: zoneFingerprint(rings),
  };
}

const CAUSE_TEXT = {
  'self-intersection': 'a ring crosses or overlaps itself, counted with the non-zero rule',
  'hole-outside-shell': 'a hole lies outside its shell, only its part inside the shell is removed',
  'overlapping-holes': 'holes overlap, their overlap is removed once',
  'overlapping-parts': 'parts overlap, their overlap counts once',
} as const;

export function describe(index: number, id: string): string {
  return `#${index} (${id})`;
}

export function repair(
  index: number,
  zoneId: string,
  kind: CoverageRepair['kind'],
  detail: string,
  params: Record<string, string | number>,
): CoverageRepair {
  return { index, zoneId, kind, detail, params };
}
