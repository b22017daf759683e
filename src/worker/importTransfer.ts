import type { Geometry } from 'geojson';
import { isZoneFeature, type ImportResult, type LoadedFeature } from '../import/importResult';
import { skeletonOf, withGeometry, type FeatureSkeleton } from './geometryReferences';
import type { GeometryRegistry } from './geometryRegistry';
import type { GeometryStore } from './geometryStore';
import { forEachInSlices } from './mainThreadSlices';
import { lazilyUnpackedGeometry } from './lazyGeometry';
import { packGeometries, packedAt, packedBuffers, type PackedGeometries } from './packedGeometries';

/**
 * An import result as the import worker posts it: the features without their outlines, and the
 * outlines packed into transferred arrays (see packedGeometries.ts: a 50 MB file's outlines as
 * nested arrays cost the page seconds to receive in one task). A worker that keeps the outlines
 * (given a store) names them by `keys`, so requests to it need no second post; the import worker
 * keeps none (it may be terminated), and the page sends them on to the zone worker when it first
 * names them.
 */
export interface TransferredImport {
  result: Omit<ImportResult, 'features' | 'zones' | 'originalFeatures'>;
  features: Array<FeatureSkeleton<LoadedFeature>>;
  /**
   * Outline keys in the worker that read the file: each feature's, then, when a datum shift was
   * applied, each feature's before it; null when that worker keeps none.
   */
  keys: string[] | null;
  hasOriginals: boolean;
  geometries: PackedGeometries;
}

/** In a worker: packs the outlines for posting (transfer `transferList`), keeping them in `store` under new keys if given one. */
export function toTransferredImport(result: ImportResult, keep?: { store: GeometryStore; newKey: () => string }): { transferred: TransferredImport; transferList: ArrayBuffer[] } {
  const { features, zones: _zones, originalFeatures, ...rest } = result;
  const geometries: Geometry[] = [...features.map((feature) => feature.geometry), ...(originalFeatures ?? []).map((feature) => feature.geometry)];
  const keys = keep
    ? geometries.map((geometry) => {
        const key = keep.newKey();
        keep.store.put(key, geometry);
        return key;
      })
    : null;
  if (keep && keys) keep.store.trim(new Set(keys));
  const packed = packGeometries(geometries);
  return {
    transferred: { result: rest, features: features.map(skeletonOf), keys, hasOriginals: !!originalFeatures, geometries: packed },
    transferList: packedBuffers(packed),
  };
}

/**
 * On the page: the import result rebuilt, in slices (no long task), its outlines unpacked only
 * when read (lazyGeometry.ts) and recorded in `registry` (as held by the worker when it keeps them). Zones are the same
 * objects as the features they are among.
 */
export async function fromTransferredImport(transferred: TransferredImport, registry: GeometryRegistry): Promise<ImportResult> {
  const { features: skeletons, keys, geometries } = transferred;
  const count = skeletons.length;
  const features: LoadedFeature[] = new Array(count);
  const originalFeatures: LoadedFeature[] | undefined = transferred.hasOriginals ? new Array(count) : undefined;
  await forEachInSlices(transferred.hasOriginals ? 2 * count : count, (index) => {
    const packed = packedAt(geometries, index);
    const geometry = lazilyUnpackedGeometry(packed);
    if (keys) registry.adopt(geometry, keys[index]!, packed);
    else registry.adoptPacked(geometry, packed);
    const skeleton = skeletons[index % count]!;
    const feature = withGeometry(skeleton, geometry);
    if (index < count) features[index] = feature;
    else originalFeatures![index - count] = feature;
  });
  const result: ImportResult = { ...transferred.result, features, zones: features.filter(isZoneFeature) };
  if (originalFeatures) result.originalFeatures = originalFeatures;
  return result;
}
