import { enterPresenter, leavePresenter, selectZone, setTimelineYear } from '../state/actions';
import type { AppState, AppStore } from '../state/store';
import { parsePresentationUrlState, writePresentationUrlState } from '../state/urlState';
import { OVERVIEW_STEP, TIMELINE_STEP } from './tourSteps';

/** Presenter mode, tour step and timeline year from the URL into the store. */
function applyUrl(store: AppStore): void {
  const url = parsePresentationUrlState(window.location.hash, window.location.search);
  const { presenter, timeline } = store.getState();
  if (url.presenting && (!presenter.active || (url.step !== null && url.step !== presenter.step))) {
    enterPresenter(store, url.step ?? undefined);
    // A link to a zone's step highlights that zone (dropped when the zones load if there is none).
    if (url.step && url.step !== OVERVIEW_STEP && url.step !== TIMELINE_STEP) selectZone(store, url.step);
  }
  if (!url.presenting && presenter.active) leavePresenter(store);
  if (url.year !== timeline.year) setTimelineYear(store, url.year);
}

function writeUrl(state: AppState): void {
  const presenting = state.presenter.active;
  const hash = writePresentationUrlState(window.location.hash, { presenting, step: state.presenter.step, year: state.timeline.year });
  const url = new URL(window.location.href);
  // `?present=1` opened presenter mode; once it is left, a reload should not bring it back.
  if (!presenting) url.searchParams.delete('present');
  url.hash = hash;
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
}

/**
 * Keeps `present=1`, `step=…` and `year=…` in the URL hash and the store in step, both ways,
 * beside the other parameters (src/state/hashSync.ts) and MapLibre's `map=`. Returns the
 * function that stops it.
 */
export function syncPresentationWithUrl(store: AppStore): () => void {
  applyUrl(store);
  const unsubscribe = store.subscribe(
    (state) => [state.presenter.active, state.presenter.step, state.timeline.year] as const,
    () => writeUrl(store.getState()),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
  const onHashChange = () => applyUrl(store);
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
