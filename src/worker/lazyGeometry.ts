import type { Geometry } from 'geojson';
import { packedSize, packedType, unpackGeometry, type PackedGeometry } from './packedGeometries';

/** How many numbers each lazily unpacked geometry holds, known without unpacking it. */
const numbersOfLazy = new WeakMap<Geometry, number>();

/**
 * A packed geometry as GeoJSON whose coordinates are rebuilt only when first read (then kept).
 * For outlines the page receives but rarely reads: a big collection is drawn from simplified
 * copies and measured and stored by the worker, so nothing on the page reads its outlines in full
 * until an export or a zone drawn at full detail does. Unpacked on arrival, a 50 MB file's 1.9
 * million positions were arrays made only to be collected: V8's young-generation collections
 * while they were made took up to 100 ms each, and two in one slice made a 224 ms task.
 * It reads as `unpackGeometry`'s result does: keys `type` then `coordinates`, both enumerable, so
 * JSON, spreading and structured cloning see plain GeoJSON.
 */
export function lazilyUnpackedGeometry(packed: PackedGeometry): Geometry {
  if ('verbatim' in packed) return packed.verbatim;
  const type = packedType(packed);
  let coordinates: unknown;
  const geometry = Object.defineProperty({ type } as unknown as Geometry, 'coordinates', {
    enumerable: true,
    get() {
      coordinates ??= (unpackGeometry(packed) as { coordinates: unknown }).coordinates;
      return coordinates;
    },
  });
  numbersOfLazy.set(geometry, packedSize(packed));
  return geometry;
}

/** The numbers a geometry from `lazilyUnpackedGeometry` holds, or undefined for any other geometry. */
export function lazyGeometrySize(geometry: Geometry): number | undefined {
  return numbersOfLazy.get(geometry);
}
