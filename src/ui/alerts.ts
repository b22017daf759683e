import { translateImportMessage } from '../i18n/importMessages';
import { translate, type Language } from '../i18n/translate';
import { dismissAlert } from '../state/actions';
import type { Alert, AppStore } from '../state/store';
import { element, replaceContent, type Unmount } from './dom';
import { subscribeToSlices } from './subscribe';

/**
 * Problems a person must see (a data file that is missing or corrupt, a failed basemap), in a
 * `role="alert"` region so screen readers announce them. The rest of the app keeps working.
 */
export function mountAlerts(container: HTMLElement, store: AppStore): Unmount {
  container.setAttribute('role', 'alert');
  container.setAttribute('aria-live', 'assertive');
  const render = () => {
    const { alerts, language } = store.getState();
    replaceContent(
      container,
      ...alerts.map((alert) =>
        element(
          'div',
          { className: `alert alert-${alert.severity}`, attributes: { 'data-testid': 'alert' } },
          element('span', {}, translate(language, alert.messageKey, alertParameters(language, alert))),
          element(
            'button',
            {
              className: 'close-button',
              attributes: { type: 'button', 'aria-label': translate(language, 'alert.dismiss'), 'data-focus-key': `dismiss:${alert.id}` },
              on: { click: () => dismissAlert(store, alert.id) },
            },
            '×',
          ),
        ),
      ),
    );
  };
  render();
  return subscribeToSlices(store, (state) => [state.alerts, state.language], render);
}

/** The alert's parameters, with `{reason}` built from its import messages in the language shown now. */
function alertParameters(language: Language, alert: Alert): Record<string, string | number> {
  if (!alert.importMessages || alert.importMessages.length === 0) return alert.parameters;
  const reason = alert.importMessages
    .slice(0, 3)
    .map((message) => translateImportMessage(language, message, { withFileName: false }))
    .join(' · ');
  return { ...alert.parameters, reason };
}
