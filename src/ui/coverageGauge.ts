import { formatPercent } from '../i18n/formatNumber';
import { translate, type Language } from '../i18n/translate';
import { element } from './dom';

/**
 * The progress bar: its full width is the target or the covered area, whichever is larger, so
 * coverage beyond 600 km² shows as a bar running past the target mark.
 */
export function coverageGauge(language: Language, coveredSquareMetres: number, targetSquareMetres: number, testId?: string): HTMLElement {
  const fraction = coveredSquareMetres / targetSquareMetres;
  const scaleSquareMetres = Math.max(coveredSquareMetres, targetSquareMetres);
  return element(
    'div',
    {
      className: 'gauge',
      attributes: {
        role: 'progressbar',
        'aria-label': translate(language, 'coverage.gaugeLabel'),
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': Math.round(fraction * 1000) / 10,
        'aria-valuetext': formatPercent(language, fraction),
        'data-testid': testId,
      },
    },
    element('div', { className: 'gauge-fill', styles: { width: `${(Math.max(0, coveredSquareMetres) / scaleSquareMetres) * 100}%` } }),
    element('div', { className: 'gauge-target', attributes: { 'aria-hidden': 'true' }, styles: { left: `calc(${(targetSquareMetres / scaleSquareMetres) * 100}% - 1px)` } }),
  );
}

