import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { seededRandom } from './seededRandom';

export interface BlobZoneOptions {
  count: number;
  seed: number;
  /** Vertices per outer ring, fewest and most (spacing follows from the radius: ~20–60 m). */
  minVertices?: number;
  maxVertices?: number;
  /** Mean radius, degrees of latitude. */
  minRadiusDegrees?: number;
  maxRadiusDegrees?: number;
  /** Where the centres fall: [west, south, east, north] in degrees. */
  region?: [number, number, number, number];
}

/**
 * Zone outlines shaped like digitised boundaries: smooth irregular blobs (a few low harmonics
 * plus a little jitter, so edges are short and rings simple), one in twenty with a hole and one in
 * twenty a two-part MultiPolygon, with schema properties spread over districts, kinds, scenarios
 * and phases. Seeded and deterministic. Used by the engine benchmark to build files of 10–100 MB.
 */
export function blobZones(options: BlobZoneOptions): Feature<Polygon | MultiPolygon>[] {
  const random = seededRandom(options.seed);
  const minVertices = options.minVertices ?? 300;
  const maxVertices = options.maxVertices ?? 700;
  const minRadius = options.minRadiusDegrees ?? 0.004;
  const maxRadius = options.maxRadiusDegrees ?? 0.012;
  const [west, south, east, north] = options.region ?? [116.9, 38.6, 117.9, 39.6];
  const districts = ['西青区', '东丽区', '滨海新区', '宝坻区', '津南区', '北辰区'];
  const kinds = ['pilot-zone', 'demo-zone', 'scenario-area'];
  const scenarios = ['shared-car', 'campus-shuttle', 'bus', 'robotaxi', 'logistics', 'v2x-road'];
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const longitude = west + random() * (east - west);
    const latitude = south + random() * (north - south);
    const radius = minRadius + random() * (maxRadius - minRadius);
    const vertices = minVertices + Math.floor(random() * (maxVertices - minVertices + 1));
    const shell = blobRing(random, longitude, latitude, radius, vertices, false);
    const variant = index % 20;
    let geometry: Polygon | MultiPolygon;
    if (variant === 7) {
      geometry = { type: 'Polygon', coordinates: [shell, blobRing(random, longitude, latitude, radius * 0.3, Math.max(8, vertices >> 2), true)] };
    } else if (variant === 13) {
      const second = blobRing(random, longitude + radius * 3, latitude, radius * 0.6, Math.max(8, vertices >> 1), false);
      geometry = { type: 'MultiPolygon', coordinates: [[shell], [second]] };
    } else {
      geometry = { type: 'Polygon', coordinates: [shell] };
    }
    features.push({
      type: 'Feature',
      properties: {
        id: `bench-${index}`,
        name_zh: `基准测试区 ${index}`,
        name_en: `Bench zone ${index}`,
        district: districts[index % districts.length]!,
        kind: kinds[index % kinds.length]!,
        scenarios: [scenarios[index % scenarios.length]!, scenarios[(index * 7 + 3) % scenarios.length]!],
        phase: 2020 + (index % 4),
        source: 'generated for the engine benchmark',
        geometry_status: 'illustrative',
      },
      geometry,
    });
  }
  return features;
}

/** A closed ring of `vertices` points around a centre; `clockwise` for holes (RFC 7946 winding). */
function blobRing(
  random: () => number,
  longitude: number,
  latitude: number,
  radius: number,
  vertices: number,
  clockwise: boolean,
): Position[] {
  const harmonics = [2, 3, 4, 5].map((order) => ({ order, amplitude: (0.25 * random()) / order, phase: 2 * Math.PI * random() }));
  const stretch = 1 / Math.cos((latitude * Math.PI) / 180);
  const ring: Position[] = [];
  for (let k = 0; k < vertices; k += 1) {
    const bearing = ((clockwise ? -1 : 1) * 2 * Math.PI * k) / vertices;
    let scale = 1 + 0.004 * (random() - 0.5);
    for (const harmonic of harmonics) scale += harmonic.amplitude * Math.sin(harmonic.order * bearing + harmonic.phase);
    ring.push([
      Number((longitude + radius * scale * Math.cos(bearing) * stretch).toFixed(7)),
      Number((latitude + radius * scale * Math.sin(bearing)).toFixed(7)),
    ]);
  }
  ring.push([ring[0]![0]!, ring[0]![1]!]);
  return ring;
}
