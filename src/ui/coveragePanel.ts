import { COVERAGE_TARGET_SQUARE_METRES } from '../domain/zone';
import { formatPercent, formatSquareKilometres } from '../i18n/formatNumber';
import { translate, type Language } from '../i18n/translate';
import { hasActiveFilters } from '../state/selectors';
import type { AppState, AppStore } from '../state/store';
import { coverageGauge } from './coverageGauge';
import { element, replaceContent, type Unmount } from './dom';
import { districtLabel } from './labels';
import { subscribeToSlices } from './subscribe';

function km2(language: Language, squareMetres: number): string {
  return formatSquareKilometres(language, squareMetres);
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
  const largestDistrict = Math.max(1, ...result.byDistrict.map((entry) => entry.unionSquareMetres));
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
    element(
      'ul',
      { className: 'district-breakdown', attributes: { 'data-testid': 'coverage-by-district' } },
      ...result.byDistrict.map((entry) =>
        element(
          'li',
          { attributes: { 'data-district': entry.key } },
          element('span', { className: 'breakdown-name' }, districtLabel(language, districts, entry.key)),
          element('span', { className: 'breakdown-bar', attributes: { 'aria-hidden': 'true' } }, element('span', { styles: { width: `${(entry.unionSquareMetres / largestDistrict) * 100}%` } })),
          element('span', { className: 'breakdown-value' }, `${km2(language, entry.unionSquareMetres)} ${translate(language, 'unit.km2')}`),
        ),
      ),
    ),
    element('p', { className: 'method', attributes: { 'data-testid': 'area-method' } }, translate(language, 'coverage.method')),
  ];
}

/** The dashboard: union area toward 600 km², the overlap a plain sum would double-count, by district. */
export function mountCoveragePanel(container: HTMLElement, store: AppStore): Unmount {
  const render = () => {
    const state = store.getState();
    replaceContent(container, element('h2', {}, translate(state.language, 'coverage.title')), ...renderResult(state));
  };
  render();
  return subscribeToSlices(store, (state) => [state.language, state.coverage, state.filters, state.districts], render);
}
