import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { joinPacked, packGeometries, packedAt, packedBuffers, packedSize, unpackGeometry, type PackedGeometries, type PackedGeometry } from '../../src/worker/packedGeometries';

// Awkward doubles: an exact round trip must keep every bit (negative zero, a subnormal, the largest double).
const odd = [-0, 5e-324, Number.MAX_VALUE, 0.1 + 0.2, -179.99999999999997];

const ring = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

const samples: Record<string, Geometry> = {
  point: { type: 'Point', coordinates: [117.2, 39.1] },
  pointOddNumbers: { type: 'Point', coordinates: [odd[0]!, odd[1]!] },
  multiPoint: { type: 'MultiPoint', coordinates: [[1, 2], [3, 4], [odd[2]!, odd[3]!]] },
  lineString: { type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 0.5], [odd[4]!, -0]] },
  multiLineString: { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[5, 5], [6, 7], [8, 9]]] },
  polygonWithHoles: { type: 'Polygon', coordinates: [ring(0, 0, 10), ring(1, 1, 2), ring(5, 5, 1)] },
  multiPolygon: {
    type: 'MultiPolygon',
    coordinates: [[ring(0, 0, 10), ring(2, 2, 3)], [ring(20, 20, 1)], [ring(-5, -5, 2)]],
  },
  pointWithAltitude: { type: 'Point', coordinates: [117.2, 39.1, 12.5] },
  lineWithAltitude: { type: 'LineString', coordinates: [[0, 0, 1], [1, 1, 2], [2, 2, -0]] },
  polygonWithAltitude: { type: 'Polygon', coordinates: [ring(0, 0, 1).map(([x, y], i) => [x!, y!, i * 10])] },
  fourDimensions: { type: 'MultiPoint', coordinates: [[1, 2, 3, 4], [5, 6, 7, 8]] },
  emptyLine: { type: 'LineString', coordinates: [] },
  emptyPolygon: { type: 'Polygon', coordinates: [] },
  emptyMultiPolygon: { type: 'MultiPolygon', coordinates: [] },
};

/** Deep equality that tells -0 from 0 (toEqual does too, but this also fails on extra members). */
function expectSameGeometry(actual: Geometry, expected: Geometry): void {
  expect(actual).toStrictEqual(expected);
  const numbers = (value: unknown): number[] => (Array.isArray(value) ? value.flatMap(numbers) : typeof value === 'number' ? [value] : []);
  const a = numbers('coordinates' in actual ? actual.coordinates : null);
  const b = numbers('coordinates' in expected ? expected.coordinates : null);
  expect(a.length).toBe(b.length);
  a.forEach((value, index) => expect(Object.is(value, b[index])).toBe(true));
}

const numbersOf = (piece: PackedGeometry): number[] => ('verbatim' in piece ? [] : Array.from(piece.coordinates));

const unpackAll = (packed: PackedGeometries): Geometry[] => Array.from({ length: packed.count }, (_, index) => unpackGeometry(packedAt(packed, index)));

describe('packGeometries / unpackGeometry', () => {
  for (const [name, geometry] of Object.entries(samples)) {
    it(`round-trips ${name} on its own, bit for bit`, () => {
      const packed = packGeometries([geometry]);
      expect(packed.count).toBe(1);
      expect(Object.keys(packed.verbatim)).toEqual([]);
      expectSameGeometry(unpackGeometry(packedAt(packed, 0)), geometry);
    });
  }

  it('round-trips every sample in one batch, in order', () => {
    const geometries = Object.values(samples);
    const packed = packGeometries(geometries);
    expect(packed.count).toBe(geometries.length);
    expect(packed.layoutStarts.length).toBe(geometries.length + 1);
    expect(packed.coordinateStarts.length).toBe(geometries.length + 1);
    unpackAll(packed).forEach((geometry, index) => expectSameGeometry(geometry, geometries[index]!));
  });

  it('describes a geometry as documented: type, dimension, parts, rings per part, positions per ring', () => {
    const polygon = samples.polygonWithHoles!;
    const packed = packGeometries([polygon]);
    // Polygon is type 5; one part of three rings of five positions each.
    expect(Array.from(packed.layout)).toEqual([5, 2, 1, 3, 5, 5, 5]);
    expect(packed.coordinates.length).toBe(3 * 5 * 2);
    expect(Array.from(packed.coordinates.subarray(0, 4))).toEqual([0, 0, 10, 0]);

    const point3d = packGeometries([samples.pointWithAltitude!]);
    expect(Array.from(point3d.layout)).toEqual([1, 3, 1, 1, 1]);
    expect(Array.from(point3d.coordinates)).toEqual([117.2, 39.1, 12.5]);
  });

  it('returns fresh arrays, sharing nothing with the input or the packed numbers', () => {
    const line: Geometry = { type: 'LineString', coordinates: [[1, 2], [3, 4]] };
    const packed = packGeometries([line]);
    const first = unpackGeometry(packedAt(packed, 0)) as typeof line;
    const second = unpackGeometry(packedAt(packed, 0)) as typeof line;
    expect(first.coordinates).not.toBe(line.coordinates);
    expect(first.coordinates[0]).not.toBe(line.coordinates[0]);
    first.coordinates[0]![0] = 99;
    expect(second.coordinates[0]![0]).toBe(1);
    expect(packed.coordinates[0]).toBe(1);
    line.coordinates[1]![1] = -1;
    expect(packed.coordinates[3]).toBe(4);
  });

  it('keeps whole, by index, what it cannot describe exactly', () => {
    const collection: Geometry = { type: 'GeometryCollection', geometries: [samples.point!, samples.lineString!] };
    const mixedDimensions: Geometry = { type: 'LineString', coordinates: [[0, 0], [1, 1, 1]] };
    const withBbox: Geometry = { type: 'Point', coordinates: [1, 2], bbox: [1, 2, 1, 2] };
    const reordered = { coordinates: [1, 2], type: 'Point' } as Geometry;
    const oneAxis: Geometry = { type: 'Point', coordinates: [1] };
    const notNumbers = { type: 'LineString', coordinates: [[0, 0], ['1', 1]] } as unknown as Geometry;
    const special = [collection, mixedDimensions, withBbox, reordered, oneAxis, notNumbers];
    const geometries = [samples.point!, ...special, samples.polygonWithHoles!];

    const packed = packGeometries(geometries);
    expect(Object.keys(packed.verbatim).map(Number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    special.forEach((geometry, offset) => {
      const piece = packedAt(packed, offset + 1);
      expect(piece).toEqual({ verbatim: geometry });
      expect(unpackGeometry(piece)).toBe(geometry);
      expect(packedSize(piece)).toBe(0);
      // Their layout and numbers are empty.
      expect(packed.layoutStarts[offset + 2]).toBe(packed.layoutStarts[offset + 1]);
      expect(packed.coordinateStarts[offset + 2]).toBe(packed.coordinateStarts[offset + 1]);
    });
    expectSameGeometry(unpackGeometry(packedAt(packed, 0)), samples.point!);
    expectSameGeometry(unpackGeometry(packedAt(packed, 7)), samples.polygonWithHoles!);
  });

  it('packedSize counts the numbers: positions times dimension', () => {
    const packed = packGeometries([samples.polygonWithHoles!, samples.lineWithAltitude!, samples.point!]);
    expect(packedSize(packedAt(packed, 0))).toBe(3 * 5 * 2);
    expect(packedSize(packedAt(packed, 1))).toBe(3 * 3);
    expect(packedSize(packedAt(packed, 2))).toBe(2);
  });

  it('packedAt gives views into the batch, not copies', () => {
    const packed = packGeometries([samples.lineString!, samples.multiPolygon!]);
    const piece = packedAt(packed, 1);
    if ('verbatim' in piece) throw new Error('expected a packed piece');
    expect(piece.coordinates.buffer).toBe(packed.coordinates.buffer);
    expect(piece.layout.buffer).toBe(packed.layout.buffer);
    expect(piece.coordinates.byteOffset).toBe(packed.coordinateStarts[1]! * 8);
    expect(piece.layout.byteOffset).toBe(packed.layoutStarts[1]! * 4);
  });
});

describe('joinPacked', () => {
  it('joins pieces of two batches into one whose packedAt gives the same geometries', () => {
    const left = [samples.point!, samples.polygonWithHoles!, samples.lineWithAltitude!];
    const right = [samples.multiPolygon!, { type: 'GeometryCollection', geometries: [samples.point!] } as Geometry, samples.multiLineString!];
    const leftPacked = packGeometries(left);
    const rightPacked = packGeometries(right);
    // Interleaved and partly repeated: the join follows the pieces' order, not the batches'.
    const order: Array<[PackedGeometries, Geometry[], number]> = [
      [rightPacked, right, 0],
      [leftPacked, left, 1],
      [rightPacked, right, 1],
      [leftPacked, left, 0],
      [rightPacked, right, 2],
      [leftPacked, left, 2],
      [leftPacked, left, 1],
    ];
    const joined = joinPacked(order.map(([batch, , index]) => packedAt(batch, index)));
    expect(joined.count).toBe(order.length);
    expect(Object.keys(joined.verbatim)).toEqual(['2']);
    const unpacked = unpackAll(joined);
    order.forEach(([, source, index], at) => {
      expectSameGeometry(unpacked[at]!, source[index]!);
      expect(numbersOf(packedAt(joined, at))).toEqual(numbersOf(packedAt(order[at]![0], index)));
    });
    expect(joined.coordinates.length).toBe(order.reduce((sum, [batch, , index]) => sum + packedSize(packedAt(batch, index)), 0));
  });

  it('copies the numbers into fresh buffers, so changing the sources changes nothing', () => {
    const source = packGeometries([samples.lineString!, samples.polygonWithHoles!]);
    const joined = joinPacked([packedAt(source, 1), packedAt(source, 0)]);
    expect(joined.coordinates.buffer).not.toBe(source.coordinates.buffer);
    expect(joined.layout.buffer).not.toBe(source.layout.buffer);
    source.coordinates.fill(42);
    source.layout.fill(0);
    expectSameGeometry(unpackGeometry(packedAt(joined, 0)), samples.polygonWithHoles!);
    expectSameGeometry(unpackGeometry(packedAt(joined, 1)), samples.lineString!);
  });

  it('joins nothing into an empty batch', () => {
    const joined = joinPacked([]);
    expect(joined.count).toBe(0);
    expect(joined.layout.length).toBe(0);
    expect(joined.coordinates.length).toBe(0);
  });
});

describe('packedBuffers', () => {
  it('lists the four buffers behind the batch, each once', () => {
    const packed = packGeometries([samples.multiPolygon!, samples.point!]);
    const buffers = packedBuffers(packed);
    expect(buffers).toHaveLength(4);
    expect(new Set(buffers).size).toBe(4);
    for (const array of [packed.layoutStarts, packed.layout, packed.coordinateStarts, packed.coordinates]) expect(buffers).toContain(array.buffer);
  });

  it('are what a transfer moves: the copy unpacks the same and the sender is left with empty arrays', () => {
    const geometries = [samples.multiPolygon!, samples.pointWithAltitude!, { type: 'GeometryCollection', geometries: [] } as Geometry];
    for (const packed of [packGeometries(geometries), joinPacked(geometries.map((_, index) => packedAt(packGeometries(geometries), index)))]) {
      const buffers = packedBuffers(packed);
      const moved = structuredClone(packed, { transfer: buffers });
      for (const buffer of buffers) expect(buffer.byteLength).toBe(0);
      expect(packed.coordinates.length).toBe(0);
      unpackAll(moved).forEach((geometry, index) => expectSameGeometry(geometry, geometries[index]!));
    }
  });
});
