import { proxy, transfer } from 'comlink';
import { mergeZones } from '../../domain/mergeZones';
import { MAX_IMPORT_BYTES } from '../../import/importLimits';
import { isZoneFeature, type ImportOptions } from '../../import/importResult';
import { beginImportSession, commitZoneChange, endImportSession, raiseAlert, updateImportSession } from '../../state/actions';
import type { AppStore } from '../../state/store';
import { pageGeometries } from '../../worker/geometryRegistry';
import { importWorker, stopImportWorker } from '../../worker/importWorkerClient';
import { fromTransferredImport, type TransferredImport } from '../../worker/importTransfer';
import type { Outcome } from '../../worker/outcome';
import { StallWatch } from './stallWatch';

export interface IncomingFile {
  name: string;
  source: Blob;
}

/** How long a read may go without progress before the review says it seems stuck: 20 s. */
const STALL_MILLISECONDS = 20_000;

/**
 * Files on their way in, one at a time: each is read in the import worker with progress, then
 * waits in review (see importReview.ts) until the editor adds it or cancels. A file that cannot
 * be loaded is named in an alert and changes nothing. Cancel while reading terminates the import
 * worker (nothing else waits on it), so the next file starts on a fresh one at once.
 */
export class ImportQueue {
  private readonly waiting: IncomingFile[] = [];
  private readVersion = 0;
  /** Ends the wait of the read in flight (its worker was stopped); null when none is. */
  private abandonRead: (() => void) | null = null;
  private readonly stall = new StallWatch(STALL_MILLISECONDS, () => updateImportSession(this.store, { stalled: true }));

  constructor(private readonly store: AppStore) {}

  add(files: IncomingFile[]): void {
    this.waiting.push(...files);
    if (!this.store.getState().importSession) void this.next();
  }

  /** Reads the reviewed file again with other options (source system, mapping, repairs). */
  async changeOptions(options: ImportOptions): Promise<void> {
    const session = this.store.getState().importSession;
    if (!session) return;
    updateImportSession(this.store, { options, state: 'reading', progress: 0 });
    await this.read();
  }

  setMode(mode: 'merge' | 'replace'): void {
    updateImportSession(this.store, { mode });
  }

  /** Whether the reviewed file's features outside Tianjin are added with the rest. */
  setIncludeOutsideTianjin(include: boolean): void {
    updateImportSession(this.store, { includeOutsideTianjin: include });
  }

  /** Adds the reviewed file's zones (undoable), then moves to the next file. */
  confirm(): void {
    const session = this.store.getState().importSession;
    if (!session?.result?.ok) return;
    const { zones, otherFeatures } = this.store.getState();
    const leftOut = new Set(session.includeOutsideTianjin ? [] : session.result.outsideTianjin);
    const incoming = session.result.features.filter((_, position) => !leftOut.has(position));
    const merged = mergeZones(zones, incoming.filter(isZoneFeature), session.mode);
    const incomingOthers = incoming.filter((feature) => !isZoneFeature(feature));
    const keptOthers = session.mode === 'replace' ? [] : otherFeatures.filter((feature) => !incomingOthers.some((incoming) => incoming.properties.id === feature.properties.id));
    // The review ends first: the map then draws the new zones without redrawing the file's preview under them.
    endImportSession(this.store);
    commitZoneChange(this.store, merged.zones, { messageKey: 'history.import', parameters: { file: session.fileName } }, [...keptOthers, ...incomingOthers]);
    void this.next();
  }

  cancel(): void {
    this.readVersion += 1;
    this.stopReading();
    endImportSession(this.store);
    void this.next();
  }

  /** Stops the read in flight, if any: its worker is terminated and its wait ended. */
  private stopReading(): void {
    this.stall.stop();
    if (!this.abandonRead) return;
    stopImportWorker();
    this.abandonRead();
    this.abandonRead = null;
  }

  private async next(): Promise<void> {
    const file = this.waiting.shift();
    if (!file) return;
    // Refused before reading, so a huge file cannot exhaust the tab.
    if (file.source.size > MAX_IMPORT_BYTES) {
      raiseAlert(this.store, 'error', 'import.tooLarge', {
        file: file.name,
        size: Math.round(file.source.size / 1024 / 1024),
        limit: MAX_IMPORT_BYTES / 1024 / 1024,
      });
      return this.next();
    }
    beginImportSession(this.store, { fileName: file.name, source: file.source, options: {}, state: 'reading', progress: 0, result: null, mode: 'merge', includeOutsideTianjin: false });
    await this.read();
  }

  private async read(): Promise<void> {
    const session = this.store.getState().importSession;
    if (!session) return;
    const version = ++this.readVersion;
    let bytes: ArrayBuffer;
    try {
      bytes = await session.source.arrayBuffer();
    } catch (error) {
      return this.fail(session.fileName, error instanceof Error ? error.message : String(error));
    }
    const onProgress = proxy((fraction: number) => {
      if (version !== this.readVersion) return;
      this.stall.progressed();
      updateImportSession(this.store, { progress: fraction, stalled: false });
    });
    // A read still in flight (options changed meanwhile) is stopped: one read at a time.
    this.stopReading();
    const abandoned = new Promise<null>((resolve) => (this.abandonRead = () => resolve(null)));
    this.stall.start();
    // The districts drawn on the map tell which features lie outside Tianjin.
    const options = { ...session.options, tianjinDistricts: this.store.getState().districts };
    const outcome: Outcome<TransferredImport> | null = await Promise.race([importWorker().importFile(transfer(bytes, [bytes]), session.fileName, options, onProgress), abandoned]);
    if (version !== this.readVersion || outcome === null) return;
    this.abandonRead = null;
    this.stall.stop();
    if (!outcome.ok) return this.fail(session.fileName, outcome.reason);
    if (!outcome.value.result.ok) {
      const errors = outcome.value.result.errors;
      raiseAlert(this.store, 'error', 'import.rejected', { file: session.fileName, reason: '—' }, errors);
      endImportSession(this.store);
      return this.next();
    }
    // The outlines arrive packed and are rebuilt in slices, so a big file freezes nothing.
    const result = await fromTransferredImport(outcome.value, pageGeometries);
    if (version !== this.readVersion) return;
    updateImportSession(this.store, { state: 'review', progress: 1, result });
  }

  private fail(fileName: string, reason: string): Promise<void> {
    raiseAlert(this.store, 'error', 'import.failed', { file: fileName, reason });
    endImportSession(this.store);
    return this.next();
  }
}
