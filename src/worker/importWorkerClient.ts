import { wrap, type Remote } from 'comlink';
import type { ImportWorkerApi } from './importWorker';

let worker: Worker | null = null;
let remote: Remote<ImportWorkerApi> | null = null;

/** The page's import worker, started on first use and again after `stopImportWorker`. */
export function importWorker(): Remote<ImportWorkerApi> {
  if (!remote) {
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import-worker' });
    remote = wrap<ImportWorkerApi>(worker);
  }
  return remote;
}

/**
 * Stops whatever the import worker is doing, for real: a synchronous read cannot be interrupted
 * from outside, so the worker is terminated; the next import starts a fresh one. Its pending
 * call never answers: callers stop waiting on their own (importQueue.ts).
 */
export function stopImportWorker(): void {
  worker?.terminate();
  worker = null;
  remote = null;
}
