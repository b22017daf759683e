import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresFromChunks, outlineChunks } from '../../src/persist/packedFeatures';
import { skeletonOf } from '../../src/worker/geometryReferences';
import { GeometryRegistry } from '../../src/worker/geometryRegistry';
import { packGeometries, packedAt } from '../../src/worker/packedGeometries';

const features: Feature<Geometry>[] = [
  {
    type: 'Feature',
    id: 7,
    properties: { id: 'a', name_zh: '甲', scenarios: ['bus'] },
    geometry: { type: 'Polygon', coordinates: [[[117.1, 39.1], [117.2, 39.1], [117.2, 39.2], [117.1, 39.1]], [[117.15, 39.12], [117.16, 39.13], [117.17, 39.12], [117.15, 39.12]]] },
  },
  { type: 'Feature', properties: { id: 'b' }, geometry: { type: 'LineString', coordinates: [[117.3, 39.0, 4.5], [117.31, 39.01, 5]] } },
  { type: 'Feature', properties: null, geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [117, 39] }] } },
];

describe('the working copy stores outlines packed, in chunks', () => {
  it('gives back the same features, members in the same order, after a structured clone (as IndexedDB makes)', async () => {
    // 10 numbers a chunk: the polygon (16 numbers) fills one, the line (6) and the collection (0) the next.
    const chunks = structuredClone(await outlineChunks(features, new GeometryRegistry(), 10));
    expect(chunks.map((chunk) => chunk.count)).toEqual([1, 2]);
    const skeletons = structuredClone(features.map(skeletonOf));
    // Outlines live in the typed arrays only, not in the feature records.
    expect(skeletons.every((feature) => feature.geometry === null)).toBe(true);
    const reader = new GeometryRegistry();
    const back = await featuresFromChunks(skeletons, chunks, reader);
    expect(back).toEqual(features);
    expect(back.map((feature) => Object.keys(feature))).toEqual(features.map((feature) => Object.keys(feature)));
    // The reader's registry knows the packed forms: saving again packs nothing anew.
    for (const feature of back) expect(reader.packedOf(feature.geometry)).toBeDefined();
  });

  it('each chunk owns compact buffers (the structured clone writes a view\'s whole buffer)', async () => {
    const registry = new GeometryRegistry();
    // Outlines that arrived as views into one shared batch, as an import's do.
    const squares = [0, 1, 2].map((offset) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[[offset, 0], [offset + 1, 0], [offset + 1, 1], [offset, 0]]] } as Geometry,
    }));
    const batch = packGeometries(squares.map((square) => square.geometry));
    squares.forEach((square, index) => registry.adopt(square.geometry, `k${index}`, packedAt(batch, index)));
    const chunks = await outlineChunks(squares, registry, 16);
    expect(chunks.map((chunk) => chunk.count)).toEqual([2, 1]);
    for (const chunk of chunks) expect(chunk.coordinates.buffer.byteLength).toBe(chunk.coordinates.length * 8);
    expect(await featuresFromChunks(squares.map(skeletonOf), chunks, new GeometryRegistry())).toEqual(squares);
  });

  it('an empty collection round-trips; a count that does not match is refused, not misread', async () => {
    const registry = new GeometryRegistry();
    const empty = await outlineChunks([], registry);
    expect(await featuresFromChunks([], empty, registry)).toEqual([]);
    const chunks = await outlineChunks(features, registry);
    await expect(featuresFromChunks(features.slice(1).map(skeletonOf), chunks, registry)).rejects.toThrow(/2 features but 3 outlines/);
  });
});
