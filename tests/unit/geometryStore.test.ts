import type { Geometry, LineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GeometryStore, geometrySize } from '../../src/worker/geometryStore';

const square = (x: number, y: number): Position[] => [
  [x, y],
  [x + 1, y],
  [x + 1, y + 1],
  [x, y + 1],
  [x, y],
];

/** A line of `positions` 2-D positions: `2 × positions` numbers. */
const line = (positions: number, offset = 0): LineString => ({
  type: 'LineString',
  coordinates: Array.from({ length: positions }, (_, index) => [offset + index, index]),
});

describe('geometrySize', () => {
  it('counts positions times two for every type, and sums collections', () => {
    expect(geometrySize({ type: 'Point', coordinates: [1, 2] })).toBe(2);
    expect(geometrySize({ type: 'MultiPoint', coordinates: [[1, 2], [3, 4], [5, 6]] })).toBe(6);
    expect(geometrySize(line(7))).toBe(14);
    expect(geometrySize({ type: 'MultiLineString', coordinates: [line(3).coordinates, line(4).coordinates] })).toBe(14);
    // Outer ring and two holes: 5 + 5 + 5 positions.
    expect(geometrySize({ type: 'Polygon', coordinates: [square(0, 0), square(2, 2), square(4, 4)] })).toBe(30);
    expect(geometrySize({ type: 'MultiPolygon', coordinates: [[square(0, 0), square(2, 2)], [square(9, 9)]] })).toBe(30);
    const collection: Geometry = {
      type: 'GeometryCollection',
      geometries: [line(2), { type: 'Point', coordinates: [0, 0] }, { type: 'GeometryCollection', geometries: [line(3)] }],
    };
    expect(geometrySize(collection)).toBe(4 + 2 + 6);
    expect(geometrySize({ type: 'Polygon', coordinates: [] })).toBe(0);
  });

  it('counts a point with altitude as three numbers', () => {
    expect(geometrySize({ type: 'Point', coordinates: [1, 2, 3] })).toBe(3);
  });

  it('counts lines and polygons with altitude as three numbers a position (documented: coordinates × dimension)', () => {
    expect(geometrySize({ type: 'LineString', coordinates: [[0, 0, 1], [1, 1, 1]] })).toBe(6);
    expect(geometrySize({ type: 'Polygon', coordinates: [square(0, 0).map(([x, y]) => [x!, y!, 5])] })).toBe(15);
  });
});

describe('GeometryStore: put, get, has, missing', () => {
  it('holds geometries by key and keeps a running size', () => {
    const store = new GeometryStore(1_000);
    const a = line(3);
    const b = line(5);
    expect(store.size).toBe(0);
    expect(store.has('a')).toBe(false);
    expect(store.get('a')).toBeUndefined();
    store.put('a', a);
    store.put('b', b);
    expect(store.has('a')).toBe(true);
    expect(store.get('a')).toBe(a);
    expect(store.get('b')).toBe(b);
    expect(store.size).toBe(6 + 10);
    expect(store.missing(['a', 'x', 'b', 'y', 'x'])).toEqual(['x', 'y', 'x']);
    expect(store.missing([])).toEqual([]);
  });

  it('replacing a key replaces its size rather than adding to it', () => {
    const store = new GeometryStore(1_000);
    store.put('a', line(3));
    const replacement = line(10);
    store.put('a', replacement);
    expect(store.get('a')).toBe(replacement);
    expect(store.size).toBe(20);
  });
});

describe('GeometryStore.trim', () => {
  /** Three lines of 4 numbers each, put in the order a, b, c. */
  function filled(budget: number): GeometryStore {
    const store = new GeometryStore(budget);
    store.put('a', line(2, 0));
    store.put('b', line(2, 10));
    store.put('c', line(2, 20));
    return store;
  }
  const held = (store: GeometryStore) => ['a', 'b', 'c', 'd', 'e'].filter((key) => store.has(key));

  it('does nothing while the budget holds', () => {
    const store = filled(12);
    store.trim(new Set());
    expect(held(store)).toEqual(['a', 'b', 'c']);
    expect(store.size).toBe(12);
  });

  it('forgets the least recently put first, only as many as needed', () => {
    const store = filled(8);
    store.trim(new Set());
    expect(held(store)).toEqual(['b', 'c']);
    expect(store.size).toBe(8);
    const smaller = filled(4);
    smaller.trim(new Set());
    expect(held(smaller)).toEqual(['c']);
    expect(smaller.size).toBe(4);
  });

  it('counts get and copy as use', () => {
    const store = filled(8);
    store.get('a');
    store.trim(new Set());
    expect(held(store)).toEqual(['a', 'c']);

    const copied = filled(8);
    copied.copy('a', 0.1, (geometry) => geometry);
    copied.copy('b', 0.1, (geometry) => geometry);
    copied.trim(new Set());
    expect(held(copied)).toEqual(['a', 'b']);
  });

  it('counts a put again as use', () => {
    const store = filled(8);
    store.put('a', line(2, 5));
    store.trim(new Set());
    expect(held(store)).toEqual(['a', 'c']);
  });

  it('never forgets a key in keep, even the oldest', () => {
    const store = filled(4);
    // a and c are kept (8 numbers): the budget grows to 16, so nothing need go.
    store.trim(new Set(['a', 'c']));
    expect(held(store)).toEqual(['a', 'b', 'c']);

    const tight = filled(0);
    // Only a is kept (4 numbers): budget 8, held 12, so one other must go: b, the older of the rest.
    tight.trim(new Set(['a']));
    expect(held(tight)).toEqual(['a', 'c']);
    expect(tight.size).toBe(8);
  });

  it('grows the budget to twice the request, so the collection before it (undo) still fits', () => {
    const store = new GeometryStore(4);
    // Request 1: a and b, 8 numbers. The budget becomes 16.
    store.put('a', line(2, 0));
    store.put('b', line(2, 10));
    store.trim(new Set(['a', 'b']));
    expect(held(store)).toEqual(['a', 'b']);
    // Request 2: c and d, also 8 numbers: 16 held, the earlier request stays for undo.
    store.put('c', line(2, 20));
    store.put('d', line(2, 30));
    store.trim(new Set(['c', 'd']));
    expect(held(store)).toEqual(['a', 'b', 'c', 'd']);
    // Request 3: e alone. 20 held, over the grown budget of 16: the oldest, a, goes.
    store.put('e', line(2, 40));
    store.trim(new Set(['e']));
    expect(held(store)).toEqual(['b', 'c', 'd', 'e']);
    expect(store.size).toBe(16);
  });

  it('ignores kept keys it does not hold', () => {
    const store = filled(8);
    store.trim(new Set(['gone', 'also-gone']));
    expect(held(store)).toEqual(['b', 'c']);
  });
});

describe('GeometryStore.copy', () => {
  it('makes a copy once per tolerance and keeps it with the geometry', () => {
    const store = new GeometryStore(1_000);
    const geometry = line(4);
    store.put('a', geometry);
    const made: Array<[Geometry, number]> = [];
    const maker = (tolerance: number) => (source: Geometry): Geometry => {
      made.push([source, tolerance]);
      return { ...line(2), coordinates: [[tolerance, tolerance]] };
    };
    const first = store.copy('a', 0.5, maker(0.5));
    expect(store.copy('a', 0.5, maker(0.5))).toBe(first);
    expect(made).toEqual([[geometry, 0.5]]);
    expect(made[0]![0]).toBe(geometry);

    const finer = store.copy('a', 0.25, maker(0.25));
    expect(finer).not.toBe(first);
    expect(store.copy('a', 0.25, maker(0.25))).toBe(finer);
    expect(store.copy('a', 0.5, maker(0.5))).toBe(first);
    expect(made.map(([, tolerance]) => tolerance)).toEqual([0.5, 0.25]);
    // Copies do not count against the budget: only the full outline does.
    expect(store.size).toBe(8);
  });

  it('answers undefined for a key it does not hold, without making anything', () => {
    const store = new GeometryStore(1_000);
    let calls = 0;
    expect(
      store.copy('nope', 1, (geometry) => {
        calls += 1;
        return geometry;
      }),
    ).toBeUndefined();
    expect(calls).toBe(0);
  });

  it('makes copies afresh for a geometry put again under the same key', () => {
    const store = new GeometryStore(1_000);
    store.put('a', line(4));
    const old = store.copy('a', 1, (geometry) => ({ ...(geometry as LineString) }));
    const replacement = line(6);
    store.put('a', replacement);
    const fresh = store.copy('a', 1, (geometry) => ({ ...(geometry as LineString) }));
    expect(fresh).not.toBe(old);
    expect((fresh as LineString).coordinates).toBe(replacement.coordinates);
  });
});
