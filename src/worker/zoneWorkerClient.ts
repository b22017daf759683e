import { wrap, type Remote } from 'comlink';
import type { ZoneWorkerApi } from './zoneWorker';

let remote: Remote<ZoneWorkerApi> | null = null;

/** The one zone worker of the page, started on first use (after the first frame). */
export function zoneWorker(): Remote<ZoneWorkerApi> {
  remote ??= wrap<ZoneWorkerApi>(new Worker(new URL('./zoneWorker.ts', import.meta.url), { type: 'module', name: 'zone-worker' }));
  return remote;
}
