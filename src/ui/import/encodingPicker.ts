import { ENCODING_CHOICES } from '../../import/encoding/textEncoding';
import type { ImportOptions } from '../../import/importResult';
import { translate, type Language, type MessageKey } from '../../i18n/translate';
import type { ImportSession } from '../../state/store';
import { element } from '../dom';
import type { ImportQueue } from './importQueue';

/** Names shown as a sample of how the file's text was decoded. */
const SAMPLE_NAMES = 5;

/**
 * The review's text encoding: how the file was read and why, a sample of the names as decoded,
 * and a choice of another encoding, which reads the file again (as the source system does), so
 * the editor sees the names change.
 */
export function encodingPicker(language: Language, session: ImportSession, queue: ImportQueue) {
  const report = session.result?.encoding;
  if (!report) return null;
  const chosen = session.options.encoding ?? '';
  const offered: string[] = [...ENCODING_CHOICES];
  if (chosen !== '' && !offered.includes(chosen)) offered.push(chosen);
  const select = element(
    'select',
    {
      attributes: { id: 'import-encoding', 'data-testid': 'import-encoding', 'data-focus-key': 'encoding' },
      on: {
        change: (event) => {
          const value = (event.target as HTMLSelectElement).value;
          const options: ImportOptions = { ...session.options };
          if (value) options.encoding = value;
          else delete options.encoding;
          void queue.changeOptions(options);
        },
      },
    },
    element('option', { attributes: { value: '', selected: chosen === '' } }, translate(language, 'import.encodingAutomatic')),
    ...offered.map((encoding) => element('option', { attributes: { value: encoding, selected: chosen === encoding } }, encodingLabel(language, encoding))),
  );
  const names = session.result!.features
    .slice(0, SAMPLE_NAMES)
    .map((feature) => feature.properties.name_zh)
    .filter((name) => name !== '');
  return element(
    'div',
    { className: 'import-field' },
    element('label', { attributes: { for: 'import-encoding' } }, translate(language, 'import.encoding')),
    select,
    element(
      'p',
      { className: 'import-note', attributes: { 'data-testid': 'import-encoding-note', 'data-encoding': report.encoding } },
      translate(language, 'import.encodingNote', { encoding: encodingLabel(language, report.encoding), basis: translate(language, `import.encodingBasis.${report.basis}` as MessageKey) }),
    ),
    names.length > 0 ? element('p', { className: 'import-note', attributes: { 'data-testid': 'import-name-samples' } }, translate(language, 'import.nameSamples'), names.join(language === 'zh-CN' ? '、' : ', ')) : null,
  );
}

function encodingLabel(language: Language, encoding: string): string {
  return (ENCODING_CHOICES as readonly string[]).includes(encoding) ? translate(language, `encoding.${encoding}` as MessageKey) : encoding.toUpperCase();
}
