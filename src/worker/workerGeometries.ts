import { transfer } from 'comlink';
import type { Feature, Geometry } from 'geojson';
import { skeletonOf, type FeatureReferences, type GeometryReferences } from './geometryReferences';
import { pageGeometries, type GeometryRegistry } from './geometryRegistry';
import type { Outcome } from './outcome';
import { packedBuffers } from './packedGeometries';

/**
 * The references with their supplied outlines' buffers marked for transfer (Comlink transfers the
 * buffers of the argument object it is given, so mark the object actually passed). The buffers are
 * fresh copies (joinPacked), used for nothing else. Cloned instead, a reloaded 50 MB working copy's
 * outlines, sent to a fresh worker, cost the page 50–160 ms per request to serialise.
 */
function transferred<R extends GeometryReferences>(references: R): R {
  return references.supplied ? transfer(references, packedBuffers(references.supplied.packed)) : references;
}

/**
 * Calls the zone worker about these outlines, naming them by key and sending only those it does
 * not hold; if it has forgotten some meanwhile (it keeps a bounded number), sends them and asks once more.
 */
export async function callWithGeometries<T>(
  geometries: readonly Geometry[],
  call: (references: GeometryReferences) => Promise<Outcome<T>>,
  registry: GeometryRegistry = pageGeometries,
): Promise<Outcome<T>> {
  await registry.pack(geometries);
  let outcome = await call(transferred(registry.references(geometries)));
  if (!outcome.ok && 'missing' in outcome) outcome = await call(transferred(registry.references(geometries, new Set(outcome.missing))));
  if (outcome.ok) registry.markInWorker(geometries);
  return outcome;
}

/** The same for features: each goes without its outline, the outline by key. */
export function callWithFeatures<F extends Feature<Geometry>, T>(
  features: readonly F[],
  call: (references: FeatureReferences<F>) => Promise<Outcome<T>>,
  registry: GeometryRegistry = pageGeometries,
): Promise<Outcome<T>> {
  const skeletons = features.map(skeletonOf);
  return callWithGeometries(
    features.map((feature) => feature.geometry),
    (references) => call(transferred({ ...references, features: skeletons })),
    registry,
  );
}
