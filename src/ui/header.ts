import { setLanguage } from '../state/actions';
import type { AppStore } from '../state/store';
import { translate } from '../i18n/translate';
import { element, replaceContent, type Unmount } from './dom';
import { subscribeToSlices } from './subscribe';

/** Title, the plan it follows, the "illustrative outlines" notice, and the language switch. */
export function mountHeader(container: HTMLElement, store: AppStore): Unmount {
  const render = () => {
    const { language, zones } = store.getState();
    const anyIllustrative = zones.some((zone) => zone.properties.geometry_status !== 'authoritative');
    document.documentElement.lang = language;
    document.title = translate(language, 'app.title');
    replaceContent(
      container,
      element('div', { className: 'header-text' },
        element('h1', {}, translate(language, 'app.title')),
        element('p', { className: 'subtitle' }, translate(language, 'app.subtitle')),
        anyIllustrative && element('p', { className: 'illustrative-notice', attributes: { 'data-testid': 'illustrative-notice' } }, translate(language, 'app.illustrative')),
      ),
      element(
        'button',
        {
          className: 'language-switch',
          attributes: { type: 'button', 'aria-label': `${translate(language, 'app.language')} · ${translate(language, 'app.languageLabel')}`, 'data-testid': 'language-switch', 'data-focus-key': 'language' },
          on: { click: () => setLanguage(store, store.getState().language === 'zh-CN' ? 'en' : 'zh-CN') },
        },
        translate(language, 'app.language'),
      ),
    );
  };
  render();
  return subscribeToSlices(store, (state) => [state.language, state.zones], render);
}
