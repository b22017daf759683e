import { translate } from '../i18n/translate';
import { dismissAlert } from '../state/actions';
import type { AppStore } from '../state/store';
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
          element('span', {}, translate(language, alert.messageKey, alert.parameters)),
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
