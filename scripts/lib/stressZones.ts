import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { seededRandom } from './seededRandom';

export interface StressZoneOptions {
  count: number;
  seed: number;
  /** Fewest and most vertices per ring. */
  minVertices?: number;
  maxVertices?: number;
  /** Smallest and largest radius, degrees of latitude. */
  minRadiusDegrees?: number;
  maxRadiusDegrees?: number;
  /** Where the centres fall: [west, south, east, north] in degrees. */
  region?: [number, number, number, number];
  /** Decimal places kept, as real files round coordinates (6 ≈ 0.1 m). */
  decimals?: number;
}

/**
 * Random, valid, overlapping zones in Tianjin: star-shaped polygons (each vertex at a random
 * distance along its own evenly spaced bearing, so rings never cross themselves) scattered over the
 * city centre and Binhai. Seeded, so the same options give the same zones on every machine.
 * The defaults are the generator with which turf.union (polyclip-ts) was seen to throw.
 */
export function stressZones(options: StressZoneOptions): FeatureCollection<Polygon> {
  const random = seededRandom(options.seed);
  const minVertices = options.minVertices ?? 5;
  const maxVertices = options.maxVertices ?? 44;
  const minRadius = options.minRadiusDegrees ?? 0.005;
  const maxRadius = options.maxRadiusDegrees ?? 0.035;
  const [west, south, east, north] = options.region ?? [116.8, 38.8, 117.8, 39.7];
  const decimals = options.decimals ?? 6;
  const round = (value: number) => Number(value.toFixed(decimals));
  const features: Feature<Polygon>[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const centreLongitude = west + random() * (east - west);
    const centreLatitude = south + random() * (north - south);
    const radius = minRadius + random() * (maxRadius - minRadius);
    const vertices = minVertices + Math.floor(random() * (maxVertices - minVertices + 1));
    const longitudeStretch = 1 / Math.cos((centreLatitude * Math.PI) / 180);
    const ring: [number, number][] = [];
    for (let k = 0; k < vertices; k += 1) {
      const bearing = (2 * Math.PI * k) / vertices;
      const distance = radius * (0.4 + 0.6 * random());
      ring.push([
        round(centreLongitude + distance * Math.cos(bearing) * longitudeStretch),
        round(centreLatitude + distance * Math.sin(bearing)),
      ]);
    }
    ring.push([ring[0]![0], ring[0]![1]]);
    features.push({
      type: 'Feature',
      properties: { id: `stress-${index}`, name_zh: `压力测试区 ${index}`, phase: 2020 + (index % 4) },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  }
  return { type: 'FeatureCollection', features };
}
