import type { Feature, Geometry } from 'geojson';
import type { GeometryStore } from './geometryStore';
import { packedAt, unpackGeometry, type PackedGeometries } from './packedGeometries';

/**
 * Outlines named by key for the zone worker, with the coordinates of those it may not hold yet
 * (see geometryStore.ts for why, geometryRegistry.ts for the main thread's side).
 */
export interface GeometryReferences {
  keys: string[];
  supplied?: { keys: string[]; packed: PackedGeometries };
}

/** A feature with its geometry taken out (`null`, keeping the member's place for exports). */
export type FeatureSkeleton<F extends Feature> = Omit<F, 'geometry'> & { geometry: null };

/** Zones for the worker: each feature without its outline, and the outlines by key, in the same order. */
export interface FeatureReferences<F extends Feature> extends GeometryReferences {
  features: Array<FeatureSkeleton<F>>;
}

/** What a worker call answers when it was named outlines it no longer holds: the main thread sends them and asks again. */
export interface MissingGeometries {
  ok: false;
  reason: 'missing-geometries';
  missing: string[];
}

/** Takes in the supplied outlines; returns the keys still unknown (none, normally). */
export function receiveGeometries(store: GeometryStore, references: GeometryReferences): string[] {
  const supplied = references.supplied;
  if (supplied) supplied.keys.forEach((key, index) => store.put(key, unpackGeometry(packedAt(supplied.packed, index))));
  const missing = store.missing(references.keys);
  store.trim(new Set(references.keys));
  return missing;
}

/** The feature with its geometry member kept in place but empty. */
export function skeletonOf<F extends Feature>(feature: F): FeatureSkeleton<F> {
  return { ...feature, geometry: null };
}

/** The skeleton with its outline put back; spreading keeps the members' order (`geometry` is in place). */
export function withGeometry<F extends Feature>(skeleton: FeatureSkeleton<F>, geometry: Geometry): F {
  return { ...skeleton, geometry } as unknown as F;
}

/** The features with their outlines put back (call after `receiveGeometries` found none missing). */
export function resolveFeatures<F extends Feature>(store: GeometryStore, references: FeatureReferences<F>): F[] {
  return references.features.map((skeleton, index) => withGeometry(skeleton, store.get(references.keys[index]!)!));
}
