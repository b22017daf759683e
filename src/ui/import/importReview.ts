import { SOURCE_SYSTEMS, type SourceSystem } from '../../import/coordinates/sourceSystem';
import type { ImportMessage } from '../../import/importMessage';
import type { ImportOptions } from '../../import/importResult';
import type { PropertyMapping } from '../../import/properties/propertyMapping';
import { formatPercent } from '../../i18n/formatNumber';
import { translate, type Language, type MessageKey } from '../../i18n/translate';
import { translateImportMessage } from '../../i18n/importMessages';
import type { AppStore, ImportSession } from '../../state/store';
import { element, replaceContent, type Unmount } from '../dom';
import { subscribeToSlices } from '../subscribe';
import { describeCoordinateSystem } from './coordinateSystemText';
import { encodingPicker } from './encodingPicker';
import type { ImportQueue } from './importQueue';
import { outsideTianjinChoice } from './outsideTianjinChoice';
import { spreadsheetColumnPicker } from './spreadsheetColumnPicker';

/** The schema fields an editor can fill from a file's own keys, in the order shown. */
const MAPPED_FIELDS = ['name_zh', 'name_en', 'district', 'kind', 'scenarios', 'phase'] as const;

const FIELD_LABELS: Record<(typeof MAPPED_FIELDS)[number], MessageKey> = {
  name_zh: 'import.field.name_zh',
  name_en: 'import.field.name_en',
  district: 'field.district',
  kind: 'field.kind',
  scenarios: 'field.scenarios',
  phase: 'field.phase',
};

const MESSAGES_SHOWN = 30;

function messageList(language: Language, messages: readonly ImportMessage[], testId: string) {
  const shown = messages.slice(0, MESSAGES_SHOWN);
  return element(
    'ul',
    { className: 'import-messages', attributes: { 'data-testid': testId } },
    ...shown.map((message) => element('li', { attributes: { 'data-code': message.code } }, translateImportMessage(language, message))),
    messages.length > shown.length ? element('li', {}, `… +${messages.length - shown.length}`) : null,
  );
}

function sourceSystemPicker(language: Language, session: ImportSession, queue: ImportQueue) {
  const declared = session.options.from ?? '';
  const select = element(
    'select',
    {
      attributes: { 'data-testid': 'import-crs', 'data-focus-key': 'crs', id: 'import-crs' },
      on: {
        change: (event) => {
          const value = (event.target as HTMLSelectElement).value;
          const options: ImportOptions = { ...session.options };
          if (value) options.from = value as SourceSystem;
          else delete options.from;
          void queue.changeOptions(options);
        },
      },
    },
    element('option', { attributes: { value: '', selected: declared === '' } }, translate(language, 'import.crsAutomatic')),
    ...SOURCE_SYSTEMS.map((system) => element('option', { attributes: { value: system, selected: declared === system } }, translate(language, `crs.${system}` as MessageKey))),
  );
  const report = session.result?.coordinateSystem;
  return element(
    'div',
    { className: 'import-field' },
    element('label', { attributes: { for: 'import-crs' } }, translate(language, 'import.sourceCrs')),
    select,
    report ? element('p', { className: 'import-note', attributes: { 'data-testid': 'import-crs-note' } }, describeCoordinateSystem(language, report)) : null,
    session.result?.originalFeatures ? element('p', { className: 'import-note' }, translate(language, 'import.previewLegend')) : null,
  );
}

function mappingPicker(language: Language, session: ImportSession, queue: ImportQueue) {
  const result = session.result!;
  if (result.propertyKeys.length === 0) return null;
  return element(
    'details',
    { className: 'import-mapping' },
    element('summary', {}, translate(language, 'import.mapping')),
    ...MAPPED_FIELDS.map((field) => {
      const chosen = result.propertyMapping[field] ?? '';
      const id = `import-mapping-${field}`;
      return element(
        'div',
        { className: 'import-field' },
        element('label', { attributes: { for: id } }, translate(language, FIELD_LABELS[field])),
        element(
          'select',
          {
            attributes: { id, 'data-testid': id, 'data-focus-key': id },
            on: {
              change: (event) => {
                const value = (event.target as HTMLSelectElement).value;
                const mapping: PropertyMapping = { ...session.options.propertyMapping, [field]: value === '' ? null : value };
                void queue.changeOptions({ ...session.options, propertyMapping: mapping });
              },
            },
          },
          element('option', { attributes: { value: '', selected: chosen === '' } }, translate(language, 'import.mappingNone')),
          ...result.propertyKeys.map((summary) =>
            element('option', { attributes: { value: summary.key, selected: chosen === summary.key } }, `${summary.key} — ${summary.samples.join(', ')}`),
          ),
        ),
      );
    }),
  );
}

function repairToggle(language: Language, session: ImportSession, queue: ImportQueue) {
  const invalidCodes = new Set(['self-intersection', 'hole-outside-shell', 'overlapping-holes', 'overlapping-parts']);
  const invalid = session.result!.warnings.some((warning) => invalidCodes.has(warning.code));
  const checked = session.options.repair?.makeValid === true;
  if (!invalid && !checked) return null;
  return element(
    'label',
    { className: 'import-check' },
    element('input', {
      attributes: { type: 'checkbox', checked, 'data-testid': 'import-make-valid', 'data-focus-key': 'make-valid' },
      on: { change: (event) => void queue.changeOptions({ ...session.options, repair: { ...session.options.repair, makeValid: (event.target as HTMLInputElement).checked } }) },
    }),
    ' ',
    translate(language, 'import.makeValid'),
  );
}

function modePicker(language: Language, session: ImportSession, queue: ImportQueue) {
  const option = (mode: 'merge' | 'replace', key: MessageKey) =>
    element(
      'label',
      { className: 'import-check' },
      element('input', {
        attributes: { type: 'radio', name: 'import-mode', value: mode, checked: session.mode === mode, 'data-testid': `import-mode-${mode}`, 'data-focus-key': `mode-${mode}` },
        on: { change: () => queue.setMode(mode) },
      }),
      ' ',
      translate(language, key),
    );
  return element('fieldset', { className: 'import-mode' }, element('legend', {}, translate(language, 'import.mode')), option('merge', 'import.modeMerge'), option('replace', 'import.modeReplace'));
}

function reviewBody(language: Language, session: ImportSession, queue: ImportQueue) {
  const result = session.result!;
  const others = result.features.length - result.zones.length;
  return [
    element('p', { attributes: { 'data-testid': 'import-summary' } }, translate(language, 'import.summary', { zones: result.zones.length, others })),
    result.errors.length > 0 ? element('p', { className: 'import-skipped' }, translate(language, 'import.skipped', { count: result.skippedFeatureIndices.length })) : null,
    result.errors.length > 0 ? messageList(language, result.errors, 'import-errors') : null,
    result.warnings.length > 0 ? element('h3', {}, translate(language, 'import.warnings')) : null,
    result.warnings.length > 0 ? messageList(language, result.warnings, 'import-warnings') : null,
    spreadsheetColumnPicker(language, session, queue),
    sourceSystemPicker(language, session, queue),
    encodingPicker(language, session, queue),
    mappingPicker(language, session, queue),
    repairToggle(language, session, queue),
    outsideTianjinChoice(language, session, queue),
    modePicker(language, session, queue),
    element(
      'div',
      { className: 'import-actions' },
      element(
        'button',
        { className: 'primary-button', attributes: { type: 'button', 'data-testid': 'import-confirm', 'data-focus-key': 'confirm', disabled: result.zones.length + others === 0 }, on: { click: () => queue.confirm() } },
        translate(language, 'import.confirm'),
      ),
      element('button', { className: 'secondary-button', attributes: { type: 'button', 'data-testid': 'import-cancel', 'data-focus-key': 'cancel' }, on: { click: () => queue.cancel() } }, translate(language, 'import.cancel')),
    ),
  ];
}

/**
 * The review of a file before it joins the zones: what loaded, what was skipped and why, the
 * coordinate system (with a preview on the map), property mapping, repairs, merge or replace.
 */
export function mountImportReview(container: HTMLElement, store: AppStore, queue: ImportQueue): Unmount {
  const render = () => {
    const { importSession: session, language } = store.getState();
    container.hidden = !session;
    if (!session) {
      container.replaceChildren();
      return;
    }
    const reading = session.state === 'reading';
    replaceContent(
      container,
      element('h2', { attributes: { id: 'import-review-title' } }, translate(language, 'import.title', { file: session.fileName })),
      reading
        ? element(
            'div',
            { className: 'import-reading' },
            element('p', {}, translate(language, 'import.reading'), ' ', formatPercent(language, session.progress)),
            session.stalled ? element('p', { className: 'import-note', attributes: { role: 'status', 'data-testid': 'import-stalled' } }, translate(language, 'import.stalled')) : null,
            element(
              'div',
              { className: 'gauge', attributes: { role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(session.progress * 100), 'data-testid': 'import-progress', 'aria-labelledby': 'import-review-title' } },
              element('div', { className: 'gauge-fill', styles: { width: `${session.progress * 100}%` } }),
            ),
            element('button', { className: 'secondary-button', attributes: { type: 'button', 'data-testid': 'import-cancel' }, on: { click: () => queue.cancel() } }, translate(language, 'import.cancel')),
          )
        : null,
      ...(!reading && session.result ? reviewBody(language, session, queue) : []),
    );
  };
  render();
  return subscribeToSlices(store, (state) => [state.importSession, state.language], render);
}
