import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { lazilyUnpackedGeometry, lazyGeometrySize } from '../../src/worker/lazyGeometry';
import { geometrySize } from '../../src/worker/geometryStore';
import { packGeometries, packedAt, unpackGeometry } from '../../src/worker/packedGeometries';

const ring = (x: number, y: number, size: number): Position[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

const samples: Record<string, Geometry> = {
  point: { type: 'Point', coordinates: [117.2, 39.1] },
  lineWithAltitude: { type: 'LineString', coordinates: [[0, 0, 1], [1, 1, 2], [2, 2, -0]] },
  polygonWithHoles: { type: 'Polygon', coordinates: [ring(0, 0, 10), ring(1, 1, 2)] },
  multiPolygon: { type: 'MultiPolygon', coordinates: [[ring(0, 0, 10)], [ring(20, 20, 1)]] },
  emptyPolygon: { type: 'Polygon', coordinates: [] },
};

describe('lazilyUnpackedGeometry', () => {
  for (const [name, geometry] of Object.entries(samples)) {
    it(`${name}: reads, serialises, clones and packs as the geometry itself`, () => {
      const lazy = lazilyUnpackedGeometry(packedAt(packGeometries([geometry]), 0));
      expect(lazy.type).toBe(geometry.type);
      expect(Object.keys(lazy)).toEqual(['type', 'coordinates']);
      // Its size is known before anything reads the coordinates, and is what counting them gives.
      expect(lazyGeometrySize(lazy)).toBe(geometrySize(structuredClone(geometry)));
      expect(lazy).toStrictEqual(geometry);
      expect(JSON.stringify(lazy)).toBe(JSON.stringify(geometry));
      expect(structuredClone(lazy)).toStrictEqual(geometry);
      expect({ ...lazy }).toStrictEqual(geometry);
      // Unpacked once: the same arrays on every read.
      expect((lazy as { coordinates: unknown }).coordinates).toBe((lazy as { coordinates: unknown }).coordinates);
      // Packed again (saving, posting to the worker), it is packed as plain GeoJSON, not kept verbatim.
      const again = packGeometries([lazy]);
      expect(Object.keys(again.verbatim)).toEqual([]);
      expect(unpackGeometry(packedAt(again, 0))).toStrictEqual(geometry);
    });
  }

  it('reads the packed numbers only when its coordinates are first read', () => {
    const piece = packedAt(packGeometries([samples.polygonWithHoles!]), 0);
    const lazy = lazilyUnpackedGeometry(piece) as { coordinates: Position[][] };
    if ('verbatim' in piece) throw new Error('packed verbatim');
    piece.coordinates[0] = 99;
    expect(lazy.coordinates[0]![0]).toEqual([99, 0]);
    piece.coordinates[0] = 7;
    expect(lazy.coordinates[0]![0]).toEqual([99, 0]);
  });

  it('a geometry kept verbatim is returned as it is; other geometries have no known size', () => {
    const collection: Geometry = { type: 'GeometryCollection', geometries: [samples.point!] };
    const piece = packedAt(packGeometries([collection]), 0);
    expect(lazilyUnpackedGeometry(piece)).toBe(collection);
    expect(lazyGeometrySize(collection)).toBeUndefined();
    expect(lazyGeometrySize(structuredClone(samples.polygonWithHoles!))).toBeUndefined();
  });
});
