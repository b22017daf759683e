import { ZONE_KINDS } from '../domain/zone';
import { formatPercent, formatSquareKilometres } from '../i18n/formatNumber';
import { translate, type Language } from '../i18n/translate';
import { cssColour, zoneKindColour } from '../map/zoneColours';
import type { ZoneMap } from '../map/zoneMap';
import { downloadPicture, exportMapPicture } from '../persist/exportPng';
import { raiseAlert, setAutoplay } from '../state/actions';
import { selectVisibleZones } from '../state/selectors';
import type { AppState, AppStore } from '../state/store';
import { coverageGauge } from '../ui/coverageGauge';
import { element, replaceContent, type Unmount } from '../ui/dom';
import { districtLabel, kindLabel, scenarioLabel, zoneName } from '../ui/labels';
import { subscribeToSlices } from '../ui/subscribe';
import { selectCoverageReading } from './coverageReading';
import { runPresenterCommand } from './presenterController';
import { AUTOPLAY_INTERVALS_SECONDS } from './presenterState';
import { timelineContent } from './timelinePanel';
import type { CoveredEdges } from './tourCamera';
import { selectCurrentStep } from './tourNavigation';
import type { TourStep } from './tourSteps';

function km2(language: Language, squareMetres: number): string {
  return `${formatSquareKilometres(language, squareMetres)} ${translate(language, 'unit.km2')}`;
}

/** km² of 600 and %, always on screen while presenting. */
function gauge(state: AppState): HTMLElement {
  const { language } = state;
  const reading = selectCoverageReading(state);
  const target = reading.targetSquareMetres;
  if (!reading.ready) {
    return element('div', { className: 'presenter-gauge', attributes: { 'data-testid': 'presenter-gauge' } }, element('p', { className: 'gauge-heading' }, translate(language, 'coverage.computing')));
  }
  const fraction = reading.unionSquareMetres / target;
  return element(
    'div',
    { className: 'presenter-gauge', attributes: { 'data-testid': 'presenter-gauge', 'data-union-square-metres': reading.unionSquareMetres } },
    element('p', { className: 'gauge-heading' }, reading.year === null ? translate(language, 'presenter.gaugeTitle') : translate(language, 'presenter.gaugeYear', { year: reading.year })),
    element(
      'p',
      { className: 'gauge-value' },
      element('strong', {}, formatSquareKilometres(language, reading.unionSquareMetres)),
      ` / ${formatSquareKilometres(language, target)} ${translate(language, 'unit.km2')}`,
      element('span', { className: 'gauge-percent' }, formatPercent(language, fraction)),
    ),
    coverageGauge(language, reading.unionSquareMetres, target),
    // The number the room will quote, so how it was measured is on screen with it.
    element('p', { className: 'gauge-method', attributes: { 'data-testid': 'presenter-area-method' } }, translate(language, 'coverage.methodShort')),
  );
}

function legend(language: Language): HTMLElement {
  return element(
    'ul',
    { className: 'presenter-legend', attributes: { 'aria-label': translate(language, 'presenter.legend') } },
    ...ZONE_KINDS.map((kind) =>
      element(
        'li',
        {},
        element('span', { className: 'swatch', attributes: { 'aria-hidden': 'true' }, styles: { background: cssColour(zoneKindColour(kind), 0.85), 'border-color': cssColour(zoneKindColour(kind)) } }),
        kindLabel(language, kind),
      ),
    ),
  );
}

function zoneCaption(state: AppState, step: Extract<TourStep, { kind: 'zone' }>): HTMLElement[] {
  const { language, districts, zoneAreaSquareMetresById } = state;
  const properties = step.zone.properties;
  const area = zoneAreaSquareMetresById.get(properties.id);
  const description = language === 'zh-CN' ? properties.description_zh : properties.description_en;
  const separator = language === 'zh-CN' ? '、' : ', ';
  const item = (labelKey: Parameters<typeof translate>[1], value: string) => [element('dt', {}, translate(language, labelKey)), element('dd', {}, value)];
  return [
    element('h2', { attributes: { id: 'tour-caption-title' } }, zoneName(language, properties)),
    element('p', { className: 'other-name' }, language === 'zh-CN' ? properties.name_en : properties.name_zh),
    element(
      'dl',
      {},
      ...item('field.district', districtLabel(language, districts, properties.district)),
      ...item('field.kind', kindLabel(language, properties.kind)),
      ...item('field.scenarios', properties.scenarios.map((scenario) => scenarioLabel(language, scenario)).join(separator)),
      ...item('field.area', area === undefined ? '…' : km2(language, area)),
      ...(description ? item('field.description', String(description)) : []),
    ),
  ];
}

function caption(state: AppState, store: AppStore): HTMLElement {
  const { language } = state;
  const zones = selectVisibleZones(state);
  const { step, index, count } = selectCurrentStep(state);
  let body: HTMLElement[];
  if (state.zones.length === 0) body = [element('h2', { attributes: { id: 'tour-caption-title' } }, translate(language, 'presenter.loading'))];
  else if (step.kind === 'zone') body = zoneCaption(state, step);
  else if (step.kind === 'timeline') body = [element('h2', { attributes: { id: 'tour-caption-title' } }, translate(language, 'timeline.title')), ...timelineContent(state, store, 'presenter:', 'large')];
  else {
    const reading = selectCoverageReading(state);
    body = [
      element('h2', { attributes: { id: 'tour-caption-title' } }, translate(language, 'presenter.overview')),
      element(
        'p',
        {},
        translate(language, 'presenter.overviewText', {
          count: zones.length,
          union: reading.ready ? formatSquareKilometres(language, reading.unionSquareMetres) : '…',
          target: formatSquareKilometres(language, reading.targetSquareMetres),
        }),
      ),
      element('p', { className: 'presenter-hint' }, translate(language, 'presenter.keysHint')),
    ];
  }
  return element(
    'section',
    {
      className: `presenter-caption step-${step.kind}`,
      attributes: { 'aria-labelledby': 'tour-caption-title', 'data-testid': 'tour-caption', 'data-step': step.id },
    },
    element('p', { className: 'step-counter' }, translate(language, 'presenter.step', { index: index + 1, count })),
    ...body,
  );
}

function controls(state: AppState, store: AppStore, exportPicture: () => void): HTMLElement {
  const { language, presenter } = state;
  const button = (key: string, labelKey: Parameters<typeof translate>[1], onClick: () => void, pressed?: boolean) =>
    element(
      'button',
      {
        className: 'presenter-button',
        attributes: { type: 'button', 'data-focus-key': key, 'data-testid': `presenter-${key}`, 'aria-pressed': pressed === undefined ? null : pressed ? 'true' : 'false' },
        on: { click: onClick },
      },
      translate(language, labelKey),
    );
  const interval = element(
    'select',
    {
      attributes: { 'aria-label': translate(language, 'presenter.interval'), 'data-focus-key': 'interval', 'data-testid': 'presenter-interval' },
      on: { change: (event) => setAutoplay(store, { intervalSeconds: Number((event.target as HTMLSelectElement).value) }) },
    },
    ...AUTOPLAY_INTERVALS_SECONDS.map((seconds) =>
      element('option', { attributes: { value: seconds, selected: seconds === presenter.autoplay.intervalSeconds } }, translate(language, 'presenter.seconds', { seconds })),
    ),
  );
  return element(
    'nav',
    { className: 'presenter-controls', attributes: { 'aria-label': translate(language, 'presenter.controls') } },
    button('previous', 'presenter.previous', () => runPresenterCommand(store, 'previous')),
    button('next', 'presenter.next', () => runPresenterCommand(store, 'next')),
    button('overview', 'presenter.overview', () => runPresenterCommand(store, 'overview')),
    button('autoplay', presenter.autoplay.playing ? 'presenter.pause' : 'presenter.autoplay', () => setAutoplay(store, { playing: !store.getState().presenter.autoplay.playing }), presenter.autoplay.playing),
    interval,
    button('blank', 'presenter.blank', () => runPresenterCommand(store, 'blank')),
    button('fullscreen', 'presenter.fullscreen', () => runPresenterCommand(store, 'fullscreen')),
    button('export', 'presenter.export', exportPicture),
    button('leave', 'presenter.leave', () => runPresenterCommand(store, 'leave')),
  );
}

/**
 * The presenter's screen over the map: title and the illustrative-outline notice, the coverage
 * gauge (always visible), the tour caption, the legend, the controls (keyboard reachable; the
 * keys work anywhere) and the black screen. `coveredEdges` tells the tour camera what to keep
 * clear.
 */
export function mountPresenterView(container: HTMLElement, store: AppStore, zoneMap: ZoneMap): { unmount: Unmount; coveredEdges: () => CoveredEdges } {
  // The picture as the room sees it: this screen's resolution, dark theme, with gauge and legend.
  const exportPicture = () => {
    void exportMapPicture(zoneMap, store.getState(), 'screen').then(downloadPicture, (error: unknown) => {
      raiseAlert(store, 'error', 'export.failed', { reason: error instanceof Error ? error.message : String(error) });
    });
  };
  const top = element('div', { className: 'presenter-top' });
  const bottom = element('div', { className: 'presenter-bottom' });
  const blank = element('div', { className: 'blank-screen', attributes: { 'data-testid': 'blank-screen', role: 'status' } });
  container.append(top, bottom, blank);

  const render = () => {
    const state = store.getState();
    const { language, presenter, zones } = state;
    container.hidden = !presenter.active;
    if (!presenter.active) {
      // Nothing of the presenter's screen stays in the page (its controls would share test ids and labels).
      top.replaceChildren();
      bottom.replaceChildren();
      blank.hidden = true;
      return;
    }
    const anyIllustrative = zones.some((zone) => zone.properties.geometry_status !== 'authoritative');
    replaceContent(
      top,
      element(
        'div',
        { className: 'presenter-title' },
        element('p', { className: 'presenter-heading' }, translate(language, 'app.title')),
        anyIllustrative && element('p', { className: 'illustrative-notice' }, translate(language, 'app.illustrative')),
        legend(language),
      ),
      gauge(state),
    );
    replaceContent(bottom, caption(state, store), controls(state, store, exportPicture));
    blank.hidden = !presenter.blanked;
    replaceContent(blank, presenter.blanked ? element('span', { className: 'visually-hidden' }, translate(language, 'presenter.blanked')) : null);
  };
  render();
  const unsubscribe = subscribeToSlices(
    store,
    (state) => [state.language, state.presenter, state.timeline, state.coverage, state.zones, state.filters, state.zoneAreaSquareMetresById, state.districts],
    render,
  );
  const coveredEdges = (): CoveredEdges => {
    const box = container.getBoundingClientRect();
    if (container.hidden || box.height === 0) return { top: 0, bottom: 0, left: 0, right: 0 };
    const topEdge = Math.max(0, top.getBoundingClientRect().bottom - box.top);
    const captionElement = bottom.querySelector('.presenter-caption');
    if (!captionElement) return { top: topEdge, bottom: 0, left: 0, right: 0 };
    const captionBox = captionElement.getBoundingClientRect();
    // The caption sits in the bottom-left corner: keep the map clear of it on whichever side leaves more room.
    const besideIt = (box.right - captionBox.right) * (box.height - topEdge);
    const aboveIt = box.width * (captionBox.top - box.top - topEdge);
    const controlsElement = bottom.querySelector('.presenter-controls');
    const controlsEdge = controlsElement ? Math.max(0, box.bottom - controlsElement.getBoundingClientRect().top) : 0;
    return besideIt > aboveIt
      ? { top: topEdge, bottom: controlsEdge, left: Math.max(0, captionBox.right - box.left), right: 0 }
      : { top: topEdge, bottom: Math.max(0, box.bottom - captionBox.top), left: 0, right: 0 };
  };
  return {
    unmount: () => {
      unsubscribe();
      container.replaceChildren();
    },
    coveredEdges,
  };
}
