import type { ZoneFeature } from '../domain/zone';
import { formatSquareKilometres } from '../i18n/formatNumber';
import { translate } from '../i18n/translate';
import { cssColour, zoneKindColour } from '../map/zoneColours';
import { focusZone } from '../state/actions';
import { selectVisibleZones } from '../state/selectors';
import type { AppState, AppStore } from '../state/store';
import { yieldToMain } from '../worker/mainThreadSlices';
import { element, replaceContent, type Unmount } from './dom';
import { districtLabel, kindLabel, zoneName } from './labels';
import { subscribeToSlices } from './subscribe';

/**
 * Items built in the first task; the rest follow in tasks of this many. A file of thousands of
 * zones built at once cost a task of 250 ms per 758 zones (building and laying out the items).
 */
const ITEMS_PER_TASK = 250;

function zoneItem(state: AppState, store: AppStore, zone: ZoneFeature): HTMLElement {
  const { language, districts, selectedZoneId, zoneAreaSquareMetresById } = state;
  const { id, kind, district } = zone.properties;
  const area = zoneAreaSquareMetresById[id];
  return element(
    'li',
    { attributes: { 'data-zone-id': id } },
    element(
      'button',
      {
        className: 'zone-item',
        attributes: { type: 'button', 'aria-current': id === selectedZoneId ? 'true' : null, 'data-focus-key': `zone:${id}` },
        on: { click: () => focusZone(store, id) },
      },
      element('span', { className: 'swatch', attributes: { 'aria-hidden': 'true' }, styles: { background: cssColour(zoneKindColour(kind), 0.75) } }),
      element(
        'span',
        { className: 'zone-item-text' },
        element('span', { className: 'zone-name' }, zoneName(language, zone.properties)),
        element('span', { className: 'zone-meta' }, `${districtLabel(language, districts, district)} · ${kindLabel(language, kind)}`),
      ),
      element('span', { className: 'zone-area' }, area === undefined ? '…' : `${formatSquareKilometres(language, area)} ${translate(language, 'unit.km2')}`),
    ),
  );
}

/**
 * The zones the filters let through, in file order; a click selects the zone and flies to it.
 * A long list is built in slices (the first items at once, the rest between frames), and a new
 * selection only moves the highlight instead of building the list again.
 */
export function mountZoneList(container: HTMLElement, store: AppStore): Unmount {
  let generation = 0;
  let list: HTMLElement | null = null;

  const render = () => {
    const build = ++generation;
    const state = store.getState();
    const { language } = state;
    const zones = selectVisibleZones(state);
    list = element('ul', { className: 'zone-list', attributes: { 'data-testid': 'zone-list', 'aria-labelledby': 'zone-list-title', 'aria-busy': zones.length > ITEMS_PER_TASK ? 'true' : null } });
    const ul = list;
    ul.append(...zones.slice(0, ITEMS_PER_TASK).map((zone) => zoneItem(state, store, zone)));
    replaceContent(
      container,
      element('h2', { attributes: { id: 'zone-list-title' } }, translate(language, 'list.title'), ' ', element('span', { className: 'count' }, translate(language, 'list.count', { count: zones.length }))),
      zones.length === 0 ? element('p', { className: 'empty' }, translate(language, state.zones.length === 0 ? 'list.noZones' : 'list.empty')) : null,
      ul,
    );
    if (zones.length > ITEMS_PER_TASK) void appendRest(build, ul, zones);
  };

  const appendRest = async (build: number, ul: HTMLElement, zones: ZoneFeature[]) => {
    for (let start = ITEMS_PER_TASK; start < zones.length; start += ITEMS_PER_TASK) {
      await yieldToMain();
      // A newer build replaced this list meanwhile.
      if (build !== generation) return;
      const state = store.getState();
      ul.append(...zones.slice(start, start + ITEMS_PER_TASK).map((zone) => zoneItem(state, store, zone)));
    }
    ul.removeAttribute('aria-busy');
  };

  const moveHighlight = () => {
    const selectedZoneId = store.getState().selectedZoneId;
    for (const current of list?.querySelectorAll('[aria-current="true"]') ?? []) current.removeAttribute('aria-current');
    if (selectedZoneId === null || !list) return;
    for (const item of list.querySelectorAll<HTMLElement>('li[data-zone-id]')) {
      if (item.dataset.zoneId === selectedZoneId) item.firstElementChild?.setAttribute('aria-current', 'true');
    }
  };

  render();
  const unsubscribeList = subscribeToSlices(store, (state) => [state.language, selectVisibleZones(state), state.zoneAreaSquareMetresById, state.districts], render);
  const unsubscribeSelection = subscribeToSlices(store, (state) => [state.selectedZoneId], moveHighlight);
  return () => {
    generation += 1;
    unsubscribeList();
    unsubscribeSelection();
  };
}
