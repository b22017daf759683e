import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ZoneFeature } from '../domain/zone';
import type { LoadedFeature } from '../import/importResult';

/**
 * The editor's working copy of the zones, in IndexedDB (through `idb`, a small, well-kept
 * promise wrapper). One record, written in one transaction with an optimistic revision check,
 * so two tabs cannot overwrite each other silently.
 */
export interface SavedDataset {
  zones: ZoneFeature[];
  /** Points and lines kept from imports (absent in records written before they were kept). */
  otherFeatures: LoadedFeature[];
  /** Increases by one with every save; a save names the revision it started from. */
  revision: number;
  savedAt: string;
  /** The tab that wrote it (random per page load). */
  tabId: string;
}

interface ZoneDatabaseSchema extends DBSchema {
  datasets: { key: string; value: SavedDataset & { key: string } };
}

const DATABASE_NAME = 'tianjin-cv-zones';
const CURRENT_KEY = 'current';

export type SaveOutcome =
  | { ok: true; revision: number }
  | { ok: false; reason: 'conflict'; storedRevision: number; storedBy: string }
  | { ok: false; reason: 'quota' | 'unavailable'; message: string };

export class ZoneDatabase {
  private constructor(private readonly database: IDBPDatabase<ZoneDatabaseSchema>) {}

  static async open(): Promise<ZoneDatabase> {
    const database = await openDB<ZoneDatabaseSchema>(DATABASE_NAME, 1, {
      upgrade(upgrading) {
        upgrading.createObjectStore('datasets', { keyPath: 'key' });
      },
    });
    return new ZoneDatabase(database);
  }

  async load(): Promise<SavedDataset | null> {
    const record = await this.database.get('datasets', CURRENT_KEY);
    if (!record) return null;
    const { zones, otherFeatures = [], revision, savedAt, tabId } = record;
    return { zones, otherFeatures, revision, savedAt, tabId };
  }

  /**
   * Writes the zones if the stored revision is still `baseRevision` (0: nothing saved yet);
   * otherwise leaves the store untouched and reports the conflict.
   */
  async save(zones: ZoneFeature[], otherFeatures: LoadedFeature[], baseRevision: number, tabId: string): Promise<SaveOutcome> {
    try {
      const transaction = this.database.transaction('datasets', 'readwrite');
      const stored = await transaction.store.get(CURRENT_KEY);
      const storedRevision = stored?.revision ?? 0;
      if (storedRevision !== baseRevision) {
        transaction.abort();
        await transaction.done.catch(() => undefined);
        return { ok: false, reason: 'conflict', storedRevision, storedBy: stored?.tabId ?? '' };
      }
      const revision = storedRevision + 1;
      await transaction.store.put({ key: CURRENT_KEY, zones, otherFeatures, revision, savedAt: new Date().toISOString(), tabId });
      await transaction.done;
      return { ok: true, revision };
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: name === 'QuotaExceededError' ? 'quota' : 'unavailable', message };
    }
  }

  /** Forgets the working copy (back to the shipped default zones). */
  async clear(): Promise<void> {
    await this.database.delete('datasets', CURRENT_KEY);
  }

  close(): void {
    this.database.close();
  }
}
