import { setAutoplay } from '../state/actions';
import type { AppStore } from '../state/store';
import { goToNextStep, isAtTourEnd } from './tourNavigation';

/**
 * Autoplay: while it plays, the tour moves on every `intervalSeconds` (through each timeline year
 * too) and stops at the end. Any key pauses it (see presenterController.ts). Returns the function
 * that stops it.
 */
export function startAutoplay(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const { presenter } = store.getState();
    if (!presenter.active || !presenter.autoplay.playing) return;
    timer = setTimeout(() => {
      if (isAtTourEnd(store.getState())) setAutoplay(store, { playing: false });
      else goToNextStep(store);
      if (isAtTourEnd(store.getState())) setAutoplay(store, { playing: false });
    }, presenter.autoplay.intervalSeconds * 1000);
  };
  const unsubscribe = store.subscribe(
    (state) => [state.presenter.active, state.presenter.autoplay, state.presenter.step, state.timeline.year] as const,
    schedule,
    { equalityFn: (a, b) => a.every((value, index) => value === b[index]) },
  );
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
