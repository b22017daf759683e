import { yieldToMain } from '../worker/mainThreadSlices';
import { setPersistence } from '../state/actions';
import type { AppStore } from '../state/store';
import type { ZoneDatabase } from './zoneDatabase';

const CHANNEL_NAME = 'tianjin-cv-zones';

interface SavedMessage {
  type: 'saved';
  revision: number;
  tabId: string;
}

/**
 * Writes every change to the zones to IndexedDB (one transaction each), and tells other open
 * tabs through a BroadcastChannel. A tab that learns another saved after it loaded is put in
 * `conflict`: it stops writing (nothing is overwritten) until the editor chooses.
 * Returns the function that stops it.
 */
export function startAutosave(store: AppStore, database: ZoneDatabase, tabId: string): () => void {
  // Ask the browser not to evict the working copy under storage pressure (it may say no).
  void navigator.storage?.persist?.().catch(() => false);
  const channel = new BroadcastChannel(CHANNEL_NAME);
  let writing = false;

  const save = async () => {
    if (writing) return;
    const { persistence } = store.getState();
    if (persistence.status !== 'unsaved') return;
    writing = true;
    setPersistence(store, { status: 'saving', revision: persistence.revision });
    // In a task of its own, not in the one that made the change (an import's confirm click).
    await yieldToMain();
    const { zones, otherFeatures } = store.getState();
    const outcome = await database.save(zones, otherFeatures, persistence.revision, tabId);
    writing = false;
    const changedMeanwhile = store.getState().zones !== zones || store.getState().otherFeatures !== otherFeatures;
    if (outcome.ok) {
      channel.postMessage({ type: 'saved', revision: outcome.revision, tabId } satisfies SavedMessage);
      // A change made while writing is saved next (the status change to 'unsaved' triggers it).
      setPersistence(store, { status: changedMeanwhile ? 'unsaved' : 'saved', revision: outcome.revision });
    } else if (outcome.reason === 'conflict') {
      setPersistence(store, { status: 'conflict', revision: persistence.revision, detail: String(outcome.storedRevision) });
    } else {
      setPersistence(store, { status: 'failed', revision: persistence.revision, detail: `${outcome.reason}: ${outcome.message}` });
    }
  };

  const onMessage = (event: MessageEvent<SavedMessage>) => {
    if (event.data?.type !== 'saved' || event.data.tabId === tabId) return;
    const { persistence } = store.getState();
    if (event.data.revision > persistence.revision) {
      setPersistence(store, { status: 'conflict', revision: persistence.revision, detail: String(event.data.revision) });
    }
  };
  channel.addEventListener('message', onMessage);

  const unsubscribe = store.subscribe(
    (state) => state.persistence.status,
    (status) => {
      if (status === 'unsaved') void save();
    },
  );

  // Closing the tab with work not yet on disk asks first.
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    const { status } = store.getState().persistence;
    if (status === 'unsaved' || status === 'saving' || status === 'failed' || status === 'conflict') {
      event.preventDefault();
    }
  };
  window.addEventListener('beforeunload', onBeforeUnload);

  return () => {
    unsubscribe();
    channel.removeEventListener('message', onMessage);
    channel.close();
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
