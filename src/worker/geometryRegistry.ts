import type { Geometry } from 'geojson';
import type { GeometryReferences } from './geometryReferences';
import { forEachInSlices } from './mainThreadSlices';
import { joinPacked, packGeometries, packedAt, type PackedGeometry } from './packedGeometries';

interface Registered {
  key: string;
  /** The outline as flat arrays: what is posted to the worker and written to IndexedDB. */
  packed: PackedGeometry | null;
  /** Whether the worker was last known to hold it (it may have forgotten since: it then says so). */
  inWorker: boolean;
}

/**
 * The main thread's side of naming outlines to the zone worker: a key per geometry object (zone
 * arrays are immutable, so an outline is the same object in every collection that holds it, undo
 * history included), its packed form, and whether the worker has it. Weak, so forgotten zones go.
 */
export class GeometryRegistry {
  private readonly entries = new WeakMap<Geometry, Registered>();
  private nextKey = 1;

  /** Records an outline that came from the worker (an import): it holds it under `key` already. */
  adopt(geometry: Geometry, key: string, packed: PackedGeometry): void {
    this.entries.set(geometry, { key, packed, inWorker: true });
  }

  /** Records an outline rebuilt from packed arrays on this side (IndexedDB): no need to pack it again. */
  adoptPacked(geometry: Geometry, packed: PackedGeometry): void {
    this.entries.set(geometry, { key: `m${this.nextKey++}`, packed, inWorker: false });
  }

  keyOf(geometry: Geometry): string {
    return this.entry(geometry).key;
  }

  /** Packs, in slices, the outlines not packed yet (the default zones, zones from an old saved record). */
  async pack(geometries: readonly Geometry[]): Promise<void> {
    const unpacked = geometries.filter((geometry) => !this.entry(geometry).packed);
    await forEachInSlices(unpacked.length, (index) => {
      const geometry = unpacked[index]!;
      this.entry(geometry).packed = packedAt(packGeometries([geometry]), 0);
    });
  }

  /** The packed outline (call `pack` first for outlines made on this side). */
  packedOf(geometry: Geometry): PackedGeometry {
    const entry = this.entry(geometry);
    entry.packed ??= packedAt(packGeometries([geometry]), 0);
    return entry.packed;
  }

  /**
   * The outlines as keys, with the packed coordinates of those the worker is not known to hold,
   * or of every key in `resend` (those it said it had forgotten).
   */
  references(geometries: readonly Geometry[], resend: ReadonlySet<string> = new Set()): GeometryReferences {
    const keys: string[] = [];
    const suppliedKeys: string[] = [];
    const supplied: PackedGeometry[] = [];
    const seen = new Set<string>();
    for (const geometry of geometries) {
      const entry = this.entry(geometry);
      keys.push(entry.key);
      if ((!entry.inWorker || resend.has(entry.key)) && !seen.has(entry.key)) {
        seen.add(entry.key);
        suppliedKeys.push(entry.key);
        supplied.push(this.packedOf(geometry));
      }
    }
    return supplied.length === 0 ? { keys } : { keys, supplied: { keys: suppliedKeys, packed: joinPacked(supplied) } };
  }

  /** After the worker answered a request naming these outlines: it holds them now. */
  markInWorker(geometries: readonly Geometry[]): void {
    for (const geometry of geometries) this.entry(geometry).inWorker = true;
  }

  private entry(geometry: Geometry): Registered {
    let entry = this.entries.get(geometry);
    if (!entry) this.entries.set(geometry, (entry = { key: `m${this.nextKey++}`, packed: null, inWorker: false }));
    return entry;
  }
}

/** The page's registry: one zone worker, one set of keys. */
export const pageGeometries = new GeometryRegistry();
