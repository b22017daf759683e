import type { ZoneKind } from '../domain/zone';
import { translate, type MessageKey } from '../i18n/translate';
import { clearFilters, toggleFilterValue } from '../state/actions';
import { hasActiveFilters, selectFilterOptions, selectVisibleZones } from '../state/selectors';
import type { AppStore, ZoneFilters } from '../state/store';
import { element, replaceContent, type Unmount } from './dom';
import { districtLabel, kindLabel, scenarioLabel } from './labels';
import { subscribeToSlices } from './subscribe';

/**
 * Filter chips for district, kind and scenario: toggle buttons (`aria-pressed`); an untouched
 * group means "all". The map, list and totals all read the same filters from the store.
 */
export function mountFilterPanel(container: HTMLElement, store: AppStore): Unmount {
  const render = () => {
    const state = store.getState();
    const { language, filters, districts } = state;
    const options = selectFilterOptions(state);
    const group = <K extends keyof ZoneFilters>(dimension: K, titleKey: MessageKey, label: (value: string) => string) =>
      options[dimension].length > 0 &&
      element(
        'fieldset',
        { className: 'filter-group', attributes: { 'data-filter': dimension } },
        element('legend', {}, translate(language, titleKey)),
        ...options[dimension].map((value) =>
          element(
            'button',
            {
              className: 'chip',
              attributes: {
                type: 'button',
                'aria-pressed': (filters[dimension] as string[]).includes(value) ? 'true' : 'false',
                'data-value': value,
                'data-focus-key': `${dimension}:${value}`,
              },
              on: { click: () => toggleFilterValue(store, dimension, value as ZoneFilters[K][number]) },
            },
            label(value),
          ),
        ),
      );
    const active = hasActiveFilters(filters);
    replaceContent(
      container,
      element('h2', {}, translate(language, 'filters.title')),
      group('districts', 'filters.district', (value) => districtLabel(language, districts, value)),
      group('kinds', 'filters.kind', (value) => kindLabel(language, value as ZoneKind)),
      group('scenarios', 'filters.scenario', (value) => scenarioLabel(language, value)),
      active &&
        element(
          'p',
          { className: 'filter-summary', attributes: { 'data-testid': 'filter-summary' } },
          translate(language, 'filters.active', { shown: selectVisibleZones(state).length, total: state.zones.length }),
          ' ',
          element('button', { className: 'link-button', attributes: { type: 'button', 'data-focus-key': 'clear' }, on: { click: () => clearFilters(store) } }, translate(language, 'filters.clear')),
        ),
    );
  };
  render();
  return subscribeToSlices(store, (state) => [state.language, state.zones, state.filters, state.districts], render);
}
