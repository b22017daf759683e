import { showTourPosition } from '../state/actions';
import { selectVisibleZones } from '../state/selectors';
import type { AppState, AppStore } from '../state/store';
import { isTourEnd, nextPosition, previousPosition, stepIndex, timelineYears, tourSteps, type TourPosition, type TourStep } from './tourSteps';

export interface TourContext {
  steps: TourStep[];
  years: number[];
}

const contextCache = new WeakMap<object, TourContext>();

/** The tour of the zones the filters let through, memoised on that (immutable) array. */
export function selectTourContext(state: Pick<AppState, 'zones' | 'filters'>): TourContext {
  const zones = selectVisibleZones(state);
  let context = contextCache.get(zones);
  if (!context) contextCache.set(zones, (context = { steps: tourSteps(zones), years: timelineYears(zones) }));
  return context;
}

export function selectTourPosition(state: Pick<AppState, 'presenter' | 'timeline'>): TourPosition {
  return { step: state.presenter.step, year: state.timeline.year };
}

/** The step shown, once the zones are known; a step that names no zone shows the overview. */
export function selectCurrentStep(state: AppState): { step: TourStep; index: number; count: number } {
  const { steps } = selectTourContext(state);
  const index = stepIndex(steps, state.presenter.step);
  return { step: steps[index]!, index, count: steps.length };
}

function show(store: AppStore, position: TourPosition): void {
  const { steps } = selectTourContext(store.getState());
  const step = steps[stepIndex(steps, position.step)]!;
  showTourPosition(store, { step: step.id, year: step.kind === 'timeline' ? position.year : null }, step.kind === 'zone' ? step.id : null);
}

export function goToNextStep(store: AppStore): void {
  const state = store.getState();
  const { steps, years } = selectTourContext(state);
  show(store, nextPosition(selectTourPosition(state), steps, years));
}

export function goToPreviousStep(store: AppStore): void {
  const state = store.getState();
  const { steps, years } = selectTourContext(state);
  show(store, previousPosition(selectTourPosition(state), steps, years));
}

export function goToStep(store: AppStore, stepId: string): void {
  const { steps, years } = selectTourContext(store.getState());
  const step = steps[stepIndex(steps, stepId)]!;
  show(store, { step: step.id, year: step.kind === 'timeline' ? (years[0] ?? null) : null });
}

export function isAtTourEnd(state: AppState): boolean {
  const { steps, years } = selectTourContext(state);
  return isTourEnd(selectTourPosition(state), steps, years);
}
