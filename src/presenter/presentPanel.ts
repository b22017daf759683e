import { translate, type MessageKey } from '../i18n/translate';
import type { ZoneMap } from '../map/zoneMap';
import { downloadPicture, exportMapPicture, UHD_HEIGHT, UHD_WIDTH, type ExportSize } from '../persist/exportPng';
import type { AppStore } from '../state/store';
import { element, replaceContent, type Unmount } from '../ui/dom';
import { subscribeToSlices } from '../ui/subscribe';
import { startPresenting } from './presenterController';

type ExportStatus = { key: MessageKey; parameters: Record<string, string | number> } | null;

/**
 * The planner view's way into presenter mode (also P, or a link with `?present=1`), the PNG
 * export (screen resolution or 4K) and whether the app is cached for offline use.
 */
export function mountPresentPanel(container: HTMLElement, store: AppStore, zoneMap: ZoneMap, offlineReady: Promise<boolean>): Unmount {
  let size: ExportSize = 'screen';
  let status: ExportStatus = null;
  let busy = false;
  let offline: boolean | null = null;
  void offlineReady.then((ready) => {
    offline = ready;
    render();
  });

  const exportPicture = async () => {
    busy = true;
    status = { key: 'export.working', parameters: {} };
    render();
    try {
      const picture = await exportMapPicture(zoneMap, store.getState(), size);
      downloadPicture(picture);
      status = { key: 'export.done', parameters: { file: picture.fileName, width: picture.width, height: picture.height } };
    } catch (error) {
      status = { key: 'export.failed', parameters: { reason: error instanceof Error ? error.message : String(error) } };
    } finally {
      busy = false;
      render();
    }
  };

  function render(): void {
    const { language } = store.getState();
    const canvas = zoneMap.map.getCanvas();
    replaceContent(
      container,
      element('h2', {}, translate(language, 'presenter.panelTitle')),
      element(
        'button',
        { className: 'action-button', attributes: { type: 'button', 'data-testid': 'present-button', 'data-focus-key': 'present' }, on: { click: () => startPresenting(store) } },
        translate(language, 'presenter.enter'),
      ),
      element('p', { className: 'panel-hint' }, translate(language, 'presenter.keysHint')),
      element('label', { className: 'field-label', attributes: { for: 'export-size' } }, translate(language, 'export.size')),
      element(
        'select',
        {
          attributes: { id: 'export-size', 'data-testid': 'export-size', 'data-focus-key': 'size' },
          on: { change: (event) => (size = (event.target as HTMLSelectElement).value as ExportSize) },
        },
        element('option', { attributes: { value: 'screen', selected: size === 'screen' } }, translate(language, 'export.screen', { width: canvas.width, height: canvas.height })),
        element('option', { attributes: { value: 'uhd', selected: size === 'uhd' } }, translate(language, 'export.uhd', { width: UHD_WIDTH, height: UHD_HEIGHT })),
      ),
      element(
        'button',
        { className: 'action-button', attributes: { type: 'button', 'data-testid': 'export-png', 'data-focus-key': 'export', disabled: busy }, on: { click: () => void exportPicture() } },
        translate(language, 'export.button'),
      ),
      element('p', { className: 'panel-status', attributes: { role: 'status', 'data-testid': 'export-status' } }, status ? translate(language, status.key, status.parameters) : ''),
      offline !== null && element('p', { className: 'panel-hint', attributes: { 'data-testid': 'offline-status' } }, translate(language, offline ? 'offline.ready' : 'offline.unavailable')),
    );
  }
  render();
  return subscribeToSlices(store, (state) => [state.language], render);
}
