import { translate, type MessageKey } from '../i18n/translate';
import { BASEMAP_IDS, basemapCoordinates, checkBasemapUrl, isTiandituKey, type BasemapChoice, type BasemapCoordinates, type BasemapId } from '../map/basemaps/basemapChoice';
import { basemapNameKey } from '../map/basemaps/basemapNames';
import { setBasemap } from '../state/actions';
import type { AppStore } from '../state/store';
import { element, replaceContent, type Unmount } from './dom';
import { subscribeToSlices } from './subscribe';

interface Draft {
  id: BasemapId;
  key: string;
  url: string;
  coordinates: BasemapCoordinates;
}

const URL_PROBLEMS: Record<'empty' | 'not-a-url' | 'not-https', MessageKey> = {
  empty: 'basemap.urlEmpty',
  'not-a-url': 'basemap.urlInvalid',
  'not-https': 'basemap.urlNotHttps',
};

/** The draft as a basemap, or the message saying what is missing. */
function choiceOf(draft: Draft): { ok: true; choice: BasemapChoice } | { ok: false; problem: MessageKey } {
  if (draft.id === 'tianditu') return isTiandituKey(draft.key) ? { ok: true, choice: { id: 'tianditu', key: draft.key.trim() } } : { ok: false, problem: 'basemap.keyInvalid' };
  if (draft.id === 'custom') {
    const checked = checkBasemapUrl(draft.url);
    return checked.ok ? { ok: true, choice: { id: 'custom', url: checked.url, coordinates: draft.coordinates } } : { ok: false, problem: URL_PROBLEMS[checked.problem] };
  }
  return { ok: true, choice: { id: draft.id } as BasemapChoice };
}

/**
 * The basemap switcher: the embedded offline style (default) and online ones (OpenFreeMap,
 * OpenStreetMap, Tianditu with the person's key, AMap-style GCJ-02 tiles, any https style URL or
 * tile template). Applied with a button, so moving through the list with the keyboard loads
 * nothing. Attribution is shown by the map itself. The key stays in this page only.
 */
export function mountBasemapPanel(container: HTMLElement, store: AppStore): Unmount {
  const applied = store.getState().basemap;
  const draft: Draft = {
    id: applied.id,
    key: applied.id === 'tianditu' ? applied.key : '',
    url: applied.id === 'custom' ? applied.url : '',
    coordinates: applied.id === 'custom' ? applied.coordinates : 'wgs84',
  };
  let problem: MessageKey | null = null;

  const render = () => {
    const { language, basemap } = store.getState();
    const t = (key: MessageKey) => translate(language, key);
    const apply = () => {
      const result = choiceOf(draft);
      problem = result.ok ? null : result.problem;
      if (result.ok) setBasemap(store, result.choice);
      render();
    };
    replaceContent(
      container,
      element('h2', {}, t('basemap.title')),
      element('label', { className: 'field-label', attributes: { for: 'basemap-select' } }, t('basemap.label')),
      element(
        'select',
        {
          attributes: { id: 'basemap-select', 'data-testid': 'basemap-select', 'data-focus-key': 'select' },
          on: {
            change: (event) => {
              draft.id = (event.target as HTMLSelectElement).value as BasemapId;
              problem = null;
              render();
            },
          },
        },
        ...BASEMAP_IDS.map((id) => element('option', { attributes: { value: id, selected: id === draft.id } }, t(basemapNameKey(id)))),
      ),
      draft.id === 'tianditu' &&
        element(
          'div',
          { className: 'field' },
          element('label', { className: 'field-label', attributes: { for: 'basemap-key' } }, t('basemap.key')),
          element('input', {
            attributes: { id: 'basemap-key', type: 'text', autocomplete: 'off', spellcheck: 'false', value: draft.key, 'data-testid': 'basemap-key', 'data-focus-key': 'key' },
            on: { input: (event) => (draft.key = (event.target as HTMLInputElement).value) },
          }),
        ),
      draft.id === 'custom' &&
        element(
          'div',
          { className: 'field' },
          element('label', { className: 'field-label', attributes: { for: 'basemap-url' } }, t('basemap.url')),
          element('input', {
            attributes: { id: 'basemap-url', type: 'url', autocomplete: 'off', spellcheck: 'false', value: draft.url, placeholder: 'https://…', 'data-testid': 'basemap-url', 'data-focus-key': 'url' },
            on: { input: (event) => (draft.url = (event.target as HTMLInputElement).value) },
          }),
          element('label', { className: 'field-label', attributes: { for: 'basemap-coordinates' } }, t('basemap.coordinates')),
          element(
            'select',
            {
              attributes: { id: 'basemap-coordinates', 'data-testid': 'basemap-coordinates', 'data-focus-key': 'coordinates' },
              on: { change: (event) => (draft.coordinates = (event.target as HTMLSelectElement).value as BasemapCoordinates) },
            },
            element('option', { attributes: { value: 'wgs84', selected: draft.coordinates === 'wgs84' } }, t('basemap.wgs84')),
            element('option', { attributes: { value: 'gcj02', selected: draft.coordinates === 'gcj02' } }, t('basemap.gcj02')),
          ),
        ),
      element('button', { className: 'action-button', attributes: { type: 'button', 'data-testid': 'basemap-apply', 'data-focus-key': 'apply' }, on: { click: apply } }, t('basemap.apply')),
      element('p', { className: 'field-problem', attributes: { role: 'status', 'data-testid': 'basemap-problem' } }, problem ? t(problem) : ''),
      element(
        'p',
        { className: 'basemap-note', attributes: { 'data-testid': 'basemap-current', 'data-basemap': basemap.id, 'data-coordinates': basemapCoordinates(basemap) } },
        translate(language, 'basemap.current', { name: t(basemapNameKey(basemap)) }),
        basemapCoordinates(basemap) === 'gcj02' ? ` ${t('basemap.shifted')}` : '',
        basemap.id === 'offline' ? '' : ` ${t('basemap.online')}`,
      ),
    );
  };
  render();
  return subscribeToSlices(store, (state) => [state.language, state.basemap], () => {
    // A fallback to the offline style shows in the list too.
    const { basemap } = store.getState();
    if (basemap.id !== draft.id && basemap.id === 'offline') draft.id = 'offline';
    render();
  });
}
