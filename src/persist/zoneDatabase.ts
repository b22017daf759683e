import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ZoneFeature } from '../domain/zone';
import type { LoadedFeature } from '../import/importResult';
import { pageGeometries, type GeometryRegistry } from '../worker/geometryRegistry';
import { skeletonOf, type FeatureSkeleton } from '../worker/geometryReferences';
import type { PackedGeometries } from '../worker/packedGeometries';
import { featuresFromChunks, outlineChunks } from './packedFeatures';

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

/**
 * The record as stored. Format 2: the features without their outlines, and the outlines packed in
 * typed arrays in `outlineChunks` records of their own (zones' first, then the other features';
 * see packedFeatures.ts). Records written before it hold GeoJSON features as they are, and still load.
 */
type StoredDataset = Omit<SavedDataset, 'zones' | 'otherFeatures'> & { key: typeof CURRENT_KEY } & (
    | { format: 2; zones: Array<FeatureSkeleton<ZoneFeature>>; otherFeatures: Array<FeatureSkeleton<LoadedFeature>>; outlineChunks: number }
    | { format?: undefined; zones: ZoneFeature[]; otherFeatures?: LoadedFeature[] }
  );

interface StoredOutlines {
  key: string;
  outlines: PackedGeometries;
}

/**
 * The stored revision, its writer and how many outline chunks it has, beside the record: a save
 * checks it without reading the working copy back (a 50 MB collection took 740 ms to read only to
 * learn its revision).
 */
interface StoredRevision {
  key: typeof REVISION_KEY;
  revision: number;
  tabId: string;
  outlineChunks: number;
}

interface ZoneDatabaseSchema extends DBSchema {
  datasets: { key: string; value: StoredDataset | StoredRevision | StoredOutlines };
}

const DATABASE_NAME = 'tianjin-cv-zones';
const CURRENT_KEY = 'current';
const REVISION_KEY = 'revision';
const outlinesKey = (chunk: number) => `outlines-${chunk}`;

function isDataset(value: StoredDataset | StoredRevision | StoredOutlines | undefined): value is StoredDataset {
  return !!value && value.key === CURRENT_KEY;
}

function isRevision(value: StoredDataset | StoredRevision | StoredOutlines | undefined): value is StoredRevision {
  return !!value && value.key === REVISION_KEY;
}

export type SaveOutcome =
  | { ok: true; revision: number }
  | { ok: false; reason: 'conflict'; storedRevision: number; storedBy: string }
  | { ok: false; reason: 'quota' | 'unavailable'; message: string };

export class ZoneDatabase {
  private constructor(
    private readonly database: IDBPDatabase<ZoneDatabaseSchema>,
    private readonly registry: GeometryRegistry,
  ) {}

  static async open(registry: GeometryRegistry = pageGeometries): Promise<ZoneDatabase> {
    const database = await openDB<ZoneDatabaseSchema>(DATABASE_NAME, 1, {
      upgrade(upgrading) {
        upgrading.createObjectStore('datasets', { keyPath: 'key' });
      },
    });
    return new ZoneDatabase(database, registry);
  }

  async load(): Promise<SavedDataset | null> {
    const record = await this.database.get('datasets', CURRENT_KEY);
    if (!isDataset(record)) return null;
    const { revision, savedAt, tabId } = record;
    if (record.format === 2) {
      // One request per chunk: each is read back in a task of its own.
      const chunks: PackedGeometries[] = [];
      for (let chunk = 0; chunk < record.outlineChunks; chunk++) {
        const stored = (await this.database.get('datasets', outlinesKey(chunk))) as StoredOutlines | undefined;
        if (!stored) throw new Error(`the saved working copy lacks outline chunk ${chunk}`);
        chunks.push(stored.outlines);
      }
      const features = await featuresFromChunks<LoadedFeature>([...record.zones, ...record.otherFeatures], chunks, this.registry);
      return { zones: features.slice(0, record.zones.length) as ZoneFeature[], otherFeatures: features.slice(record.zones.length), revision, savedAt, tabId };
    }
    return { zones: record.zones, otherFeatures: record.otherFeatures ?? [], revision, savedAt, tabId };
  }

  /**
   * Writes the zones if the stored revision is still `baseRevision` (0: nothing saved yet);
   * otherwise leaves the store untouched and reports the conflict.
   */
  async save(zones: ZoneFeature[], otherFeatures: LoadedFeature[], baseRevision: number, tabId: string): Promise<SaveOutcome> {
    // Packed before the transaction opens: an IndexedDB transaction closes when a task passes with nothing asked of it.
    const chunks = await outlineChunks([...zones, ...otherFeatures], this.registry);
    try {
      const transaction = this.database.transaction('datasets', 'readwrite');
      const revisionEntry = await transaction.store.get(REVISION_KEY);
      // Records written before the revision had its own entry: read it from the working copy.
      const stored = isRevision(revisionEntry) ? revisionEntry : ((await transaction.store.get(CURRENT_KEY)) as StoredDataset | undefined);
      const storedRevision = stored?.revision ?? 0;
      if (storedRevision !== baseRevision) {
        transaction.abort();
        await transaction.done.catch(() => undefined);
        return { ok: false, reason: 'conflict', storedRevision, storedBy: stored?.tabId ?? '' };
      }
      const revision = storedRevision + 1;
      // One chunk per request, awaited: each is cloned in a task of its own, all in this transaction.
      for (const [chunk, outlines] of chunks.entries()) await transaction.store.put({ key: outlinesKey(chunk), outlines });
      const previousChunks = isRevision(revisionEntry) ? revisionEntry.outlineChunks : 0;
      for (let chunk = chunks.length; chunk < previousChunks; chunk++) await transaction.store.delete(outlinesKey(chunk));
      await transaction.store.put({
        key: CURRENT_KEY,
        format: 2,
        zones: zones.map(skeletonOf),
        otherFeatures: otherFeatures.map(skeletonOf),
        outlineChunks: chunks.length,
        revision,
        savedAt: new Date().toISOString(),
        tabId,
      });
      await transaction.store.put({ key: REVISION_KEY, revision, tabId, outlineChunks: chunks.length });
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
    // Every record goes: the working copy, its outline chunks and its revision.
    const transaction = this.database.transaction('datasets', 'readwrite');
    await Promise.all([transaction.store.clear(), transaction.done]);
  }

  close(): void {
    this.database.close();
  }
}
