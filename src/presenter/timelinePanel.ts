import { translate } from '../i18n/translate';
import { setTimelinePlaying, setTimelineYear } from '../state/actions';
import type { AppState, AppStore } from '../state/store';
import { element, replaceContent, type Unmount } from '../ui/dom';
import { subscribeToSlices } from '../ui/subscribe';
import { timelineChart } from './timelineChart';
import { playTimeline } from './timelinePlayer';
import { selectTourContext } from './tourNavigation';

/** The chart and its controls, shared by the planner's panel and the presenter's timeline step. */
export function timelineContent(state: AppState, store: AppStore, focusPrefix: string, size: 'compact' | 'large'): HTMLElement[] {
  const { language, coverage, timeline } = state;
  const { years } = selectTourContext(state);
  const controls = element(
    'div',
    { className: 'timeline-controls', attributes: { role: 'group', 'aria-label': translate(language, 'timeline.controls') } },
    element(
      'button',
      {
        className: 'timeline-play',
        attributes: { type: 'button', 'aria-pressed': timeline.playing ? 'true' : 'false', 'data-testid': 'timeline-play', 'data-focus-key': `${focusPrefix}play` },
        on: { click: () => (store.getState().timeline.playing ? setTimelinePlaying(store, false) : playTimeline(store)) },
      },
      translate(language, timeline.playing ? 'timeline.pause' : 'timeline.play'),
    ),
    ...years.map((year) =>
      element(
        'button',
        {
          className: 'chip',
          attributes: { type: 'button', 'aria-pressed': timeline.year === year ? 'true' : 'false', 'data-year': year, 'data-focus-key': `${focusPrefix}year:${year}` },
          on: { click: () => setTimelineYear(store, year) },
        },
        String(year),
      ),
    ),
    element(
      'button',
      {
        className: 'chip',
        attributes: { type: 'button', 'aria-pressed': timeline.year === null ? 'true' : 'false', 'data-year': 'all', 'data-focus-key': `${focusPrefix}all` },
        on: { click: () => setTimelineYear(store, null) },
      },
      translate(language, 'timeline.all'),
    ),
  );
  // The box keeps the chart's shape while the areas are computed, so the presenter's camera,
  // which keeps the map clear of the caption, frames the zones once.
  const chart = element('div', { className: `timeline-chart-box ${size}` });
  if (coverage.state !== 'ready') {
    const key = coverage.state === 'failed' ? 'coverage.failed' : 'coverage.computing';
    chart.appendChild(element('p', { className: 'computing' }, translate(language, key, coverage.state === 'failed' ? { reason: coverage.reason } : {})));
    return [chart, controls];
  }
  const { byPhaseCumulative, targetSquareMetres } = coverage.result;
  chart.appendChild(timelineChart(language, byPhaseCumulative, targetSquareMetres, timeline.year, size));
  return [chart, controls];
}

/**
 * Coverage over time in the planner view: the union of zones by year crossing the 600 km² line,
 * with play, a button per year and "all years". The map builds the zones up with it.
 */
export function mountTimelinePanel(container: HTMLElement, store: AppStore): Unmount {
  const render = () => {
    const state = store.getState();
    replaceContent(
      container,
      element('h2', {}, translate(state.language, 'timeline.title')),
      element('p', { className: 'timeline-note' }, translate(state.language, 'timeline.note')),
      ...timelineContent(state, store, 'panel:', 'compact'),
    );
  };
  render();
  return subscribeToSlices(store, (state) => [state.language, state.coverage, state.timeline, state.zones, state.filters], render);
}
