import { COVERAGE_TARGET_SQUARE_METRES } from '../domain/zone';
import type { AppState } from '../state/store';
import { coverageAtYear } from './timelineMath';

/** The coverage a gauge shows: the union of the zones on the map (up to the timeline's year), m². */
export type CoverageReading =
  | { ready: false; targetSquareMetres: number }
  | { ready: true; unionSquareMetres: number; targetSquareMetres: number; year: number | null };

export function selectCoverageReading(state: Pick<AppState, 'coverage' | 'timeline'>): CoverageReading {
  const { coverage, timeline } = state;
  if (coverage.state !== 'ready') return { ready: false, targetSquareMetres: COVERAGE_TARGET_SQUARE_METRES };
  const { result } = coverage;
  const unionSquareMetres = timeline.year === null ? result.unionSquareMetres : coverageAtYear(result.byPhaseCumulative, timeline.year);
  return { ready: true, unionSquareMetres, targetSquareMetres: result.targetSquareMetres, year: timeline.year };
}
