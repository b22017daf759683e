import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ZoneFeature } from '../domain/zone';
import type { LoadedFeature } from '../import/importResult';
import { pageGeometries, type GeometryRegistry } from '../worker/geometryRegistry';
import { skeletonOf, type FeatureSkeleton } from '../worker/geometryReferences';
import type { PackedGeometries } from '../worker/packedGeometries';
import { featuresFromChunks, outlineChunks } from './packedFeatures';

/**
 * The editor's working copy of the zones, in IndexedDB (through `idb`, a small, well-kept
 * promise wrapper). Written in one transaction with an optimistic revision check, so two tabs
 * cannot overwrite each other silently.
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
 * The record as stored. Format 3: the features without their outlines in `skeletonChunks`
 * records of `SKELETONS_PER_CHUNK` (zones' first, then the other features'), and their outlines
 * packed in typed arrays in `outlineChunks` records (see packedFeatures.ts). Format 2 held all
 * the skeletons in this record: writing 3,788 of them was a 185 ms structured clone in one task.
 * Records of format 2, and older ones holding GeoJSON features as they are, still load.
 */
type StoredDataset = Omit<SavedDataset, 'zones' | 'otherFeatures'> & { key: typeof CURRENT_KEY } & (
    | { format: 3; zoneCount: number; skeletonChunks: number; outlineChunks: number }
    | { format: 2; zones: Array<FeatureSkeleton<ZoneFeature>>; otherFeatures: Array<FeatureSkeleton<LoadedFeature>>; outlineChunks: number }
    | { format?: undefined; zones: ZoneFeature[]; otherFeatures?: LoadedFeature[] }
  );

interface StoredOutlines {
  key: string;
  outlines: PackedGeometries;
}

interface StoredSkeletons {
  key: string;
  skeletons: Array<FeatureSkeleton<LoadedFeature>>;
}

/** Features' skeletons per record: a few hundred clone in well under 30 ms. */
const SKELETONS_PER_CHUNK = 500;

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
  /** Absent in entries written before format 3. */
  skeletonChunks?: number;
}

type StoredValue = StoredDataset | StoredRevision | StoredOutlines | StoredSkeletons;

interface ZoneDatabaseSchema extends DBSchema {
  datasets: { key: string; value: StoredValue };
}

const DATABASE_NAME = 'tianjin-cv-zones';
const CURRENT_KEY = 'current';
const REVISION_KEY = 'revision';
const outlinesKey = (chunk: number) => `outlines-${chunk}`;
const skeletonsKey = (chunk: number) => `skeletons-${chunk}`;

function isDataset(value: StoredValue | undefined): value is StoredDataset {
  return !!value && value.key === CURRENT_KEY;
}

function isRevision(value: StoredValue | undefined): value is StoredRevision {
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
    if (record.format === undefined) return { zones: record.zones, otherFeatures: record.otherFeatures ?? [], revision, savedAt, tabId };
    // One request per chunk: each is read back in a task of its own.
    const chunks: PackedGeometries[] = [];
    for (let chunk = 0; chunk < record.outlineChunks; chunk++) {
      const stored = (await this.database.get('datasets', outlinesKey(chunk))) as StoredOutlines | undefined;
      if (!stored) throw new Error(`the saved working copy lacks outline chunk ${chunk}`);
      chunks.push(stored.outlines);
    }
    let skeletons: Array<FeatureSkeleton<LoadedFeature>>;
    let zoneCount: number;
    if (record.format === 3) {
      skeletons = [];
      for (let chunk = 0; chunk < record.skeletonChunks; chunk++) {
        const stored = (await this.database.get('datasets', skeletonsKey(chunk))) as StoredSkeletons | undefined;
        if (!stored) throw new Error(`the saved working copy lacks feature chunk ${chunk}`);
        for (const skeleton of stored.skeletons) skeletons.push(skeleton);
      }
      zoneCount = record.zoneCount;
    } else {
      skeletons = [...record.zones, ...record.otherFeatures];
      zoneCount = record.zones.length;
    }
    const features = await featuresFromChunks<LoadedFeature>(skeletons, chunks, this.registry);
    return { zones: features.slice(0, zoneCount) as ZoneFeature[], otherFeatures: features.slice(zoneCount), revision, savedAt, tabId };
  }

  /**
   * Writes the zones if the stored revision is still `baseRevision` (0: nothing saved yet);
   * otherwise leaves the store untouched and reports the conflict.
   */
  async save(zones: ZoneFeature[], otherFeatures: LoadedFeature[], baseRevision: number, tabId: string): Promise<SaveOutcome> {
    // Packed before the transaction opens: an IndexedDB transaction closes when a task passes with nothing asked of it.
    const features = [...zones, ...otherFeatures];
    const chunks = await outlineChunks(features, this.registry);
    const skeletonChunks: Array<Array<FeatureSkeleton<LoadedFeature>>> = [];
    for (let start = 0; start < features.length || skeletonChunks.length === 0; start += SKELETONS_PER_CHUNK) {
      skeletonChunks.push(features.slice(start, start + SKELETONS_PER_CHUNK).map(skeletonOf));
    }
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
      for (const [chunk, skeletons] of skeletonChunks.entries()) await transaction.store.put({ key: skeletonsKey(chunk), skeletons });
      const previous = isRevision(revisionEntry) ? revisionEntry : null;
      for (let chunk = chunks.length; chunk < (previous?.outlineChunks ?? 0); chunk++) await transaction.store.delete(outlinesKey(chunk));
      for (let chunk = skeletonChunks.length; chunk < (previous?.skeletonChunks ?? 0); chunk++) await transaction.store.delete(skeletonsKey(chunk));
      await transaction.store.put({
        key: CURRENT_KEY,
        format: 3,
        zoneCount: zones.length,
        skeletonChunks: skeletonChunks.length,
        outlineChunks: chunks.length,
        revision,
        savedAt: new Date().toISOString(),
        tabId,
      });
      await transaction.store.put({ key: REVISION_KEY, revision, tabId, outlineChunks: chunks.length, skeletonChunks: skeletonChunks.length });
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
