import { translate, type Language } from '../../i18n/translate';
import type { ImportSession } from '../../state/store';
import { element } from '../dom';
import type { ImportQueue } from './importQueue';

/**
 * The review's question about features outside Tianjin: they are named, with their distance from
 * the nearest district, among the warnings above; here the editor decides whether they join the
 * zones (and so the coverage total). Off by default: the pilot zones are Tianjin's, and a zone
 * thousands of kilometres away is nearly always a coordinate mistake that would inflate the total;
 * an editor who knows better ticks it.
 */
export function outsideTianjinChoice(language: Language, session: ImportSession, queue: ImportQueue) {
  const count = session.result?.outsideTianjin.length ?? 0;
  if (count === 0) return null;
  return element(
    'label',
    { className: 'import-check', attributes: { 'data-testid': 'import-outside-tianjin' } },
    element('input', {
      attributes: { type: 'checkbox', checked: session.includeOutsideTianjin, 'data-testid': 'import-include-outside', 'data-focus-key': 'include-outside' },
      on: { change: (event) => queue.setIncludeOutsideTianjin((event.target as HTMLInputElement).checked) },
    }),
    ' ',
    translate(language, 'import.includeOutsideTianjin', { count }),
  );
}
