import { translate, type MessageKey } from '../i18n/translate';
import { PICKER_EXTENSIONS } from '../import/pickerExtensions';
import { redo, undo } from '../state/actions';
import type { AppStore, HistoryEntry } from '../state/store';
import { element, isEditingText, replaceContent, type Unmount } from './dom';
import { subscribeToSlices } from './subscribe';

/** What the data panel's buttons do; main.ts wires them to the import queue and the working copy. */
export interface DataPanelCommands {
  importFiles(files: File[]): void;
  exportGeoJson(): unknown;
  exportCsv(): unknown;
  restoreDefaults(): unknown;
  loadOtherTab(): unknown;
  keepMine(): unknown;
}

/** Files accepted by the picker (drop and paste take anything and let the importer say). */
const ACCEPTED_FILES = PICKER_EXTENSIONS.join(',');

function historyLabel(store: AppStore, entry: HistoryEntry | undefined): string {
  if (!entry) return '';
  const { language } = store.getState();
  return translate(language, entry.label.messageKey, entry.label.parameters);
}

/**
 * The editor's panel: import (picker; drop and paste work anywhere), undo/redo of every change,
 * export, and where the working copy stands in the browser's storage.
 */
export function mountDataPanel(container: HTMLElement, store: AppStore, commands: DataPanelCommands): Unmount {
  const button = (key: MessageKey, testId: string, onClick: () => unknown, options: { disabled?: boolean; title?: string } = {}) =>
    element(
      'button',
      {
        className: 'secondary-button',
        attributes: { type: 'button', 'data-testid': testId, 'data-focus-key': testId, disabled: options.disabled, title: options.title },
        on: { click: onClick },
      },
      translate(store.getState().language, key),
    );
  // Two parts, each rebuilt only for its own slices: a save finishing (persistence) must not
  // rebuild the import and undo buttons under a pointer that is pressing one of them — a press
  // that starts on one button and ends on its replacement is no click.
  const editingPart = element('div', { className: 'button-row' });
  const storagePart = element('div');
  const renderEditing = () => {
    const { language, history } = store.getState();
    const lastChange = history.past.at(-1);
    const nextChange = history.future.at(-1);
    replaceContent(
      editingPart,
      element(
        'label',
        { className: 'primary-button file-button', attributes: { 'data-focus-key': 'import' } },
        translate(language, 'import.pick'),
        element('input', {
          className: 'visually-hidden',
          attributes: { type: 'file', multiple: true, accept: ACCEPTED_FILES, 'data-testid': 'import-input' },
          on: {
            change: (event) => {
              const input = event.target as HTMLInputElement;
              commands.importFiles([...(input.files ?? [])]);
              input.value = '';
            },
          },
        }),
      ),
      button('data.undo', 'undo', () => undo(store), { disabled: !lastChange, title: lastChange ? translate(language, 'history.undo', { change: historyLabel(store, lastChange) }) : undefined }),
      button('data.redo', 'redo', () => redo(store), { disabled: !nextChange, title: nextChange ? translate(language, 'history.redo', { change: historyLabel(store, nextChange) }) : undefined }),
    );
  };
  const renderStorage = () => {
    const { language, persistence } = store.getState();
    const statusKey = `persistence.${persistence.status}` as MessageKey;
    replaceContent(
      storagePart,
      element(
        'p',
        { className: `persistence persistence-${persistence.status}`, attributes: { 'data-testid': 'persistence-status', 'data-status': persistence.status } },
        translate(language, statusKey, { detail: persistence.detail ?? '' }),
      ),
      persistence.status === 'conflict'
        ? element('div', { className: 'button-row' }, button('persistence.loadOther', 'load-other-tab', commands.loadOtherTab), button('persistence.keepMine', 'keep-mine', commands.keepMine))
        : null,
      element(
        'div',
        { className: 'button-row' },
        button('data.exportGeoJson', 'export-geojson', commands.exportGeoJson),
        button('data.exportCsv', 'export-csv', commands.exportCsv),
        persistence.status !== 'default' ? button('data.restoreDefaults', 'restore-defaults', commands.restoreDefaults) : null,
      ),
    );
  };
  const title = element('h2');
  const hint = element('p', { className: 'hint' });
  const renderText = () => {
    const { language } = store.getState();
    title.textContent = translate(language, 'data.title');
    hint.textContent = translate(language, 'import.pasteHint');
  };
  replaceContent(container, title, editingPart, hint, storagePart);
  // Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl+Y redoes, unless the keys go to a text field.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditingText(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) undo(store);
    else if ((key === 'z' && event.shiftKey) || key === 'y') redo(store);
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKeyDown);
  renderText();
  renderEditing();
  renderStorage();
  const unsubscribers = [
    subscribeToSlices(store, (state) => [state.language], renderText),
    subscribeToSlices(store, (state) => [state.language, state.history], renderEditing),
    subscribeToSlices(store, (state) => [state.language, state.persistence], renderStorage),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    document.removeEventListener('keydown', onKeyDown);
  };
}
