import geodesic from 'geographiclib-geodesic';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/lib/seededRandom';
import { edgeAreaTerm } from '../../src/domain/geodesicArea';
import { AUTHALIC_RADIUS_SQUARED, isShortEdge, SHORT_EDGE_DEGREES, shortEdgeAreaTerm } from '../../src/domain/authalicAreaTerms';

const { Geodesic } = geodesic;
const WGS84 = Geodesic.WGS84;

/** GeographicLib's own S12 for the edge, the quantity the short form stands in for. */
function librarySquareMetres(longitude1: number, latitude1: number, longitude2: number, latitude2: number): number {
  return WGS84.Inverse(latitude1, longitude1, latitude2, longitude2, Geodesic.AREA).S12!;
}

/** A ring of `vertices` points on a wobbly circle of `radiusMetres` around a centre, by geodesic. */
function wobblyRing(longitude: number, latitude: number, radiusMetres: number, vertices: number): [number, number][] {
  const ring: [number, number][] = [];
  for (let k = 0; k < vertices; k += 1) {
    const point = WGS84.Direct(latitude, longitude, (360 * k) / vertices, radiusMetres * (1 + 0.3 * Math.sin(3 * k)));
    ring.push([point.lon2!, point.lat2!]);
  }
  return ring;
}

function shortFormArea(ring: readonly [number, number][]): number {
  let sum = 0;
  ring.forEach(([longitude, latitude], index) => {
    const [nextLongitude, nextLatitude] = ring[(index + 1) % ring.length]!;
    sum += shortEdgeAreaTerm(longitude, latitude, nextLongitude, nextLatitude);
  });
  return Math.abs(sum);
}

describe('S12 of short edges on the authalic sphere', () => {
  it('agrees with Geodesic.Inverse on 20,000 random short edges anywhere on the ellipsoid', () => {
    const random = seededRandom(7);
    let worstSquareMetres = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const latitude = -89 + 178 * random();
      const longitude = -179 + 358 * random();
      const latitude2 = latitude + (2 * random() - 1) * SHORT_EDGE_DEGREES;
      const longitude2 = longitude + (2 * random() - 1) * SHORT_EDGE_DEGREES;
      const difference = Math.abs(shortEdgeAreaTerm(longitude, latitude, longitude2, latitude2) - librarySquareMetres(longitude, latitude, longitude2, latitude2));
      worstSquareMetres = Math.max(worstSquareMetres, difference);
    }
    // Each term is ~1e7–1e8 m²; GeographicLib rounds S12 to about 1e-5 m² itself.
    expect(worstSquareMetres).toBeLessThan(2e-4);
  });

  it('parts from the geodesic with the cube of the edge length, which is why only short edges take it', () => {
    const difference = (lengthMetres: number) => {
      let worst = 0;
      for (let azimuth = 3; azimuth < 360; azimuth += 10) {
        const end = WGS84.Direct(39.1, 117.2, azimuth, lengthMetres);
        worst = Math.max(worst, Math.abs(shortEdgeAreaTerm(117.2, 39.1, end.lon2!, end.lat2!) - librarySquareMetres(117.2, 39.1, end.lon2!, end.lat2!)));
      }
      return worst;
    };
    expect(difference(5000)).toBeGreaterThan(1);
    expect(difference(5000) / difference(2500)).toBeGreaterThan(6);
    expect(difference(111)).toBeLessThan(1e-4);
  });

  it('is exactly antisymmetric, so an edge walked both ways cancels', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 1000; i += 1) {
      const [longitude, latitude] = [116 + 2 * random(), 38 + 2 * random()];
      const [longitude2, latitude2] = [longitude + 0.001 * random(), latitude - 0.001 * random()];
      expect(shortEdgeAreaTerm(longitude2, latitude2, longitude, latitude)).toBe(-shortEdgeAreaTerm(longitude, latitude, longitude2, latitude2));
    }
  });

  it('measures small polygons more closely than PolygonArea does, against a local equal-area projection', () => {
    for (const [radiusMetres, vertices] of [[5, 12], [5, 1000], [50, 100], [50, 1000]] as const) {
      const ring = wobblyRing(117.2, 39.1, radiusMetres, vertices);
      // proj4's Lambert azimuthal equal-area on the WGS-84 ellipsoid, centred on the ring: over
      // 50 m its scale departs from 1 by ~1e-11, so the planar shoelace is an independent reference.
      const projection = proj4('EPSG:4326', '+proj=laea +lat_0=39.1 +lon_0=117.2 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs');
      const planar = ring.map((position) => projection.forward(position));
      let doubled = 0;
      planar.forEach(([x, y], index) => {
        const [nextX, nextY] = planar[(index + 1) % planar.length]!;
        doubled += x! * nextY! - nextX! * y!;
      });
      const reference = Math.abs(doubled / 2);
      expect(Math.abs(shortFormArea(ring) - reference) / reference).toBeLessThan(1e-8);
    }
  });

  it('uses the authalic radius GeographicLib uses', () => {
    const libraryAuthalicRadiusSquared = (WGS84 as unknown as { _c2: number })._c2;
    expect(Math.abs(AUTHALIC_RADIUS_SQUARED / libraryAuthalicRadiusSquared - 1)).toBeLessThan(1e-14);
  });

  it('is what edgeAreaTerm uses for short edges, and GeographicLib decides longer ones', () => {
    expect(isShortEdge(117.2, 39.1, 117.2009, 39.1009)).toBe(true);
    expect(isShortEdge(117.2, 39.1, 117.2011, 39.1)).toBe(false);
    expect(edgeAreaTerm(117.2, 39.1, 117.2009, 39.1009)).toBe(shortEdgeAreaTerm(117.2, 39.1, 117.2009, 39.1009));
    expect(edgeAreaTerm(117.2, 39.1, 117.3, 39.2)).toBe(librarySquareMetres(117.2, 39.1, 117.3, 39.2));
  });
});
