import { expose, transfer, type ProxyOrClone } from 'comlink';
import { importFile } from '../import/importFile';
import type { ImportOptions } from '../import/importResult';
import { toTransferredImport, type TransferredImport } from './importTransfer';
import { attempt, type Outcome } from './outcome';

/**
 * The import worker: reads one file at a time, off the main thread, with progress. A worker of
 * its own, not the zone worker's: a file that takes too long is stopped by terminating this
 * worker (Cancel; see importWorkerClient.ts), which no area, coverage or drawing request waits
 * on. Outlines come back packed in transferred arrays; the page sends them to the zone worker
 * when it first names them (geometryRegistry.ts).
 */
const api = {
  /** Reads a file's bytes (transferred, not copied) in any supported format. */
  importFile(bytes: ArrayBuffer, fileName: string, options: ImportOptions = {}, onProgress?: ProxyOrClone<(fraction: number) => void>): Outcome<TransferredImport> {
    const withProgress = { ...options, onProgress: onProgress ? (fraction: number) => void onProgress(fraction) : undefined };
    const outcome = attempt(() => toTransferredImport(importFile(new Uint8Array(bytes), fileName, withProgress)));
    return outcome.ok ? transfer({ ok: true, value: outcome.value.transferred }, outcome.value.transferList) : outcome;
  },
};

export type ImportWorkerApi = typeof api;

expose(api);
