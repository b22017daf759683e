import { formatSquareKilometres } from '../i18n/formatNumber';
import { translate } from '../i18n/translate';
import { cssColour, zoneKindColour } from '../map/zoneColours';
import { focusZone } from '../state/actions';
import { selectVisibleZones } from '../state/selectors';
import type { AppStore } from '../state/store';
import { element, replaceContent, type Unmount } from './dom';
import { districtLabel, kindLabel, zoneName } from './labels';
import { subscribeToSlices } from './subscribe';

/** The zones the filters let through, in file order; a click selects the zone and flies to it. */
export function mountZoneList(container: HTMLElement, store: AppStore): Unmount {
  const render = () => {
    const state = store.getState();
    const { language, districts, selectedZoneId, zoneAreaSquareMetresById } = state;
    const zones = selectVisibleZones(state);
    const items = zones.map((zone) => {
      const { id, kind, district } = zone.properties;
      const area = zoneAreaSquareMetresById[id];
      const selected = id === selectedZoneId;
      return element(
        'li',
        { attributes: { 'data-zone-id': id } },
        element(
          'button',
          {
            className: 'zone-item',
            attributes: { type: 'button', 'aria-current': selected ? 'true' : null, 'data-focus-key': `zone:${id}` },
            on: { click: () => focusZone(store, id) },
          },
          element('span', { className: 'swatch', attributes: { 'aria-hidden': 'true' }, styles: { background: cssColour(zoneKindColour(kind), 0.75) } }),
          element(
            'span',
            { className: 'zone-item-text' },
            element('span', { className: 'zone-name' }, zoneName(language, zone.properties)),
            element('span', { className: 'zone-meta' }, `${districtLabel(language, districts, district)} · ${kindLabel(language, kind)}`),
          ),
          element(
            'span',
            { className: 'zone-area' },
            area === undefined ? '…' : `${formatSquareKilometres(language, area)} ${translate(language, 'unit.km2')}`,
          ),
        ),
      );
    });
    replaceContent(
      container,
      element('h2', { attributes: { id: 'zone-list-title' } }, translate(language, 'list.title'), ' ', element('span', { className: 'count' }, translate(language, 'list.count', { count: zones.length }))),
      zones.length === 0 ? element('p', { className: 'empty' }, translate(language, state.zones.length === 0 ? 'list.noZones' : 'list.empty')) : null,
      element('ul', { className: 'zone-list', attributes: { 'data-testid': 'zone-list', 'aria-labelledby': 'zone-list-title' } }, ...items),
    );
  };
  render();
  return subscribeToSlices(
    store,
    (state) => [state.language, selectVisibleZones(state), state.selectedZoneId, state.zoneAreaSquareMetresById, state.districts],
    render,
  );
}
