import { proxy } from 'comlink';
import { reportCoverageProgress, setCoverageFailed, setCoverageResult, setZoneAreas, startCoverageComputation } from '../state/actions';
import { selectVisibleZones } from '../state/selectors';
import type { AppStore } from '../state/store';
import { yieldToMain } from './mainThreadSlices';
import { callWithFeatures } from './workerGeometries';
import { zoneWorker } from './zoneWorkerClient';

/**
 * Keeps areas and coverage in step with the zones and filters: each change names the zones to the
 * area worker (their outlines by key: it already holds those it read or was sent before); an
 * answer that arrives after a newer request was made is dropped.
 */
export function startCoverageSync(store: AppStore): () => void {
  const api = zoneWorker();
  let latestRequest = 0;
  let measuredZones: unknown = null;

  const recompute = async () => {
    const request = ++latestRequest;
    // In a task of its own, not in the one that made the change; changes in between make one request.
    await yieldToMain();
    if (request !== latestRequest) return;
    const state = store.getState();
    const visible = selectVisibleZones(state);
    startCoverageComputation(store);
    const onProgress = proxy((fraction: number) => {
      if (request === latestRequest) reportCoverageProgress(store, fraction);
    });
    // Areas of every loaded zone (for the list and inspector) only when the zones themselves change.
    if (measuredZones !== state.zones) {
      const zones = state.zones;
      const areas = await callWithFeatures(zones, (references) => api.zoneAreas(references));
      if (request !== latestRequest) return;
      if (!areas.ok) return setCoverageFailed(store, areas.reason);
      measuredZones = zones;
      setZoneAreas(store, areas.value);
    }
    const answer = await callWithFeatures(visible, (references) => api.coverage(references, onProgress));
    if (request !== latestRequest) return;
    if (answer.ok) setCoverageResult(store, answer.value);
    else setCoverageFailed(store, answer.reason);
  };

  void recompute();
  const unsubscribe = store.subscribe(
    (state) => [state.zones, state.filters] as const,
    () => void recompute(),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  return unsubscribe;
}
