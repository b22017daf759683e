import type { ZoneFeature } from '../domain/zone';
import { formatSquareKilometres } from '../i18n/formatNumber';
import { translate } from '../i18n/translate';
import { cssColour, zoneKindColour } from '../map/zoneColours';
import { focusZone } from '../state/actions';
import { selectVisibleZones } from '../state/selectors';
import type { AppState, AppStore } from '../state/store';
import { yieldToRendering } from '../worker/mainThreadSlices';
import { element, replaceContent, type Unmount } from './dom';
import { districtLabel, kindLabel, zoneName } from './labels';
import { CHANGES_PER_TASK, ITEMS_PER_CHUNK } from './listChunks';
import { subscribeToSlices } from './subscribe';

function areaText(state: AppState, id: string): string {
  const area = state.zoneAreaSquareMetresById.get(id);
  return area === undefined ? '…' : `${formatSquareKilometres(state.language, area)} ${translate(state.language, 'unit.km2')}`;
}

function zoneItem(state: AppState, store: AppStore, zone: ZoneFeature, areaCells: Map<string, HTMLElement>): HTMLElement {
  const { language, districts, selectedZoneId } = state;
  const { id, kind, district } = zone.properties;
  const areaCell = element('span', { className: 'zone-area' }, areaText(state, id));
  areaCells.set(id, areaCell);
  return element(
    'div',
    { attributes: { role: 'listitem', 'data-zone-id': id } },
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
      areaCell,
    ),
  );
}

/**
 * The zones the filters let through, in file order; a click selects the zone and flies to it.
 * A long list is built in slices (the first items at once, the rest between frames), taken down
 * in slices when it is replaced, and given its areas in place when they arrive; a new selection
 * only moves the highlight instead of building the list again.
 */
export function mountZoneList(container: HTMLElement, store: AppStore): Unmount {
  let generation = 0;
  let areaGeneration = 0;
  let list: HTMLElement | null = null;
  let areaCells = new Map<string, HTMLElement>();

  /** Items `start` … `start + ITEMS_PER_CHUNK - 1` in a chunk of their own. */
  const chunk = (state: AppState, zones: readonly ZoneFeature[], start: number, cells: Map<string, HTMLElement>): HTMLElement => {
    const items = zones.slice(start, start + ITEMS_PER_CHUNK);
    return element('div', { className: 'zone-chunk', styles: { 'contain-intrinsic-size': `auto ${3 * items.length}rem` } }, ...items.map((zone) => zoneItem(state, store, zone, cells)));
  };

  const render = async () => {
    const build = ++generation;
    // A long list goes a chunk a frame first: taken down at once, it froze the page.
    const old = list;
    if (old && old.childElementCount > CHANGES_PER_TASK / ITEMS_PER_CHUNK) {
      old.setAttribute('aria-busy', 'true');
      while (old.childElementCount > 0) {
        for (let removed = 0; removed < CHANGES_PER_TASK / ITEMS_PER_CHUNK && old.lastElementChild; removed += 1) old.lastElementChild.remove();
        await yieldToRendering();
        // A newer build carries on from here.
        if (build !== generation) return;
      }
    }
    const state = store.getState();
    const { language } = state;
    const zones = selectVisibleZones(state);
    const cells = new Map<string, HTMLElement>();
    areaCells = cells;
    // A list of divs with list roles, so that chunks can sit between the list and its items.
    list = element('div', {
      className: 'zone-list',
      attributes: { role: 'list', 'data-testid': 'zone-list', 'aria-labelledby': 'zone-list-title', 'aria-busy': zones.length > ITEMS_PER_CHUNK ? 'true' : null },
    });
    const root = list;
    if (zones.length > 0) root.append(chunk(state, zones, 0, cells));
    replaceContent(
      container,
      element('h2', { attributes: { id: 'zone-list-title' } }, translate(language, 'list.title'), ' ', element('span', { className: 'count' }, translate(language, 'list.count', { count: zones.length }))),
      zones.length === 0 ? element('p', { className: 'empty' }, translate(language, state.zones.length === 0 ? 'list.noZones' : 'list.empty')) : null,
      root,
    );
    if (zones.length > ITEMS_PER_CHUNK) await appendRest(build, root, zones, cells);
  };

  const appendRest = async (build: number, root: HTMLElement, zones: ZoneFeature[], cells: Map<string, HTMLElement>) => {
    for (let start = ITEMS_PER_CHUNK; start < zones.length; start += ITEMS_PER_CHUNK) {
      await yieldToRendering();
      // A newer build replaced this list meanwhile.
      if (build !== generation) return;
      root.append(chunk(store.getState(), zones, start, cells));
    }
    root.removeAttribute('aria-busy');
  };

  /** New areas: the items built so far get theirs in place (those still to come read them when built). */
  const updateAreas = async () => {
    const update = ++areaGeneration;
    const cells = [...areaCells];
    for (let start = 0; start < cells.length; start += CHANGES_PER_TASK) {
      if (start > 0) await yieldToRendering();
      if (update !== areaGeneration) return;
      const state = store.getState();
      for (const [id, cell] of cells.slice(start, start + CHANGES_PER_TASK)) {
        const text = areaText(state, id);
        if (cell.textContent !== text) cell.textContent = text;
      }
    }
  };

  const moveHighlight = () => {
    const selectedZoneId = store.getState().selectedZoneId;
    for (const current of list?.querySelectorAll('[aria-current="true"]') ?? []) current.removeAttribute('aria-current');
    if (selectedZoneId === null || !list) return;
    for (const item of list.querySelectorAll<HTMLElement>('[data-zone-id]')) {
      if (item.dataset.zoneId === selectedZoneId) item.firstElementChild?.setAttribute('aria-current', 'true');
    }
  };

  void render();
  const unsubscribeList = subscribeToSlices(store, (state) => [state.language, selectVisibleZones(state), state.districts], () => void render());
  const unsubscribeAreas = subscribeToSlices(store, (state) => [state.zoneAreaSquareMetresById], () => void updateAreas());
  const unsubscribeSelection = subscribeToSlices(store, (state) => [state.selectedZoneId], moveHighlight);
  return () => {
    generation += 1;
    areaGeneration += 1;
    unsubscribeList();
    unsubscribeAreas();
    unsubscribeSelection();
  };
}
