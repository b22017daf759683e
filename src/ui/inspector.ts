import type { ZoneFeature } from '../domain/zone';
import { formatSquareKilometres } from '../i18n/formatNumber';
import { translate, translateOptional, type Language, type MessageKey } from '../i18n/translate';
import { selectZone } from '../state/actions';
import { selectZoneById } from '../state/selectors';
import type { AppState, AppStore } from '../state/store';
import { element, replaceContent, type Unmount } from './dom';
import { districtLabel, kindLabel, scenarioLabel, zoneName } from './labels';
import { subscribeToSlices } from './subscribe';

/** Properties the inspector shows in their own rows; everything else goes under "other". */
const SHOWN_PROPERTIES = new Set([
  'id', 'name_zh', 'name_en', 'district', 'kind', 'scenarios', 'phase', 'since', 'source', 'geometry_status', 'description_zh', 'description_en',
]);

/** A property value as plain text: objects as JSON, never as markup or a link. */
export function propertyText(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function row(language: Language, labelKey: MessageKey, value: string) {
  return [element('dt', {}, translate(language, labelKey)), element('dd', {}, value)];
}

function zoneDetails(state: AppState, zone: ZoneFeature) {
  const { language, districts, zoneAreaSquareMetresById } = state;
  const properties = zone.properties;
  const area = zoneAreaSquareMetresById.get(properties.id);
  const description = language === 'zh-CN' ? properties.description_zh : properties.description_en;
  const otherEntries = Object.entries(properties).filter(([key]) => !SHOWN_PROPERTIES.has(key));
  return [
    element('h2', { attributes: { id: 'inspector-title' } }, zoneName(language, properties)),
    element('p', { className: 'other-name' }, language === 'zh-CN' ? properties.name_en : properties.name_zh),
    element(
      'dl',
      {},
      ...row(language, 'field.district', districtLabel(language, districts, properties.district)),
      ...row(language, 'field.kind', kindLabel(language, properties.kind)),
      ...row(language, 'field.scenarios', properties.scenarios.map((scenario) => scenarioLabel(language, scenario)).join(language === 'zh-CN' ? '、' : ', ')),
      ...row(language, 'field.phase', String(properties.phase)),
      ...(properties.since ? row(language, 'field.since', String(properties.since)) : []),
      ...row(language, 'field.area', area === undefined ? '…' : `${formatSquareKilometres(language, area)} ${translate(language, 'unit.km2')}`),
      ...row(language, 'field.geometryStatus', translateOptional(language, `geometryStatus.${properties.geometry_status}`, String(properties.geometry_status))),
      ...(description ? row(language, 'field.description', String(description)) : []),
      ...row(language, 'field.source', String(properties.source)),
    ),
    otherEntries.length > 0 &&
      element(
        'details',
        { className: 'other-properties' },
        element('summary', {}, translate(language, 'field.otherProperties')),
        element('dl', {}, ...otherEntries.flatMap(([key, value]) => [element('dt', {}, key), element('dd', {}, propertyText(value))])),
      ),
    element('p', { className: 'method' }, translate(language, 'coverage.method')),
  ];
}

/** Details of the selected zone, beside the map; Esc or the close button clears the selection. */
export function mountInspector(container: HTMLElement, store: AppStore): Unmount {
  const render = () => {
    const state = store.getState();
    const zone = selectZoneById(state, state.selectedZoneId);
    container.hidden = !zone;
    if (!zone) {
      container.replaceChildren();
      return;
    }
    replaceContent(
      container,
      element(
        'button',
        {
          className: 'close-button',
          attributes: { type: 'button', 'aria-label': translate(state.language, 'inspector.close'), 'data-focus-key': 'close' },
          on: { click: () => selectZone(store, null) },
        },
        '×',
      ),
      ...zoneDetails(state, zone),
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && store.getState().selectedZoneId !== null) selectZone(store, null);
  };
  document.addEventListener('keydown', onKeyDown);
  render();
  const unsubscribe = subscribeToSlices(
    store,
    (state) => [state.language, state.selectedZoneId, state.zones, state.zoneAreaSquareMetresById, state.districts],
    render,
  );
  return () => {
    unsubscribe();
    document.removeEventListener('keydown', onKeyDown);
  };
}
