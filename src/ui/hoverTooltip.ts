import { formatSquareKilometres } from '../i18n/formatNumber';
import { translate } from '../i18n/translate';
import { selectZoneById } from '../state/selectors';
import type { AppStore } from '../state/store';
import { element, type Unmount } from './dom';
import { districtLabel, scenarioLabel, zoneName } from './labels';
import { subscribeToSlices } from './subscribe';

const POINTER_OFFSET_PIXELS = 14;

/** The hover card over the map: name, district, scenarios and area of the zone under the pointer. */
export function mountHoverTooltip(container: HTMLElement, store: AppStore): Unmount {
  const render = () => {
    const state = store.getState();
    const zone = state.hover ? selectZoneById(state, state.hover.zoneId) : undefined;
    if (!state.hover || !zone) {
      container.hidden = true;
      return;
    }
    const { language, districts, zoneAreaSquareMetresById } = state;
    const area = zoneAreaSquareMetresById.get(zone.properties.id);
    container.replaceChildren(
      element('strong', {}, zoneName(language, zone.properties)),
      element('span', {}, districtLabel(language, districts, zone.properties.district)),
      element('span', {}, zone.properties.scenarios.map((scenario) => scenarioLabel(language, scenario)).join(language === 'zh-CN' ? '、' : ', ')),
      element('span', {}, area === undefined ? '…' : translate(language, 'tooltip.area', { area: formatSquareKilometres(language, area) })),
    );
    container.hidden = false;
    // Keep the card inside the map: flip to the pointer's other side near the right/bottom edges.
    const parent = container.parentElement!.getBoundingClientRect();
    const flipX = state.hover.x + POINTER_OFFSET_PIXELS + container.offsetWidth > parent.width;
    const flipY = state.hover.y + POINTER_OFFSET_PIXELS + container.offsetHeight > parent.height;
    container.style.left = `${flipX ? state.hover.x - POINTER_OFFSET_PIXELS - container.offsetWidth : state.hover.x + POINTER_OFFSET_PIXELS}px`;
    container.style.top = `${flipY ? state.hover.y - POINTER_OFFSET_PIXELS - container.offsetHeight : state.hover.y + POINTER_OFFSET_PIXELS}px`;
  };
  render();
  return subscribeToSlices(store, (state) => [state.hover, state.language, state.zoneAreaSquareMetresById], render);
}
