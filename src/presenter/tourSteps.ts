import type { ZoneFeature } from '../domain/zone';
import { orderZonesForTour } from './tourOrder';

/**
 * The guided tour: an overview, one step per zone (in tour order), and the coverage timeline.
 * A step is named by a string, which is also what the URL carries (`step=…`): `overview`,
 * `timeline`, or a zone's `id`. The two reserved names win over a zone with the same id.
 */
export const OVERVIEW_STEP = 'overview';
export const TIMELINE_STEP = 'timeline';

export type TourStep = { kind: 'overview'; id: string } | { kind: 'zone'; id: string; zone: ZoneFeature } | { kind: 'timeline'; id: string };

/** Where the tour is: a step and, on the timeline step, the year the map shows (null: all years). */
export interface TourPosition {
  step: string;
  year: number | null;
}

export function tourSteps(zones: readonly ZoneFeature[]): TourStep[] {
  const zoneSteps = orderZonesForTour(zones)
    .filter((zone) => zone.properties.id !== OVERVIEW_STEP && zone.properties.id !== TIMELINE_STEP)
    .map((zone): TourStep => ({ kind: 'zone', id: zone.properties.id, zone }));
  return [{ kind: 'overview', id: OVERVIEW_STEP }, ...zoneSteps, { kind: 'timeline', id: TIMELINE_STEP }];
}

/** The index of a step by name; an unknown name (a zone since removed or filtered out) is the overview. */
export function stepIndex(steps: readonly TourStep[], stepId: string): number {
  const index = steps.findIndex((step) => step.id === stepId);
  return index < 0 ? 0 : index;
}

/** Distinct `phase` years of the zones, ascending: the timeline's stops. */
export function timelineYears(zones: readonly ZoneFeature[]): number[] {
  const years = new Set<number>();
  for (const zone of zones) {
    const phase = zone.properties.phase;
    if (typeof phase === 'number' && Number.isFinite(phase)) years.add(phase);
  }
  return [...years].sort((a, b) => a - b);
}

function positionAt(steps: readonly TourStep[], index: number, years: readonly number[], yearOnTimeline: 'first' | 'last'): TourPosition {
  const step = steps[index]!;
  if (step.kind !== 'timeline') return { step: step.id, year: null };
  const year = yearOnTimeline === 'first' ? years[0] : years[years.length - 1];
  return { step: step.id, year: year ?? null };
}

/**
 * The next position: the next step, except on the timeline, where each press first adds the next
 * year's zones (a clicker then plays the timeline). At the end it stays where it is.
 */
export function nextPosition(position: TourPosition, steps: readonly TourStep[], years: readonly number[]): TourPosition {
  const index = stepIndex(steps, position.step);
  const step = steps[index]!;
  if (step.kind === 'timeline') {
    const yearIndex = position.year === null ? -1 : years.indexOf(position.year);
    if (position.year !== null && yearIndex < 0) return { step: step.id, year: years.find((year) => year > position.year!) ?? years[years.length - 1] ?? null };
    if (yearIndex < years.length - 1) return { step: step.id, year: years[yearIndex + 1]! };
    return { step: step.id, year: position.year };
  }
  if (index >= steps.length - 1) return { step: step.id, year: null };
  return positionAt(steps, index + 1, years, 'first');
}

/** The previous position: back a year on the timeline, else back a step. At the overview it stays. */
export function previousPosition(position: TourPosition, steps: readonly TourStep[], years: readonly number[]): TourPosition {
  const index = stepIndex(steps, position.step);
  const step = steps[index]!;
  if (step.kind === 'timeline' && position.year !== null) {
    const earlier = years.filter((year) => year < position.year!);
    if (earlier.length > 0) return { step: step.id, year: earlier[earlier.length - 1]! };
  }
  if (index === 0) return { step: step.id, year: null };
  return positionAt(steps, index - 1, years, 'last');
}

/** Whether `nextPosition` would change nothing: the tour's last year of its last step. */
export function isTourEnd(position: TourPosition, steps: readonly TourStep[], years: readonly number[]): boolean {
  const next = nextPosition(position, steps, years);
  return next.step === position.step && next.year === position.year;
}
