import {
  cumulativePhaseCoverage,
  districtKeys,
  groupCoverage,
  kindKeys,
  phaseKeys,
  scenarioKeys,
  type BreakdownEntry,
  type GroupCoverage,
  type GroupKeys,
  type PhaseCoverage,
} from './coverageBreakdown';
import { consistencyFailures } from './coverageChecks';
import type { CoverageRepair } from './coverageRepair';
import { BREAKDOWN_NAMES, type BreakdownName, type CoverageFeature, type CoverageOptions, type CoverageResult, type ZoneAreaEntry } from './coverageResult';
import { AREA_METHOD } from './geodesicArea';
import { DEFAULT_MAX_CANDIDATE_PAIRS, overlapPairs, type OverlapPair } from './overlapPairs';
import { PlanarFrame } from './planarFrame';
import { describe, prepareZone, repair, type PreparedZone } from './preparedZone';
import { ProgressReporter } from './progressReporter';
import { unionOfShapes } from './unionArea';
import { COVERAGE_TARGET_SQUARE_METRES } from './zone';

export type { CoverageRepair, GroupCoverage, OverlapPair, PhaseCoverage };
export type { BreakdownName, CoverageChecks, CoverageFeature, CoverageOptions, CoverageResult, ZoneAreaEntry } from './coverageResult';
export { BREAKDOWN_NAMES } from './coverageResult';
export { UNSPECIFIED_GROUP_KEY } from './unspecifiedGroup';

/**
 * Coverage of a set of zones: each zone's exact area, the union (overlaps once), the overlap a
 * plain sum double-counts, progress toward the target, breakdowns and the largest pairwise overlaps. Pure and
 * synchronous: the browser runs it in a Web Worker, the `zones` command and the tests directly.
 * Never throws: problems in a zone are repaired or the zone is left out, and either way reported
 * in `repairs`; anything inconsistent shows in `checks`.
 */
export function computeCoverage(features: readonly CoverageFeature[], options: CoverageOptions = {}): CoverageResult {
  const breakdownNames: readonly BreakdownName[] =
    options.breakdowns === false ? [] : options.breakdowns === true || options.breakdowns === undefined ? BREAKDOWN_NAMES : options.breakdowns;
  const wantPairs = options.overlapPairs !== false;
  // Relative costs measured on the benchmark's files: each breakdown costs about one union.
  const progress = new ProgressReporter(options.onProgress, {
    prepare: 10,
    union: 10,
    breakdowns: 9 * breakdownNames.length,
    pairs: wantPairs ? 20 : 0,
  });
  const frame = frameFor(features);
  const repairs: CoverageRepair[] = [];
  const failures: string[] = [];
  const perZone: ZoneAreaEntry[] = [];
  const nonAreaZones: CoverageResult['nonAreaZones'] = [];
  const zones: PreparedZone[] = [];
  const entries: BreakdownEntry[] = [];
  const firstWithOutline = new Map<string, PreparedZone>();

  features.forEach((feature, index) => {
    const id = zoneId(feature, index);
    const properties = feature.properties ?? {};
    const geometryType = feature.geometry ? String(feature.geometry.type) : 'null';
    let zone: PreparedZone | null = null;
    try {
      const prepared = prepareZone(feature.geometry, index, id, frame);
      if (prepared.status === 'not-an-area') nonAreaZones.push({ index, id, geometryType });
      else repairs.push(...prepared.repairs);
      if (prepared.status === 'area') zone = prepared.zone;
    } catch (error) {
      repairs.push(repair(index, id, 'internal-error', `Zone ${describe(index, id)} could not be measured (${String(error)}); left out.`, {}));
      failures.push(`zone ${describe(index, id)} could not be measured`);
    }
    if (zone) {
      zones.push(zone);
      const earlier = firstWithOutline.get(zone.fingerprint);
      if (earlier && Math.abs(earlier.areaSquareMetres - zone.areaSquareMetres) <= 1e-9 * zone.areaSquareMetres) {
        repairs.push(
          repair(index, id, 'duplicate-zone', `Zone ${describe(index, id)} has the same outline as zone ${describe(earlier.index, earlier.id)}; the union counts it once.`, {
            duplicateOfIndex: earlier.index,
            duplicateOfId: earlier.id,
          }),
        );
      } else if (!earlier) firstWithOutline.set(zone.fingerprint, zone);
    }
    perZone.push({ index, id, areaSquareMetres: zone?.areaSquareMetres ?? 0, measured: zone !== null, geometryType });
    entries.push({ zone, properties });
    progress.stage('prepare', (index + 1) / features.length);
  });
  progress.finish('prepare');

  const totalVertices = zones.reduce((sum, zone) => sum + zone.vertexCount, 0) || 1;
  let unionedVertices = 0;
  const union = unionOfShapes(zones, frame, {
    onVertices: (vertices) => {
      unionedVertices += vertices;
      progress.stage('union', unionedVertices / totalVertices);
    },
  });
  failures.push(...union.failures);
  progress.finish('union');

  const breakdowns = computeBreakdowns(entries, breakdownNames, frame, (fraction) => progress.stage('breakdowns', fraction));
  failures.push(...breakdowns.failures);
  progress.finish('breakdowns');

  const pairs = wantPairs
    ? overlapPairs(zones, frame, {
        maxCandidatePairs: options.maxCandidatePairs ?? DEFAULT_MAX_CANDIDATE_PAIRS,
        onPair: (done, total) => progress.stage('pairs', done / total),
      })
    : { pairs: [], pairCount: 0, totalSquareMetres: 0, candidatePairs: 0, complete: false };
  progress.finish('pairs');

  const sumSquareMetres = zones.reduce((sum, zone) => sum + zone.areaSquareMetres, 0);
  const unionSquareMetres = union.areaSquareMetres;
  const groupings = [breakdowns.byDistrict, breakdowns.byKind, breakdowns.byScenario, breakdowns.byPhase];
  failures.push(...consistencyFailures(unionSquareMetres, sumSquareMetres, zones, groupings));
  const targetSquareMetres = options.targetSquareMetres ?? COVERAGE_TARGET_SQUARE_METRES;
  return {
    unionSquareMetres,
    sumSquareMetres,
    overlapSquareMetres: Math.max(0, sumSquareMetres - unionSquareMetres),
    targetSquareMetres,
    progress: targetSquareMetres > 0 ? unionSquareMetres / targetSquareMetres : 0,
    remainingSquareMetres: Math.max(0, targetSquareMetres - unionSquareMetres),
    method: AREA_METHOD,
    perZone,
    nonAreaZones,
    byDistrict: breakdowns.byDistrict,
    byKind: breakdowns.byKind,
    byScenario: breakdowns.byScenario,
    byPhase: breakdowns.byPhase,
    byPhaseCumulative: breakdowns.byPhaseCumulative,
    overlapPairs: pairs.pairs,
    overlapPairCount: pairs.pairCount,
    overlapPairsTotalSquareMetres: pairs.totalSquareMetres,
    overlapPairsComplete: pairs.complete,
    repairs,
    checks: { passed: failures.length === 0, failures },
  };
}

/** The asked-for breakdowns; `onFraction` gets the share of them done (0–1). */
function computeBreakdowns(
  entries: readonly BreakdownEntry[],
  names: readonly BreakdownName[],
  frame: PlanarFrame,
  onFraction: (fraction: number) => void,
) {
  const failures: string[] = [];
  let done = 0;
  const run = (name: BreakdownName, keys: GroupKeys): GroupCoverage[] => {
    if (!names.includes(name)) return [];
    const outcome = groupCoverage(entries, keys, frame, (fraction) => onFraction((done + fraction) / names.length));
    failures.push(...outcome.failures);
    onFraction(++done / names.length);
    return outcome.groups;
  };
  const byDistrict = run('district', districtKeys);
  const byKind = run('kind', kindKeys);
  const byScenario = run('scenario', scenarioKeys);
  const byPhase = run('phase', phaseKeys);
  let byPhaseCumulative: PhaseCoverage[] = [];
  if (names.includes('timeline')) {
    const cumulative = cumulativePhaseCoverage(entries, frame, (fraction) => onFraction((done + fraction) / names.length));
    failures.push(...cumulative.failures);
    byPhaseCumulative = cumulative.phases;
  }
  return { byDistrict, byKind, byScenario, byPhase, byPhaseCumulative, failures };
}

/** The zone's `properties.id`, else the feature's `id`, else its position. */
function zoneId(feature: CoverageFeature, index: number): string {
  const fromProperties = feature.properties?.id;
  if (typeof fromProperties === 'string' && fromProperties !== '') return fromProperties;
  if (typeof fromProperties === 'number') return String(fromProperties);
  if (feature.id !== undefined && feature.id !== null && feature.id !== '') return String(feature.id);
  return `#${index}`;
}

/**
 * A frame with its origin at the first usable position (whole degrees), so coordinates stay
 * small, and its table sized for every position up front (growing it means copying it).
 */
function frameFor(features: readonly CoverageFeature[]): PlanarFrame {
  let origin: [number, number] | null = null;
  let positions = 0;
  for (const feature of features) {
    const geometry = feature.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const rings of polygons) for (const ring of rings) positions += Array.isArray(ring) ? ring.length : 0;
    const first = polygons[0]?.[0]?.[0];
    if (!origin && Array.isArray(first) && Number.isFinite(first[0]) && Number.isFinite(first[1]) && Math.abs(first[1]!) <= 90) {
      origin = [Math.round(first[0]!), Math.round(first[1]!)];
    }
  }
  // Densification adds points only to long edges; a tenth more covers digitised outlines.
  return new PlanarFrame(origin?.[0] ?? 0, origin?.[1] ?? 0, Math.ceil(positions * 1.1));
}
