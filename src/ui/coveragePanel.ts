import { COVERAGE_TARGET_SQUARE_METRES } from '../domain/zone';
import { formatInteger, formatPercent, formatSquareKilometres } from '../i18n/formatNumber';
import { translate, type Language } from '../i18n/translate';
import type { CoverageResult, GroupCoverage } from '../domain/coverage';
import { UNSPECIFIED_GROUP_KEY } from '../domain/unspecifiedGroup';
import { hasActiveFilters, selectZoneById } from '../state/selectors';
import type { AppState, AppStore } from '../state/store';
import { coverageGauge } from './coverageGauge';
import { element, replaceContent, type Unmount } from './dom';
import { districtLabel, kindLabel, scenarioLabel, zoneName } from './labels';
import { subscribeToSlices } from './subscribe';

function km2(language: Language, squareMetres: number): string {
  return formatSquareKilometres(language, squareMetres);
}

/** Union per group (overlaps inside the group counted once), with a bar relative to the largest. */
function breakdownList(language: Language, groups: readonly GroupCoverage[], testId: string, label: (key: string) => string) {
  const largest = Math.max(1, ...groups.map((group) => group.unionSquareMetres));
  return element(
    'ul',
    { className: 'breakdown', attributes: { 'data-testid': testId } },
    ...groups.map((group) =>
      element(
        'li',
        { attributes: { 'data-key': group.key } },
        element('span', { className: 'breakdown-name' }, group.key === UNSPECIFIED_GROUP_KEY ? translate(language, 'coverage.unspecified') : label(group.key)),
        element('span', { className: 'breakdown-bar', attributes: { 'aria-hidden': 'true' } }, element('span', { styles: { width: `${(group.unionSquareMetres / largest) * 100}%` } })),
        element('span', { className: 'breakdown-value' }, `${km2(language, group.unionSquareMetres)} ${translate(language, 'unit.km2')}`),
      ),
    ),
  );
}

const PAIRS_SHOWN = 10;

/**
 * The pairs a plain sum counts twice, largest first, by zone name; then how many pairs overlap and
 * by how much in all (the result lists only the largest, however many zones pile up).
 */
function overlapPairList(state: AppState, result: CoverageResult) {
  const { language } = state;
  const pairs = result.overlapPairs;
  if (pairs.length === 0) return element('p', { className: 'empty' }, translate(language, 'coverage.noOverlap'));
  const name = (id: string) => {
    const zone = selectZoneById(state, id);
    return zone ? zoneName(language, zone.properties) : id;
  };
  const shown = pairs.slice(0, PAIRS_SHOWN);
  const more = result.overlapPairCount - shown.length;
  return element(
    'div',
    {},
    element(
      'ul',
      { className: 'overlap-pairs', attributes: { 'data-testid': 'coverage-overlap-pairs' } },
      ...shown.map((pair) =>
        element('li', {}, `${name(pair.aId)} ∩ ${name(pair.bId)}: ${km2(language, pair.overlapSquareMetres)} ${translate(language, 'unit.km2')}`),
      ),
      more > 0 ? element('li', {}, `… +${formatInteger(language, more)}`) : null,
    ),
    element(
      'p',
      { className: 'overlap-pairs-total', attributes: { 'data-testid': 'coverage-overlap-pairs-total', 'data-pair-count': result.overlapPairCount } },
      translate(language, result.overlapPairsComplete ? 'coverage.overlapPairsTotal' : 'coverage.overlapPairsTotalPartial', {
        count: formatInteger(language, result.overlapPairCount),
        total: km2(language, result.overlapPairsTotalSquareMetres),
      }),
    ),
  );
}

function renderResult(state: AppState) {
  const { language, coverage, filters, districts } = state;
  if (coverage.state === 'idle' || coverage.state === 'computing') {
    const progress = coverage.state === 'computing' ? coverage.progress : 0;
    return [element('p', { className: 'computing', attributes: { 'data-testid': 'coverage-computing' } }, translate(language, 'coverage.computing'), progress > 0 ? ` ${formatPercent(language, progress)}` : '')];
  }
  if (coverage.state === 'failed') {
    return [element('p', { className: 'error', attributes: { 'data-testid': 'coverage-failed' } }, translate(language, 'coverage.failed', { reason: coverage.reason }))];
  }
  const result = coverage.result;
  const target = COVERAGE_TARGET_SQUARE_METRES;
  const remaining = target - result.unionSquareMetres;
  return [
    element(
      'p',
      { className: 'coverage-total', attributes: { 'data-testid': 'coverage-total', 'data-union-square-metres': result.unionSquareMetres } },
      translate(language, 'coverage.total', { union: km2(language, result.unionSquareMetres) }),
      hasActiveFilters(filters) ? element('span', { className: 'filtered-note' }, ' ', translate(language, 'coverage.filtered')) : null,
    ),
    coverageGauge(language, result.unionSquareMetres, target, 'coverage-gauge'),
    element('p', { className: 'coverage-percent' }, translate(language, 'coverage.ofTarget', { percent: formatPercent(language, result.unionSquareMetres / target), target: km2(language, target) })),
    element(
      'p',
      { className: 'coverage-remaining' },
      remaining > 0
        ? translate(language, 'coverage.remaining', { remaining: km2(language, remaining) })
        : translate(language, 'coverage.reached', { excess: km2(language, -remaining) }),
    ),
    element(
      'p',
      { className: 'coverage-overlap', attributes: { 'data-testid': 'coverage-overlap', 'data-overlap-square-metres': result.overlapSquareMetres } },
      translate(language, 'coverage.sum', { sum: km2(language, result.sumSquareMetres) }),
      language === 'zh-CN' ? '，' : ', ',
      translate(language, 'coverage.overlap', { overlap: km2(language, result.overlapSquareMetres) }),
    ),
    result.repairs.length > 0 ? element('p', { className: 'coverage-repairs' }, translate(language, 'coverage.repairs', { count: result.repairs.length })) : null,
    element('h3', {}, translate(language, 'coverage.byDistrict')),
    breakdownList(language, result.byDistrict, 'coverage-by-district', (key) => districtLabel(language, districts, key)),
    element(
      'details',
      { className: 'more-breakdowns', attributes: { 'data-testid': 'coverage-more' } },
      element('summary', {}, translate(language, 'coverage.more')),
      element('h3', {}, translate(language, 'coverage.byKind')),
      breakdownList(language, result.byKind, 'coverage-by-kind', (key) => kindLabel(language, key)),
      element('h3', {}, translate(language, 'coverage.byScenario')),
      breakdownList(language, result.byScenario, 'coverage-by-scenario', (key) => scenarioLabel(language, key)),
      element('h3', {}, translate(language, 'coverage.byPhase')),
      breakdownList(language, result.byPhase, 'coverage-by-phase', (key) => key),
      element('h3', {}, translate(language, 'coverage.overlapPairs')),
      overlapPairList(state, result),
    ),
    element('p', { className: 'method', attributes: { 'data-testid': 'area-method' } }, translate(language, 'coverage.method')),
  ];
}

/**
 * The dashboard: union area toward 600 km², the overlap a plain sum would double-count, by
 * district; by kind, scenario, phase and the overlapping pairs under "more".
 */
export function mountCoveragePanel(container: HTMLElement, store: AppStore): Unmount {
  const render = () => {
    const state = store.getState();
    replaceContent(container, element('h2', {}, translate(state.language, 'coverage.title')), ...renderResult(state));
  };
  render();
  return subscribeToSlices(store, (state) => [state.language, state.coverage, state.filters, state.districts, state.zones], render);
}
