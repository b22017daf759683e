import { MAX_IMPORT_BYTES } from '../../import/importLimits';
import { translate } from '../../i18n/translate';
import { raiseAlert } from '../../state/actions';
import type { AppStore } from '../../state/store';
import { isEditingText } from '../dom';
import type { ImportQueue } from './importQueue';

/**
 * Drag-and-drop of files anywhere on the page (with a hint over the map while dragging) and paste
 * of files or GeoJSON text. Returns the function that removes the listeners.
 */
export function listenForDroppedAndPastedFiles(store: AppStore, queue: ImportQueue, dropHint: HTMLElement): () => void {
  let dragDepth = 0;
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  const onDragEnter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    dragDepth += 1;
    dropHint.textContent = translate(store.getState().language, 'import.dropHint');
    dropHint.hidden = false;
  };
  const onDragLeave = () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) dropHint.hidden = true;
  };
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent) => {
    dragDepth = 0;
    dropHint.hidden = true;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    queue.add(files.map((file) => ({ name: file.name, source: file })));
  };
  const onPaste = (event: ClipboardEvent) => {
    if (isEditingText(event.target)) return;
    const files = [...(event.clipboardData?.files ?? [])];
    if (files.length > 0) {
      event.preventDefault();
      queue.add(files.map((file) => ({ name: file.name, source: file })));
      return;
    }
    const text = event.clipboardData?.getData('text/plain')?.trim() ?? '';
    if (!text.startsWith('{') && !text.startsWith('[')) return;
    event.preventDefault();
    const { language } = store.getState();
    const name = language === 'zh-CN' ? '粘贴的 GeoJSON' : 'pasted GeoJSON';
    queue.add([{ name, source: new Blob([text], { type: 'application/geo+json' }) }]);
  };
  const listeners: Array<[string, EventListener]> = [
    ['dragenter', onDragEnter as EventListener],
    ['dragleave', onDragLeave],
    ['dragover', onDragOver as EventListener],
    ['drop', onDrop as EventListener],
    ['paste', onPaste as EventListener],
  ];
  for (const [type, listener] of listeners) document.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of listeners) document.removeEventListener(type, listener);
  };
}

/**
 * `?data=URL`: a same-origin or CORS-enabled file to import at start-up. A failure names the URL
 * and the reason; the default data stays.
 */
export async function importFromUrlParameter(store: AppStore, queue: ImportQueue): Promise<void> {
  const url = new URLSearchParams(window.location.search).get('data');
  if (!url) return;
  let response: Response;
  try {
    response = await fetch(new URL(url, window.location.href));
  } catch (error) {
    raiseAlert(store, 'error', 'import.urlFailed', { url, reason: error instanceof Error ? error.message : String(error) });
    return;
  }
  if (!response.ok) {
    raiseAlert(store, 'error', 'import.urlFailed', { url, reason: `HTTP ${response.status}` });
    return;
  }
  const name = decodeURIComponent(new URL(response.url || url, window.location.href).pathname.split('/').pop() || url);
  // Refused by its stated length before the body is read, as a dropped file is by its size.
  const declaredBytes = Number(response.headers.get('content-length'));
  if (declaredBytes > MAX_IMPORT_BYTES) {
    void response.body?.cancel();
    raiseAlert(store, 'error', 'import.tooLarge', { file: name, size: Math.round(declaredBytes / 1024 / 1024), limit: MAX_IMPORT_BYTES / 1024 / 1024 });
    return;
  }
  queue.add([{ name, source: await response.blob() }]);
}
