import { setTimelinePlaying, setTimelineYear } from '../state/actions';
import type { AppStore } from '../state/store';
import { selectTourContext } from './tourNavigation';

/** How long each year stays on screen while the timeline plays. */
export const TIMELINE_YEAR_MILLISECONDS = 1500;

/**
 * Plays the coverage timeline: from the first year (or the one shown, if not the last) the map
 * adds each year's zones in turn and stops at the last year, showing the final coverage.
 */
export function startTimelinePlayer(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const state = store.getState();
    if (!state.timeline.playing) return;
    const { years } = selectTourContext(state);
    const last = years[years.length - 1];
    if (last === undefined) {
      setTimelinePlaying(store, false);
      return;
    }
    const current = state.timeline.year;
    if (current === null) {
      setTimelineYear(store, years[0]!);
      return;
    }
    if (current >= last) {
      setTimelinePlaying(store, false);
      return;
    }
    timer = setTimeout(() => {
      const next = years.find((year) => year > current) ?? last;
      setTimelineYear(store, next);
      if (next >= last) setTimelinePlaying(store, false);
    }, TIMELINE_YEAR_MILLISECONDS);
  };
  const unsubscribe = store.subscribe(
    (state) => [state.timeline.playing, state.timeline.year] as const,
    schedule,
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/** Starts playing from the first year, unless a year before the last is already shown. */
export function playTimeline(store: AppStore): void {
  const state = store.getState();
  const { years } = selectTourContext(state);
  const first = years[0];
  if (first === undefined) return;
  const current = state.timeline.year;
  if (current === null || current >= years[years.length - 1]!) setTimelineYear(store, first);
  setTimelinePlaying(store, true);
}
