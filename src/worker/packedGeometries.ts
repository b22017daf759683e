import type { Geometry, Position } from 'geojson';

/**
 * Geometries as flat typed arrays, for crossing the worker boundary and for IndexedDB. Measured in
 * headless Chromium: posting 380,000 vertices as nested GeoJSON arrays costs the receiving main
 * thread a 750 ms task to deserialise; the same numbers as one transferred `Float64Array` cost
 * nothing to receive and about 0.1 µs per vertex to turn back into arrays, which can be done in
 * slices. Numbers keep every bit (a double in, the same double out), so exports stay byte for byte.
 *
 * Each geometry is described in `layout` as [type code, dimension, part count, then for each
 * part its ring count, then for each ring its position count], its numbers in `coordinates`.
 * Every type is "parts of rings of positions": a Point is one part of one ring of one position, a
 * LineString one part of one ring, a Polygon one part of several rings. A geometry this cannot
 * describe exactly (a GeometryCollection, positions of uneven length, members besides `type` and
 * `coordinates`) is kept whole in `verbatim`.
 */
export interface PackedGeometries {
  count: number;
  /** Geometry i's description is `layout[layoutStarts[i]] … layout[layoutStarts[i + 1] - 1]`. */
  layoutStarts: Uint32Array;
  layout: Uint32Array;
  /** Geometry i's numbers are `coordinates[coordinateStarts[i]] … [coordinateStarts[i + 1] - 1]`. */
  coordinateStarts: Uint32Array;
  coordinates: Float64Array;
  /** Geometries kept as they are, by index (their layout and coordinates are empty). */
  verbatim: Record<number, Geometry>;
}

/** One geometry's share of a `PackedGeometries`: views, not copies. */
export type PackedGeometry = { layout: Uint32Array; coordinates: Float64Array } | { verbatim: Geometry };

const TYPE_CODES = { Point: 1, MultiPoint: 2, LineString: 3, MultiLineString: 4, Polygon: 5, MultiPolygon: 6 } as const;
type PackableType = keyof typeof TYPE_CODES;
const TYPE_NAMES: Record<number, PackableType> = { 1: 'Point', 2: 'MultiPoint', 3: 'LineString', 4: 'MultiLineString', 5: 'Polygon', 6: 'MultiPolygon' };

/** The geometry as parts of rings of positions, or null when it cannot be packed exactly. */
function partsOf(geometry: Geometry): Position[][][] | null {
  const keys = Object.keys(geometry);
  if (keys.length !== 2 || keys[0] !== 'type' || keys[1] !== 'coordinates') return null;
  switch (geometry.type) {
    case 'Point':
      return [[[geometry.coordinates]]];
    case 'MultiPoint':
    case 'LineString':
      return [[geometry.coordinates]];
    case 'MultiLineString':
    case 'Polygon':
      return [geometry.coordinates];
    case 'MultiPolygon':
      return geometry.coordinates;
    default:
      return null;
  }
}

/** The common length of every position (2 or more), or 0 when they differ or are not plain numbers. */
function dimensionOf(parts: Position[][][]): number {
  let dimension = -1;
  for (const part of parts) {
    if (!Array.isArray(part)) return 0;
    for (const ring of part) {
      if (!Array.isArray(ring)) return 0;
      for (const position of ring) {
        if (!Array.isArray(position)) return 0;
        if (dimension === -1) dimension = position.length;
        if (position.length !== dimension || dimension < 2) return 0;
        for (let axis = 0; axis < dimension; axis++) if (typeof position[axis] !== 'number') return 0;
      }
    }
  }
  return dimension === -1 ? 2 : dimension;
}

interface Plan {
  parts: Position[][][] | null;
  dimension: number;
  layoutLength: number;
  coordinateLength: number;
}

function plan(geometry: Geometry): Plan {
  const parts = partsOf(geometry);
  const dimension = parts ? dimensionOf(parts) : 0;
  if (!parts || dimension === 0) return { parts: null, dimension: 0, layoutLength: 0, coordinateLength: 0 };
  let layoutLength = 3;
  let positions = 0;
  for (const part of parts) {
    layoutLength += 1 + part.length;
    for (const ring of part) positions += ring.length;
  }
  return { parts, dimension, layoutLength, coordinateLength: positions * dimension };
}

/** Packs geometries in order (two passes: sizes, then numbers, so each array is allocated once). */
export function packGeometries(geometries: readonly Geometry[]): PackedGeometries {
  const plans = geometries.map(plan);
  const layoutStarts = new Uint32Array(geometries.length + 1);
  const coordinateStarts = new Uint32Array(geometries.length + 1);
  plans.forEach((entry, index) => {
    layoutStarts[index + 1] = layoutStarts[index]! + entry.layoutLength;
    coordinateStarts[index + 1] = coordinateStarts[index]! + entry.coordinateLength;
  });
  const layout = new Uint32Array(layoutStarts[geometries.length]!);
  const coordinates = new Float64Array(coordinateStarts[geometries.length]!);
  const verbatim: Record<number, Geometry> = {};
  plans.forEach((entry, index) => {
    if (!entry.parts) {
      verbatim[index] = geometries[index]!;
      return;
    }
    let at = layoutStarts[index]!;
    let number = coordinateStarts[index]!;
    layout[at++] = TYPE_CODES[geometries[index]!.type as PackableType];
    layout[at++] = entry.dimension;
    layout[at++] = entry.parts.length;
    for (const part of entry.parts) {
      layout[at++] = part.length;
      for (const ring of part) {
        layout[at++] = ring.length;
        for (const position of ring) for (let axis = 0; axis < entry.dimension; axis++) coordinates[number++] = position[axis]!;
      }
    }
  });
  return { count: geometries.length, layoutStarts, layout, coordinateStarts, coordinates, verbatim };
}

/** Geometry `index` of a batch, as views into its arrays. */
export function packedAt(packed: PackedGeometries, index: number): PackedGeometry {
  const verbatim = packed.verbatim[index];
  if (verbatim) return { verbatim };
  return {
    layout: packed.layout.subarray(packed.layoutStarts[index], packed.layoutStarts[index + 1]),
    coordinates: packed.coordinates.subarray(packed.coordinateStarts[index], packed.coordinateStarts[index + 1]),
  };
}

/** Rebuilds one geometry as GeoJSON (fresh arrays; the packed arrays are not kept). */
export function unpackGeometry(packed: PackedGeometry): Geometry {
  if ('verbatim' in packed) return packed.verbatim;
  const { layout, coordinates } = packed;
  const type = TYPE_NAMES[layout[0]!]!;
  const dimension = layout[1]!;
  const partCount = layout[2]!;
  let at = 3;
  let number = 0;
  const parts: Position[][][] = new Array(partCount);
  for (let partIndex = 0; partIndex < partCount; partIndex++) {
    const ringCount = layout[at++]!;
    const rings: Position[][] = new Array(ringCount);
    for (let ringIndex = 0; ringIndex < ringCount; ringIndex++) {
      const positionCount = layout[at++]!;
      const ring: Position[] = new Array(positionCount);
      for (let positionIndex = 0; positionIndex < positionCount; positionIndex++) {
        ring[positionIndex] = dimension === 2 ? [coordinates[number]!, coordinates[number + 1]!] : Array.from(coordinates.subarray(number, number + dimension));
        number += dimension;
      }
      rings[ringIndex] = ring;
    }
    parts[partIndex] = rings;
  }
  switch (type) {
    case 'Point':
      return { type, coordinates: parts[0]![0]![0]! };
    case 'MultiPoint':
    case 'LineString':
      return { type, coordinates: parts[0]![0]! };
    case 'MultiLineString':
    case 'Polygon':
      return { type, coordinates: parts[0]! };
    case 'MultiPolygon':
      return { type, coordinates: parts };
  }
}

/** The GeoJSON type of a packed geometry, read from its layout without unpacking it. */
export function packedType(packed: PackedGeometry): Geometry['type'] {
  return 'verbatim' in packed ? packed.verbatim.type : TYPE_NAMES[packed.layout[0]!]!;
}

/** Numbers a packed geometry holds (a verbatim one counts as none): the measure of its size. */
export function packedSize(packed: PackedGeometry): number {
  return 'verbatim' in packed ? 0 : packed.coordinates.length;
}

/** One batch from single geometries (copies their numbers: the batch owns fresh buffers it can transfer). */
export function joinPacked(pieces: readonly PackedGeometry[]): PackedGeometries {
  const layoutStarts = new Uint32Array(pieces.length + 1);
  const coordinateStarts = new Uint32Array(pieces.length + 1);
  pieces.forEach((piece, index) => {
    const verbatim = 'verbatim' in piece;
    layoutStarts[index + 1] = layoutStarts[index]! + (verbatim ? 0 : piece.layout.length);
    coordinateStarts[index + 1] = coordinateStarts[index]! + (verbatim ? 0 : piece.coordinates.length);
  });
  const layout = new Uint32Array(layoutStarts[pieces.length]!);
  const coordinates = new Float64Array(coordinateStarts[pieces.length]!);
  const verbatim: Record<number, Geometry> = {};
  pieces.forEach((piece, index) => {
    if ('verbatim' in piece) {
      verbatim[index] = piece.verbatim;
      return;
    }
    layout.set(piece.layout, layoutStarts[index]);
    coordinates.set(piece.coordinates, coordinateStarts[index]);
  });
  return { count: pieces.length, layoutStarts, layout, coordinateStarts, coordinates, verbatim };
}

/** The buffers to hand to `postMessage`'s transfer list (the sender loses them). */
export function packedBuffers(packed: PackedGeometries): ArrayBuffer[] {
  return [packed.layoutStarts.buffer, packed.layout.buffer, packed.coordinateStarts.buffer, packed.coordinates.buffer] as ArrayBuffer[];
}
