import { selectZone, setFilters, setLanguage } from './actions';
import type { AppState, AppStore } from './store';
import { parseUrlState, writeUrlState, type UrlState } from './urlState';

function urlStateOf(state: AppState): UrlState {
  return { selectedZoneId: state.selectedZoneId, filters: state.filters, language: state.language };
}

/** Applies the hash to the store (at start and when a person edits the URL or goes back). */
function applyHash(store: AppStore): void {
  const urlState = parseUrlState(window.location.hash);
  setLanguage(store, urlState.language);
  setFilters(store, urlState.filters);
  selectZone(store, urlState.selectedZoneId);
}

/**
 * Keeps the URL hash and the store in step, both ways. Uses `replaceState` like MapLibre's hash
 * handler so panning or filtering does not flood the history. Returns the unsubscribe function.
 */
export function syncStoreWithHash(store: AppStore): () => void {
  applyHash(store);
  const writeHash = (state: AppState) => {
    const hash = writeUrlState(window.location.hash, urlStateOf(state));
    if (hash !== window.location.hash) {
      const url = new URL(window.location.href);
      url.hash = hash;
      window.history.replaceState(window.history.state, '', url.href);
    }
  };
  const unsubscribe = store.subscribe(
    (state) => [state.selectedZoneId, state.filters, state.language] as const,
    () => writeHash(store.getState()),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
  const onHashChange = () => applyHash(store);
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
