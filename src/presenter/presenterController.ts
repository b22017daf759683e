import type { ZoneMap } from '../map/zoneMap';
import { enterPresenter, leavePresenter, setAutoplay, setBlanked, setDisplayScale, setTimelinePlaying } from '../state/actions';
import type { AppStore } from '../state/store';
import { describeKeyTarget, keyPausesAutoplay, presenterCommandFor, type PresenterCommand } from './presenterKeys';
import { roomScale } from './roomScale';
import { goToNextStep, goToPreviousStep, goToStep, selectTourContext } from './tourNavigation';
import { OVERVIEW_STEP, TIMELINE_STEP } from './tourSteps';

/** Full screen where the browser allows it (it needs a key press or click; a link alone cannot). */
export function requestFullscreen(): void {
  if (!document.fullscreenEnabled || document.fullscreenElement) return;
  document.documentElement.requestFullscreen().catch(() => undefined);
}

function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/** Enters presenter mode from a key press or click: at the overview, full screen. */
export function startPresenting(store: AppStore): void {
  enterPresenter(store, OVERVIEW_STEP);
  goToStep(store, OVERVIEW_STEP);
  requestFullscreen();
}

/** Carries out one presenter command. */
export function runPresenterCommand(store: AppStore, command: PresenterCommand): void {
  const { presenter } = store.getState();
  if (command === 'toggle' && !presenter.active) return startPresenting(store);
  if (command === 'toggle' || command === 'leave') return leavePresenter(store);
  if (command === 'blank') return setBlanked(store, !presenter.blanked);
  if (command === 'fullscreen') return document.fullscreenElement ? exitFullscreen() : requestFullscreen();
  // Like a slide show: the first press after a black screen brings the picture back.
  if (presenter.blanked) return setBlanked(store, false);
  if (command === 'next') goToNextStep(store);
  else if (command === 'previous') goToPreviousStep(store);
  else if (command === 'overview') goToStep(store, OVERVIEW_STEP);
  else if (command === 'end') {
    goToStep(store, TIMELINE_STEP);
    const { years } = selectTourContext(store.getState());
    const last = years[years.length - 1];
    if (last !== undefined) while (store.getState().timeline.year !== last) goToNextStep(store);
  }
}

/**
 * Presenter mode's effects outside the store: keys (P, the tour keys, B, Esc), full screen, the
 * `data-presenting` attribute the stylesheet keys on, room-sized type (`--room-scale` and the
 * store's `displayScale`), and the map's own arrow-key panning switched off while presenting so
 * the arrows only move the tour. Returns the function that undoes all of it.
 */
export function startPresenterController(store: AppStore, zoneMap: ZoneMap): () => void {
  const root = document.documentElement;
  let enteredFullscreen = false;

  const onKeyDown = (event: KeyboardEvent) => {
    const input = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, ...describeKeyTarget(event.target) };
    const { presenter, timeline } = store.getState();
    if (presenter.active && !input.targetIsEditable && keyPausesAutoplay(input)) {
      if (presenter.autoplay.playing) setAutoplay(store, { playing: false });
      if (timeline.playing) setTimelinePlaying(store, false);
    }
    const command = presenterCommandFor(input, presenter.active);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    runPresenterCommand(store, command);
  };

  const updateScale = () => {
    const scale = store.getState().presenter.active ? roomScale(window.innerWidth, window.innerHeight) : 1;
    root.style.setProperty('--room-scale', String(scale));
    setDisplayScale(store, scale);
  };

  const onFullscreenChange = () => {
    if (document.fullscreenElement) enteredFullscreen = true;
    // The browser takes Esc to leave full screen; leaving full screen that way leaves presenter mode.
    else if (enteredFullscreen) {
      enteredFullscreen = false;
      if (store.getState().presenter.active) leavePresenter(store);
    }
  };

  const apply = () => {
    const { active } = store.getState().presenter;
    if (active) {
      root.dataset.presenting = 'true';
      zoneMap.map.keyboard.disable();
    } else {
      delete root.dataset.presenting;
      zoneMap.map.keyboard.enable();
      exitFullscreen();
    }
    updateScale();
  };

  // Capture phase, so the map's and panels' own key handlers do not see a key the tour used.
  document.addEventListener('keydown', onKeyDown, { capture: true });
  document.addEventListener('fullscreenchange', onFullscreenChange);
  window.addEventListener('resize', updateScale);
  apply();
  const unsubscribe = store.subscribe((state) => state.presenter.active, apply);
  return () => {
    unsubscribe();
    document.removeEventListener('keydown', onKeyDown, { capture: true });
    document.removeEventListener('fullscreenchange', onFullscreenChange);
    window.removeEventListener('resize', updateScale);
  };
}
