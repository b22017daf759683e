import type { Geometry } from 'geojson';
import { isZoneFeature, type ImportResult, type LoadedFeature } from '../import/importResult';
import { skeletonOf, withGeometry, type FeatureSkeleton } from './geometryReferences';
import type { GeometryRegistry } from './geometryRegistry';
import type { GeometryStore } from './geometryStore';
import { forEachInSlices } from './mainThreadSlices';
import { lazilyUnpackedGeometry } from './lazyGeometry';
import { packGeometries, packedAt, packedBuffers, type PackedGeometries } from './packedGeometries';

/**
 * An import result as the zone worker posts it: the features without their outlines, and the
 * outlines packed into transferred arrays (see packedGeometries.ts: a 50 MB file's outlines as
 * nested arrays cost the page seconds to receive in one task). The worker keeps the outlines
 * under `keys`, so areas, coverage and display copies of the imported zones need no second post.
 */
export interface TransferredImport {
  result: Omit<ImportResult, 'features' | 'zones' | 'originalFeatures'>;
  features: Array<FeatureSkeleton<LoadedFeature>>;
  /** Outline keys: each feature's, then, when a datum shift was applied, each feature's before it. */
  keys: string[];
  hasOriginals: boolean;
  geometries: PackedGeometries;
}

/** In the worker: keeps the outlines in `store` under new keys and packs them for posting (transfer `transferList`). */
export function toTransferredImport(result: ImportResult, store: GeometryStore, newKey: () => string): { transferred: TransferredImport; transferList: ArrayBuffer[] } {
  const { features, zones: _zones, originalFeatures, ...rest } = result;
  const geometries: Geometry[] = [...features.map((feature) => feature.geometry), ...(originalFeatures ?? []).map((feature) => feature.geometry)];
  const keys = geometries.map((geometry) => {
    const key = newKey();
    store.put(key, geometry);
    return key;
  });
  store.trim(new Set(keys));
  const packed = packGeometries(geometries);
  return {
    transferred: { result: rest, features: features.map(skeletonOf), keys, hasOriginals: !!originalFeatures, geometries: packed },
    transferList: packedBuffers(packed),
  };
}

/**
 * On the page: the import result rebuilt, in slices (no long task), its outlines unpacked only
 * when read (lazyGeometry.ts) and recorded in `registry` as held by the worker. Zones are the same
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
    registry.adopt(geometry, keys[index]!, packed);
    const skeleton = skeletons[index % count]!;
    const feature = withGeometry(skeleton, geometry);
    if (index < count) features[index] = feature;
    else originalFeatures![index - count] = feature;
  });
  const result: ImportResult = { ...transferred.result, features, zones: features.filter(isZoneFeature) };
  if (originalFeatures) result.originalFeatures = originalFeatures;
  return result;
}
