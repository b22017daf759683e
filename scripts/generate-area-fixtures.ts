/**
 * Regenerates the expected values of the geometry fixtures with GeographicLib's own C++ tools
 * (Debian package geographiclib-tools), the independent reference the unit tests compare with:
 *
 * - tests/fixtures/area/in/*.geojson → area/out/*.json: every ring measured alone by Planimeter,
 *   combined as the zone schema reads them (|shell| − Σ|holes| per polygon, polygons summed).
 * - tests/fixtures/coverage/in/*.geojson → coverage/out/*.json: each zone's area, and the area of
 *   the fixture's `expected.union` and `expected.pairs[].overlap` geometries, outlines stated in the
 *   fixture by construction. A position written ["crossing", a1, a2, b1, b2] is the point where the
 *   geodesics a1→a2 and b1→b2 cross, computed here with GeodesicProj.
 *
 *   npm run fixtures:area       (PLANIMETER=…, GEODESIC_PROJ=… to use other binaries)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { geodesicCrossing, planimeterAreas, planimeterPolygonsArea, planimeterVersion } from './lib/geographicLibTools';

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures');

function polygonList(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`fixtures hold only polygons, found ${geometry.type}`);
}

function inputFiles(kind: 'area' | 'coverage'): string[] {
  return readdirSync(join(FIXTURES, kind, 'in')).filter((name) => name.endsWith('.geojson')).sort();
}

function write(kind: 'area' | 'coverage', file: string, value: unknown): void {
  writeFileSync(join(FIXTURES, kind, 'out', `${basename(file, '.geojson')}.json`), `${JSON.stringify(value, null, 2)}\n`);
}

function generateAreaFixtures(reference: string): void {
  for (const file of inputFiles('area')) {
    const value = JSON.parse(readFileSync(join(FIXTURES, 'area', 'in', file), 'utf8')) as Feature | FeatureCollection;
    const features = value.type === 'FeatureCollection' ? value.features : [value];
    const output = {
      reference,
      features: features.map((feature, index) => {
        const polygons = polygonList(feature.geometry!);
        const areas = planimeterAreas(polygons.flat());
        let cursor = 0;
        const ringsSquareMetres = polygons.map((rings) => rings.map(() => areas[cursor++]!));
        return { index, id: String(feature.properties?.id ?? index), ringsSquareMetres, areaSquareMetres: planimeterPolygonsArea(polygons) };
      }),
    };
    write('area', file, output);
    console.log(`area/${file}: ${output.features.map((feature) => `${feature.id} ${feature.areaSquareMetres} m²`).join(', ')}`);
  }
}

/** Replaces ["crossing", a1, a2, b1, b2] positions by the geodesic crossing point. */
function resolveCrossings(geometry: Geometry): Geometry {
  const resolve = (position: unknown): Position => {
    if (Array.isArray(position) && position[0] === 'crossing') {
      const [, a1, a2, b1, b2] = position as [string, Position, Position, Position, Position];
      return geodesicCrossing(a1, a2, b1, b2);
    }
    return position as Position;
  };
  const polygons = polygonList(geometry).map((rings) => rings.map((ring) => ring.map(resolve)));
  return { type: 'MultiPolygon', coordinates: polygons };
}

interface CoverageExpectation {
  union: Geometry;
  pairs: { a: string; b: string; overlap: Geometry }[];
}

function generateCoverageFixtures(reference: string): void {
  for (const file of inputFiles('coverage')) {
    const value = JSON.parse(readFileSync(join(FIXTURES, 'coverage', 'in', file), 'utf8')) as FeatureCollection & { expected: CoverageExpectation };
    const union = resolveCrossings(value.expected.union);
    const output = {
      reference,
      zoneAreasSquareMetres: value.features.map((feature) => planimeterPolygonsArea(polygonList(feature.geometry!))),
      unionSquareMetres: planimeterPolygonsArea(polygonList(union)),
      unionOutline: union,
      pairs: value.expected.pairs.map((pair) => ({
        a: pair.a,
        b: pair.b,
        overlapSquareMetres: planimeterPolygonsArea(polygonList(resolveCrossings(pair.overlap))),
      })),
    };
    write('coverage', file, output);
    console.log(`coverage/${file}: union ${output.unionSquareMetres} m²`);
  }
}

const reference = `${planimeterVersion()}; Planimeter -w -p 10 per ring (WGS-84, geodesic edges)`;
generateAreaFixtures(reference);
generateCoverageFixtures(reference);
