import type { Feature, Geometry, LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { receiveGeometries, resolveFeatures, skeletonOf, type FeatureReferences, type GeometryReferences } from '../../src/worker/geometryReferences';
import { GeometryRegistry } from '../../src/worker/geometryRegistry';
import { GeometryStore, geometrySize } from '../../src/worker/geometryStore';
import { forEachInSlices, yieldToMain } from '../../src/worker/mainThreadSlices';
import type { Outcome } from '../../src/worker/outcome';
import { packGeometries, packedAt, unpackGeometry } from '../../src/worker/packedGeometries';
import { callWithFeatures, callWithGeometries } from '../../src/worker/workerGeometries';

let nextOffset = 0;
/** A fresh line of `positions` positions (a new object, unlike any made before). */
function line(positions: number): LineString {
  const offset = (nextOffset += 1000);
  return { type: 'LineString', coordinates: Array.from({ length: positions }, (_, index): Position => [offset + index, index / 3]) };
}

const polygon = (size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [size, 0],
      [size, size],
      [0, size],
      [0, 0],
    ],
  ],
});

/** The geometries a request supplied, rebuilt, by key. */
function suppliedOf(references: GeometryReferences): Map<string, Geometry> {
  const supplied = references.supplied;
  const found = new Map<string, Geometry>();
  if (!supplied) return found;
  expect(supplied.packed.count).toBe(supplied.keys.length);
  supplied.keys.forEach((key, index) => found.set(key, unpackGeometry(packedAt(supplied.packed, index))));
  return found;
}

/**
 * The zone worker's side, for real: a GeometryStore fed by receiveGeometries, answering the sum of
 * geometrySize over the named outlines, or missing-geometries. The request is cloned, as posting it would.
 */
function sizeWorker(store: GeometryStore) {
  const requests: GeometryReferences[] = [];
  const call = async (references: GeometryReferences): Promise<Outcome<number>> => {
    const received = structuredClone(references);
    requests.push(received);
    const missing = receiveGeometries(store, received);
    if (missing.length > 0) return { ok: false, reason: 'missing-geometries', missing };
    return { ok: true, value: received.keys.reduce((sum, key) => sum + geometrySize(store.get(key)!), 0) };
  };
  return { call, requests };
}

const totalSize = (geometries: readonly Geometry[]) => geometries.reduce((sum, geometry) => sum + geometrySize(geometry), 0);

describe('GeometryRegistry keys', () => {
  it('gives the same object the same key, and equal but distinct objects different keys', () => {
    const registry = new GeometryRegistry();
    const a = polygon(1);
    const twin = polygon(1);
    expect(registry.keyOf(a)).toBe(registry.keyOf(a));
    expect(registry.keyOf(twin)).not.toBe(registry.keyOf(a));
    expect(registry.references([a, twin, a]).keys).toEqual([registry.keyOf(a), registry.keyOf(twin), registry.keyOf(a)]);
  });

  it('keeps the key a worker import gave', () => {
    const registry = new GeometryRegistry();
    const geometry = polygon(2);
    registry.adopt(geometry, 'w42', packedAt(packGeometries([geometry]), 0));
    expect(registry.keyOf(geometry)).toBe('w42');
  });
});

describe('GeometryRegistry.references', () => {
  it('supplies every outline the worker is not known to hold, once each, in first-seen order', () => {
    const registry = new GeometryRegistry();
    const [a, b, c] = [polygon(1), line(4), line(7)];
    const references = registry.references([b, a, b, c, a]);
    expect(references.keys).toEqual([b, a, b, c, a].map((geometry) => registry.keyOf(geometry)));
    expect(references.supplied?.keys).toEqual([b, a, c].map((geometry) => registry.keyOf(geometry)));
    const supplied = suppliedOf(references);
    expect(supplied.get(registry.keyOf(a))).toEqual(a);
    expect(supplied.get(registry.keyOf(b))).toEqual(b);
    expect(supplied.get(registry.keyOf(c))).toEqual(c);
  });

  it('leaves out outlines marked as in the worker, and sends no batch when none is left', () => {
    const registry = new GeometryRegistry();
    const [a, b] = [line(3), line(5)];
    registry.markInWorker([a]);
    const references = registry.references([a, b]);
    expect(references.keys).toEqual([registry.keyOf(a), registry.keyOf(b)]);
    expect(references.supplied?.keys).toEqual([registry.keyOf(b)]);
    registry.markInWorker([b]);
    expect(registry.references([a, b])).toEqual({ keys: [registry.keyOf(a), registry.keyOf(b)] });
  });

  it('supplies outlines in worker again when their keys are in resend', () => {
    const registry = new GeometryRegistry();
    const [a, b, c] = [line(3), line(5), line(2)];
    registry.markInWorker([a, b, c]);
    const references = registry.references([a, b, c], new Set([registry.keyOf(c), registry.keyOf(a), 'unrelated']));
    expect(references.supplied?.keys).toEqual([registry.keyOf(a), registry.keyOf(c)]);
    const supplied = suppliedOf(references);
    expect(supplied.get(registry.keyOf(a))).toEqual(a);
    expect(supplied.get(registry.keyOf(c))).toEqual(c);
  });

  it('sends an adopted outline only when asked to resend it, using the packed form it was given', () => {
    const registry = new GeometryRegistry();
    const geometry = line(6);
    const packed = packedAt(packGeometries([geometry]), 0);
    registry.adopt(geometry, 'w1', packed);
    expect(registry.references([geometry])).toEqual({ keys: ['w1'] });
    expect(registry.packedOf(geometry)).toBe(packed);
    const resent = registry.references([geometry], new Set(['w1']));
    expect(resent.supplied?.keys).toEqual(['w1']);
    expect(suppliedOf(resent).get('w1')).toEqual(geometry);
  });

  it('supplies an outline adopted from packed arrays (not in the worker) without packing it again', () => {
    const registry = new GeometryRegistry();
    const geometry = line(4);
    const packed = packedAt(packGeometries([geometry]), 0);
    registry.adoptPacked(geometry, packed);
    expect(registry.keyOf(geometry)).not.toBe(registry.keyOf(line(4)));
    expect(registry.references([geometry]).supplied?.keys).toEqual([registry.keyOf(geometry)]);
    expect(registry.packedOf(geometry)).toBe(packed);
  });

  it('pack() packs outlines once; packedOf then gives that same packed form', async () => {
    const registry = new GeometryRegistry();
    const geometries = Array.from({ length: 300 }, () => line(3));
    const given = packedAt(packGeometries([geometries[0]!]), 0);
    registry.adoptPacked(geometries[0]!, given);
    await registry.pack(geometries);
    expect(registry.packedOf(geometries[0]!)).toBe(given);
    const packed = geometries.map((geometry) => registry.packedOf(geometry));
    await registry.pack(geometries);
    geometries.forEach((geometry, index) => {
      expect(registry.packedOf(geometry)).toBe(packed[index]);
      expect(unpackGeometry(packed[index]!)).toEqual(geometry);
    });
  });
});

describe('callWithGeometries against a real GeometryStore', () => {
  it('supplies new outlines once, then names them by key only', async () => {
    const registry = new GeometryRegistry();
    const worker = sizeWorker(new GeometryStore(1_000_000));
    const geometries = [line(10), polygon(3), line(4)];

    const first = await callWithGeometries(geometries, worker.call, registry);
    expect(first).toEqual({ ok: true, value: totalSize(geometries) });
    expect(worker.requests).toHaveLength(1);
    expect(worker.requests[0]!.supplied?.keys).toHaveLength(3);

    const second = await callWithGeometries(geometries, worker.call, registry);
    expect(second).toEqual({ ok: true, value: totalSize(geometries) });
    expect(worker.requests).toHaveLength(2);
    expect(worker.requests[1]!.supplied).toBeUndefined();
  });

  it('when the worker has forgotten some, sends only those and asks once more', async () => {
    const registry = new GeometryRegistry();
    // A tiny budget: it grows to twice each request, so the third request of the same size
    // pushes the first out (see geometryStore.ts).
    const store = new GeometryStore(1);
    const worker = sizeWorker(store);
    const requests = [
      [line(20), line(20)],
      [line(20), line(20)],
      [line(20), line(20)],
    ];
    for (const geometries of requests) expect(await callWithGeometries(geometries, worker.call, registry)).toEqual({ ok: true, value: totalSize(geometries) });
    const [forgottenA, forgottenB] = requests[0]!;
    expect(store.has(registry.keyOf(forgottenA!))).toBe(false);
    expect(store.has(registry.keyOf(forgottenB!))).toBe(false);
    const stillHeld = requests[2]![1]!;
    expect(store.has(registry.keyOf(stillHeld))).toBe(true);

    worker.requests.length = 0;
    const asked = [forgottenA!, stillHeld, forgottenB!];
    const outcome = await callWithGeometries(asked, worker.call, registry);
    expect(outcome).toEqual({ ok: true, value: totalSize(asked) });
    expect(worker.requests).toHaveLength(2);
    // The first try named them all and supplied nothing: the registry believed the worker held them.
    expect(worker.requests[0]!.supplied).toBeUndefined();
    // The retry supplied exactly the two forgotten ones.
    const retried = suppliedOf(worker.requests[1]!);
    expect([...retried.keys()].sort()).toEqual([registry.keyOf(forgottenA!), registry.keyOf(forgottenB!)].sort());
    expect(retried.get(registry.keyOf(forgottenA!))).toEqual(forgottenA);
    expect(retried.get(registry.keyOf(forgottenB!))).toEqual(forgottenB);
    expect(store.has(registry.keyOf(forgottenA!))).toBe(true);
  });

  it('recovers from a worker that lost everything (a new store), with one retry', async () => {
    const registry = new GeometryRegistry();
    const geometries = [line(5), polygon(2)];
    expect((await callWithGeometries(geometries, sizeWorker(new GeometryStore(1_000)).call, registry)).ok).toBe(true);
    const restarted = sizeWorker(new GeometryStore(1_000));
    expect(await callWithGeometries(geometries, restarted.call, registry)).toEqual({ ok: true, value: totalSize(geometries) });
    expect(restarted.requests.map((request) => request.supplied?.keys.length ?? 0)).toEqual([0, 2]);
  });

  it('asks at most twice, and does not mark outlines as held after a failure', async () => {
    const registry = new GeometryRegistry();
    const geometries = [line(3), line(4)];
    const keys = geometries.map((geometry) => registry.keyOf(geometry));
    let calls = 0;
    const forgetful = async (): Promise<Outcome<number>> => {
      calls += 1;
      return { ok: false, reason: 'missing-geometries', missing: keys };
    };
    expect(await callWithGeometries(geometries, forgetful, registry)).toEqual({ ok: false, reason: 'missing-geometries', missing: keys });
    expect(calls).toBe(2);
    expect(registry.references(geometries).supplied?.keys).toEqual(keys);

    calls = 0;
    const broken = async (): Promise<Outcome<number>> => {
      calls += 1;
      return { ok: false, reason: 'boom' };
    };
    expect(await callWithGeometries(geometries, broken, registry)).toEqual({ ok: false, reason: 'boom' });
    expect(calls).toBe(1);
    expect(registry.references(geometries).supplied?.keys).toEqual(keys);
  });

  it('callWithFeatures sends features without outlines; the worker puts them back', async () => {
    const registry = new GeometryRegistry();
    const store = new GeometryStore(1_000);
    const features: Array<Feature<Geometry, { name: string }>> = [
      { type: 'Feature', id: 'one', properties: { name: 'A' }, geometry: polygon(1) },
      { type: 'Feature', id: 'two', properties: { name: 'B' }, geometry: line(4) },
    ];
    let sent: FeatureReferences<(typeof features)[number]> | undefined;
    const outcome = await callWithFeatures(
      features,
      async (references): Promise<Outcome<Array<(typeof features)[number]>>> => {
        sent = structuredClone(references);
        const missing = receiveGeometries(store, sent);
        if (missing.length > 0) return { ok: false, reason: 'missing-geometries', missing };
        return { ok: true, value: resolveFeatures(store, sent) };
      },
      registry,
    );
    expect(sent!.features.every((feature) => feature.geometry === null)).toBe(true);
    expect(sent!.features.map((feature) => feature.properties.name)).toEqual(['A', 'B']);
    expect(outcome).toEqual({ ok: true, value: features });
    expect(skeletonOf(features[0]!)).toEqual({ type: 'Feature', id: 'one', properties: { name: 'A' }, geometry: null });
    expect(features[0]!.geometry).not.toBeNull();
  });
});

describe('mainThreadSlices in Node', () => {
  it('yieldToMain resolves', async () => {
    await expect(yieldToMain()).resolves.toBeUndefined();
  });

  it('visits every index in order, whether or not it yields between slices', async () => {
    for (const slice of [0, 1_000]) {
      const seen: number[] = [];
      await forEachInSlices(50, (index) => seen.push(index), slice);
      expect(seen).toEqual(Array.from({ length: 50 }, (_, index) => index));
    }
    let calls = 0;
    await forEachInSlices(0, () => (calls += 1));
    expect(calls).toBe(0);
  });

  it('stops a slice once its time is spent and carries on in a later task', async () => {
    const busy = (milliseconds: number) => {
      const start = performance.now();
      while (performance.now() - start < milliseconds) {
        /* spin */
      }
    };
    const seen: number[] = [];
    const done = forEachInSlices(3, (index) => {
      seen.push(index);
      busy(2);
    }, 1);
    // Synchronously, only the first slice (one 2 ms item past a 1 ms budget) has run.
    expect(seen).toEqual([0]);
    await done;
    expect(seen).toEqual([0, 1, 2]);

    const unsliced: number[] = [];
    const whole = forEachInSlices(3, (index) => unsliced.push(index), 10_000);
    expect(unsliced).toEqual([0, 1, 2]);
    await whole;
  });
});
