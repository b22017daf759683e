import type { Geometry } from 'geojson';
import { lazyGeometrySize } from './lazyGeometry';

/** Numbers (positions × dimension) in a list of positions: 2 each, 3 with altitude. */
function positionsSize(positions: readonly (readonly number[])[]): number {
  let size = 0;
  for (const position of positions) size += position.length;
  return size;
}

/** Numbers (coordinates × dimension) in a geometry: what it costs to keep. */
export function geometrySize(geometry: Geometry): number {
  // A lazily unpacked outline knows its size: counting its positions would unpack it.
  const known = lazyGeometrySize(geometry);
  if (known !== undefined) return known;
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates.length;
    case 'MultiPoint':
    case 'LineString':
      return positionsSize(geometry.coordinates);
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.reduce((sum, ring) => sum + positionsSize(ring), 0);
    case 'MultiPolygon':
      return geometry.coordinates.reduce((sum, polygon) => sum + polygon.reduce((inner, ring) => inner + positionsSize(ring), 0), 0);
    case 'GeometryCollection':
      return geometry.geometries.reduce((sum, part) => sum + geometrySize(part), 0);
  }
}

interface Entry {
  geometry: Geometry;
  size: number;
  /** Display copies made from it, by tolerance (see displayCopies.ts). */
  copies: Map<number, Geometry>;
}

/**
 * The zone worker's geometries by key, so the main thread can name a zone's outline instead of
 * posting it again with every request (a 50 MB collection took seconds of main-thread time to
 * post twice per change). The least recently used are forgotten past a budget of numbers held;
 * the main thread sends a forgotten one again when the worker reports it missing.
 */
export class GeometryStore {
  private readonly entries = new Map<string, Entry>();
  private heldSize = 0;

  /** @param budget numbers (coordinates × dimension) kept at most, unless one request needs more */
  constructor(private budget: number) {}

  get size(): number {
    return this.heldSize;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  put(key: string, geometry: Geometry): void {
    this.remove(key);
    const size = geometrySize(geometry);
    this.entries.set(key, { geometry, size, copies: new Map() });
    this.heldSize += size;
  }

  /** The geometry, marked as just used (a Map keeps insertion order: the oldest come first). */
  get(key: string): Geometry | undefined {
    const entry = this.touch(key);
    return entry?.geometry;
  }

  /** A display copy made earlier at this tolerance, or made now by `make` and kept with the geometry. */
  copy(key: string, tolerance: number, make: (geometry: Geometry) => Geometry): Geometry | undefined {
    const entry = this.touch(key);
    if (!entry) return undefined;
    let copy = entry.copies.get(tolerance);
    if (!copy) entry.copies.set(tolerance, (copy = make(entry.geometry)));
    return copy;
  }

  missing(keys: readonly string[]): string[] {
    return keys.filter((key) => !this.entries.has(key));
  }

  /**
   * Forgets the least recently used geometries until the budget holds, never one of `keep` (the
   * request being served). The budget grows to twice a request's own size when that is larger,
   * so a collection and the one before it (what undo goes back to) both fit.
   */
  trim(keep: ReadonlySet<string>): void {
    let keptSize = 0;
    for (const key of keep) keptSize += this.entries.get(key)?.size ?? 0;
    this.budget = Math.max(this.budget, 2 * keptSize);
    for (const [key, entry] of this.entries) {
      if (this.heldSize <= this.budget) break;
      if (keep.has(key)) continue;
      this.entries.delete(key);
      this.heldSize -= entry.size;
    }
  }

  private touch(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.heldSize -= entry.size;
  }
}
