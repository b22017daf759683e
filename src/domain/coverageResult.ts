import type { Geometry } from 'geojson';
import type { GroupCoverage, PhaseCoverage } from './coverageBreakdown';
import type { CoverageRepair } from './coverageRepair';
import type { AREA_METHOD } from './geodesicArea';
import type { OverlapPair } from './overlapPairs';

/** A zone as the engine reads it: any GeoJSON feature; only Polygon and MultiPolygon have area. */
export interface CoverageFeature {
  id?: string | number;
  geometry: Geometry | null;
  properties?: Readonly<Record<string, unknown>> | null;
}

/** The breakdowns `computeCoverage` can compute; each costs about one more union of the zones. */
export const BREAKDOWN_NAMES = ['district', 'kind', 'scenario', 'phase', 'timeline'] as const;
export type BreakdownName = (typeof BREAKDOWN_NAMES)[number];

export interface CoverageOptions {
  /** The coverage target in m²; defaults to the plan's 600 km². */
  targetSquareMetres?: number;
  /** Called with the fraction done (0–1), at most every half percent. */
  onProgress?: (fraction: number) => void;
  /** Which breakdowns to compute: all (true, the default), none (false), or those listed. */
  breakdowns?: boolean | readonly BreakdownName[];
  /** The largest overlaps between pairs of zones, and their number and total (default true). */
  overlapPairs?: boolean;
  /** Stop computing pairs beyond this many bounding-box candidates (default 50,000). */
  maxCandidatePairs?: number;
}

export interface ZoneAreaEntry {
  index: number;
  id: string;
  /** The zone's own area in m²; 0 for a feature without area or one left out (see `repairs`). */
  areaSquareMetres: number;
  /** Whether the feature is an area that counts in the totals. */
  measured: boolean;
  geometryType: string;
}

export interface CoverageChecks {
  /** True when every internal consistency check held and nothing failed. */
  passed: boolean;
  failures: string[];
}

export interface CoverageResult {
  /** Area covered by at least one zone, overlaps counted once, m². */
  unionSquareMetres: number;
  /** Zones' own areas added up, m². */
  sumSquareMetres: number;
  /** What the plain sum double-counts: sum − union, m². */
  overlapSquareMetres: number;
  targetSquareMetres: number;
  /** union / target (1 = target reached; may exceed 1). */
  progress: number;
  /** target − union, or 0 once reached, m². */
  remainingSquareMetres: number;
  method: typeof AREA_METHOD;
  perZone: ZoneAreaEntry[];
  /** Features that have no area (points, lines, null geometry): listed, counted nowhere. */
  nonAreaZones: { index: number; id: string; geometryType: string }[];
  /** Union per group, largest first (empty when that breakdown was not asked for). */
  byDistrict: GroupCoverage[];
  byKind: GroupCoverage[];
  byScenario: GroupCoverage[];
  /** Union per phase, in phase order. */
  byPhase: GroupCoverage[];
  /** Union of every zone up to each phase: the coverage timeline. */
  byPhaseCumulative: PhaseCoverage[];
  /** The pairs of zones with the largest overlaps, largest first: at most 100, whatever the zones. */
  overlapPairs: OverlapPair[];
  /** How many pairs of zones overlap (of those examined; see `overlapPairsComplete`). */
  overlapPairCount: number;
  /** Those pairs' overlaps added up, m². */
  overlapPairsTotalSquareMetres: number;
  /** False when pairs were not asked for, or there were too many candidates and some were skipped. */
  overlapPairsComplete: boolean;
  repairs: CoverageRepair[];
  checks: CoverageChecks;
}
