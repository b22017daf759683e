import type { SpreadsheetColumns } from '../../import/formats/spreadsheetColumns';
import { translate, type Language, type MessageKey } from '../../i18n/translate';
import type { ImportSession } from '../../state/store';
import { element } from '../dom';
import type { ImportQueue } from './importQueue';

const PICKED: readonly { column: keyof SpreadsheetColumns; label: MessageKey }[] = [
  { column: 'longitude', label: 'import.column.longitude' },
  { column: 'latitude', label: 'import.column.latitude' },
  { column: 'wkt', label: 'import.column.wkt' },
];

/**
 * For a spreadsheet list: which columns the positions were read from (found by name, or guessed
 * from the numbers), for the editor to confirm or change; a change reads the file again.
 */
export function spreadsheetColumnPicker(language: Language, session: ImportSession, queue: ImportQueue) {
  const spreadsheet = session.result?.spreadsheet;
  if (!spreadsheet) return null;
  const choose = (column: keyof SpreadsheetColumns, value: string) => {
    const chosen: Partial<SpreadsheetColumns> = { ...spreadsheet.chosen, [column]: value === '' ? null : value };
    // A WKT column and a longitude/latitude pair exclude each other.
    if (column === 'wkt' && value !== '') Object.assign(chosen, { longitude: null, latitude: null });
    if (column !== 'wkt' && value !== '') chosen.wkt = null;
    void queue.changeOptions({ ...session.options, spreadsheetColumns: chosen });
  };
  return element(
    'fieldset',
    { className: 'import-columns', attributes: { 'data-testid': 'import-columns', 'data-basis': spreadsheet.basis } },
    element('legend', {}, translate(language, 'import.columns')),
    ...PICKED.map(({ column, label }) => {
      const id = `import-column-${column}`;
      const picked = spreadsheet.chosen[column] ?? '';
      return element(
        'div',
        { className: 'import-field' },
        element('label', { attributes: { for: id } }, translate(language, label)),
        element(
          'select',
          { attributes: { id, 'data-testid': id, 'data-focus-key': id }, on: { change: (event) => choose(column, (event.target as HTMLSelectElement).value) } },
          element('option', { attributes: { value: '', selected: picked === '' } }, translate(language, 'import.mappingNone')),
          ...spreadsheet.columns.map((name) => element('option', { attributes: { value: name, selected: picked === name } }, name)),
        ),
      );
    }),
  );
}
