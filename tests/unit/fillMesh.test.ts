import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { blobZones } from '../../scripts/lib/blobZones';
import { fillTriangles } from '../../src/map/detail/fillTriangles';
import { buildFillMesh } from '../../src/map/fillMesh';

/** Web Mercator y, the plane the triangles are cut in. */
const mercatorY = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));

/** |shoelace| of a ring in (longitude, Mercator y). */
function ringArea(ring: readonly Position[]): number {
  let doubled = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    doubled += x1! * mercatorY(y2!) - x2! * mercatorY(y1!);
  }
  return Math.abs(doubled) / 2;
}

function planarArea(geometry: Polygon | MultiPolygon): number {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.reduce((sum, rings) => sum + rings.reduce((part, ring, index) => part + (index === 0 ? 1 : -1) * ringArea(ring), 0), 0);
}

/** Sum of the triangles' areas, with `positions` giving each index's position. */
function trianglesArea(triangles: ArrayLike<number>, positionOf: (index: number) => Position): number {
  let area = 0;
  for (let t = 0; t < triangles.length; t += 3) area += ringArea([positionOf(triangles[t]!), positionOf(triangles[t + 1]!), positionOf(triangles[t + 2]!)]);
  return area;
}

const positionsOf = (geometry: Polygon | MultiPolygon): Position[] => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat(2);

// Digitised-style zones: single rings, shells with a hole, and two-part MultiPolygons.
const zones = blobZones({ count: 60, seed: 3 }) as Feature<Polygon | MultiPolygon>[];

describe('fillTriangles', () => {
  it('covers each outline exactly: holes left open, every part filled, no triangle twice', () => {
    const kinds = new Set<string>();
    for (const zone of zones) {
      const geometry = zone.geometry;
      kinds.add(geometry.type === 'Polygon' && geometry.coordinates.length > 1 ? 'hole' : geometry.type);
      const positions = positionsOf(geometry);
      const triangles = fillTriangles(geometry);
      expect(triangles.length % 3).toBe(0);
      expect(Math.max(...triangles)).toBeLessThan(positions.length);
      const covered = trianglesArea(triangles, (index) => positions[index]!);
      expect(Math.abs(covered - planarArea(geometry)) / planarArea(geometry)).toBeLessThan(1e-9);
    }
    expect(kinds).toEqual(new Set(['Polygon', 'hole', 'MultiPolygon']));
  });

  it('gives lines and points no fill', () => {
    expect(fillTriangles({ type: 'LineString', coordinates: [[117, 39], [117.1, 39.1]] })).toEqual(new Uint32Array(0));
    expect(fillTriangles({ type: 'Point', coordinates: [117, 39] })).toEqual(new Uint32Array(0));
  });
});

describe('buildFillMesh', () => {
  const features: Feature<Geometry>[] = [
    ...zones.slice(0, 20),
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[117, 39], [117.1, 39.1]] } },
    ...zones.slice(20, 40),
  ];
  const given = features.map((feature) => fillTriangles(feature.geometry));

  it('lays every polygon out once, in order, with the index of its feature on each vertex', () => {
    const mesh = buildFillMesh(features, (index) => given[index]);
    const polygons = features.flatMap((feature, index) =>
      feature.geometry.type === 'Polygon' ? [{ index, rings: feature.geometry.coordinates }] : feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates.map((rings) => ({ index, rings })) : [],
    );
    expect(mesh.length).toBe(polygons.length);
    polygons.forEach(({ index, rings }, polygon) => {
      const start = mesh.startIndices[polygon]!;
      const flat = rings.flat();
      expect(mesh.startIndices[polygon + 1]! - start).toBe(flat.length);
      expect(mesh.polygonFeatures[polygon]).toBe(index);
      flat.forEach((position, offset) => {
        expect([mesh.positions[2 * (start + offset)], mesh.positions[2 * (start + offset) + 1]]).toEqual(position.slice(0, 2));
        expect(mesh.vertexFeatures[start + offset]).toBe(index);
      });
    });
    expect(mesh.positions.length).toBe(2 * mesh.startIndices[mesh.length]!);
  });

  it('fills what the features fill, whether the triangles are given or made here', () => {
    const expected = features.reduce((sum, feature) => sum + (feature.geometry.type === 'LineString' ? 0 : planarArea(feature.geometry as Polygon)), 0);
    const positionAt = (mesh: ReturnType<typeof buildFillMesh>) => (index: number): Position => [mesh.positions[2 * index]!, mesh.positions[2 * index + 1]!];
    const fromWorker = buildFillMesh(features, (index) => given[index]);
    const madeHere = buildFillMesh(features, () => undefined);
    // Triangles naming positions the feature does not have are not trusted.
    const outOfRange = buildFillMesh(features, (index) => given[index]!.map((corner) => corner + 1_000_000));
    for (const mesh of [fromWorker, madeHere, outOfRange]) {
      expect(Math.abs(trianglesArea(mesh.indices, positionAt(mesh)) - expected) / expected).toBeLessThan(1e-9);
    }
    expect(fromWorker.indices).toEqual(madeHere.indices);
  });
});
