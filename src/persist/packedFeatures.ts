import type { Feature, Geometry } from 'geojson';
import { withGeometry, type FeatureSkeleton } from '../worker/geometryReferences';
import type { GeometryRegistry } from '../worker/geometryRegistry';
import { forEachInSlices, yieldToMain } from '../worker/mainThreadSlices';
import { lazilyUnpackedGeometry } from '../worker/lazyGeometry';
import { joinPacked, packedAt, packedSize, type PackedGeometries, type PackedGeometry } from '../worker/packedGeometries';

/**
 * How the working copy stores features: each without its outline (a skeleton), and the outlines
 * packed into typed arrays (see src/worker/packedGeometries.ts), in chunks. Why: IndexedDB copies
 * what it stores with the structured clone, on the main thread; 758 zones (10 MB of GeoJSON) as
 * nested arrays took a 460 ms task to write and about as long to read back, while typed arrays
 * are copied in one go. Why chunks: even packed, 3,788 zones (50 MB) took one 390 ms task to
 * write; each chunk is written (and read) in a task of its own. Why this size: a chunk of a
 * million numbers still took 75–90 ms to store; a quarter of that, about 20 ms.
 */
export const NUMBERS_PER_CHUNK = 250_000;

/**
 * The outlines of `features`, in order, in chunks of about `NUMBERS_PER_CHUNK` numbers. Each chunk
 * is a fresh, compact copy: the registry's packed outlines are views into the buffers imports
 * arrived in, and the structured clone would write a view's whole buffer. One chunk per task.
 */
export async function outlineChunks(features: readonly Feature<Geometry>[], registry: GeometryRegistry, numbersPerChunk = NUMBERS_PER_CHUNK): Promise<PackedGeometries[]> {
  const geometries = features.map((feature) => feature.geometry);
  await registry.pack(geometries);
  const chunks: PackedGeometries[] = [];
  let pieces: PackedGeometry[] = [];
  let numbers = 0;
  for (const geometry of geometries) {
    const piece = registry.packedOf(geometry);
    pieces.push(piece);
    numbers += packedSize(piece);
    if (numbers >= numbersPerChunk) {
      chunks.push(joinPacked(pieces));
      pieces = [];
      numbers = 0;
      await yieldToMain();
    }
  }
  if (pieces.length > 0 || chunks.length === 0) chunks.push(joinPacked(pieces));
  return chunks;
}

/**
 * The features back from their skeletons and the outline chunks (in the order written), rebuilt
 * in slices (no long task), each outline unpacked only when read (lazyGeometry.ts) and recorded in
 * the registry with its packed form, so it is not packed again to be sent to the worker or saved.
 */
export async function featuresFromChunks<F extends Feature>(skeletons: ReadonlyArray<FeatureSkeleton<F>>, chunks: readonly PackedGeometries[], registry: GeometryRegistry): Promise<F[]> {
  const located: Array<[PackedGeometries, number]> = [];
  for (const chunk of chunks) for (let index = 0; index < chunk.count; index++) located.push([chunk, index]);
  if (located.length !== skeletons.length) throw new Error(`the saved working copy has ${skeletons.length} features but ${located.length} outlines`);
  const features: F[] = new Array(skeletons.length);
  await forEachInSlices(skeletons.length, (index) => {
    const [chunk, within] = located[index]!;
    const piece = packedAt(chunk, within);
    const geometry = lazilyUnpackedGeometry(piece);
    registry.adoptPacked(geometry, piece);
    features[index] = withGeometry(skeletons[index]!, geometry);
  });
  return features;
}
