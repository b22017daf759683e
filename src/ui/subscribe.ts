import { shallow } from 'zustand/vanilla/shallow';
import type { AppState, AppStore } from '../state/store';

/**
 * Calls `render` whenever any of the values `select` picks changes (compared one by one), so a
 * panel redraws only for the slices it shows.
 */
export function subscribeToSlices(store: AppStore, select: (state: AppState) => readonly unknown[], render: () => void): () => void {
  return store.subscribe(select, render, { equalityFn: shallow });
}
