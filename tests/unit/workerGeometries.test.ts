import { expose, wrap } from 'comlink';
import type { Feature, Polygon } from 'geojson';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeatureReferences, GeometryReferences } from '../../src/worker/geometryReferences';
import { GeometryRegistry } from '../../src/worker/geometryRegistry';
import type { Outcome } from '../../src/worker/outcome';
import { callWithFeatures, callWithGeometries } from '../../src/worker/workerGeometries';

const square = (x: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });

/** A stand-in worker over a real message channel (Comlink, structured clone, transfer lists). */
function channelWorker() {
  const { port1, port2 } = new MessageChannel();
  const received: GeometryReferences[] = [];
  const api = {
    take(references: GeometryReferences): Outcome<number> {
      received.push(references);
      return { ok: true, value: references.keys.length };
    },
  };
  expose(api, port1 as never);
  return { remote: wrap<typeof api>(port2 as never), received, close: () => { port1.close(); port2.close(); } };
}

describe('calling the worker about outlines', () => {
  let close = () => {};
  afterEach(() => close());

  it('sends the outlines it does not hold by transfer, not by copy, and names them by key afterwards', async () => {
    const worker = channelWorker();
    close = worker.close;
    const registry = new GeometryRegistry();
    const geometries = [square(0), square(2), square(4)];
    const sent: GeometryReferences[] = [];
    const first = await callWithGeometries(geometries, (references) => (sent.push(references), worker.remote.take(references)), registry);
    expect(first).toEqual({ ok: true, value: 3 });
    // The page's copy of what it sent is detached: the buffers moved to the worker.
    expect(sent[0]!.supplied!.packed.coordinates.byteLength).toBe(0);
    expect(worker.received[0]!.supplied!.packed.coordinates.length).toBe(30);
    // The registry's own packed outlines are untouched, and the next call sends keys only.
    await callWithGeometries(geometries, (references) => worker.remote.take(references), registry);
    expect(worker.received[1]!.supplied).toBeUndefined();
    expect(worker.received[1]!.keys).toEqual(worker.received[0]!.keys);
    expect(registry.packedOf(geometries[1]!)).toMatchObject({ coordinates: expect.any(Float64Array) });
    expect(Array.from((registry.packedOf(geometries[1]!) as { coordinates: Float64Array }).coordinates)).toEqual([2, 0, 3, 0, 3, 1, 2, 1, 2, 0]);
  });

  it('transfers the outlines of features too', async () => {
    const worker = channelWorker();
    close = worker.close;
    const features: Array<Feature<Polygon>> = [0, 2].map((x) => ({ type: 'Feature', properties: { x }, geometry: square(x) }));
    const sent: Array<FeatureReferences<Feature<Polygon>>> = [];
    await callWithFeatures(features, (references) => (sent.push(references), worker.remote.take(references)), new GeometryRegistry());
    expect(sent[0]!.supplied!.packed.coordinates.byteLength).toBe(0);
    expect(worker.received[0]!.supplied!.packed.coordinates.length).toBe(20);
    expect((worker.received[0] as FeatureReferences<Feature<Polygon>>).features.map((feature) => feature.properties)).toEqual([{ x: 0 }, { x: 2 }]);
  });
});
