import { OVERVIEW_STEP } from './tourSteps';

/** Presenter mode and the guided tour, as the store holds them. */
export interface PresenterState {
  active: boolean;
  /** The tour step shown: `overview`, `timeline` or a zone id (see tourSteps.ts). */
  step: string;
  /** Screen blanked (B): everything hidden behind black until B again. */
  blanked: boolean;
  autoplay: { playing: boolean; intervalSeconds: number };
}

/** The coverage timeline: the year the map builds up to (null: every zone) and whether it plays. */
export interface TimelineState {
  year: number | null;
  playing: boolean;
}

export const AUTOPLAY_INTERVALS_SECONDS: readonly number[] = [5, 10, 20, 30, 60];

export const INITIAL_PRESENTER_STATE: PresenterState = {
  active: false,
  step: OVERVIEW_STEP,
  blanked: false,
  autoplay: { playing: false, intervalSeconds: 10 },
};

export const INITIAL_TIMELINE_STATE: TimelineState = { year: null, playing: false };
