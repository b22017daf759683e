import type { DistrictFeature } from '../../domain/district';
import type { LoadedFeature } from '../importResult';
import { distanceMetres } from './datumShift';

/**
 * Which loaded features lie wholly outside Tianjin, and how far from the nearest district. A zone
 * near Sydney or across the antimeridian is almost always a coordinate mistake, and added quietly
 * it inflated the coverage total (666.9 → 1,712.7 km²), so every file is checked, converted or
 * not. The district outlines come in as data (the importer stays pure): the page passes the
 * outlines it draws, the command line reads data/districts.geojson; without them the
 * municipality's bounding box stands in.
 *
 * A feature is inside when one of its positions lies in a district, a district's label point lies
 * in it, or one of its edges crosses a district's edge; each is tested on at most
 * `SAMPLED_POSITIONS` of its positions, so a 200,000-vertex zone costs what a small one does.
 */
const SAMPLED_POSITIONS = 256;

/** The municipality's extent (116.7–118.07° E, 38.55–40.25° N), used when no outlines are given. */
const TIANJIN_BOX: DistrictFeature = {
  type: 'Feature',
  properties: { code: '120000', name_zh: '天津市', name_en: 'Tianjin', label: [117.2, 39.13] },
  geometry: { type: 'Polygon', coordinates: [[[116.7, 38.55], [118.07, 38.55], [118.07, 40.25], [116.7, 40.25], [116.7, 38.55]]] },
};

export interface OutsideTianjin {
  /** Position of the feature in the result's `features`. */
  position: number;
  distanceKilometres: number;
  nearestDistrict: DistrictFeature;
}

interface Outline {
  district: DistrictFeature;
  /** Rings as flat [lon, lat, lon, lat, …] arrays; holes included. */
  rings: number[][];
  box: [number, number, number, number];
}

export function findOutsideTianjin(features: readonly LoadedFeature[], districts: readonly DistrictFeature[] | undefined): OutsideTianjin[] {
  const outlines = (districts && districts.length > 0 ? districts : [TIANJIN_BOX]).map(outlineOf);
  const found: OutsideTianjin[] = [];
  features.forEach((feature, position) => {
    const rings = sampledRings(feature);
    if (rings.length === 0 || touchesTianjin(rings, feature, outlines)) return;
    const nearest = nearestOutline(rings, outlines);
    found.push({ position, distanceKilometres: Math.round(nearest.metres / 100) / 10, nearestDistrict: nearest.outline.district });
  });
  return found;
}

function outlineOf(district: DistrictFeature): Outline {
  const polygons = district.geometry.type === 'Polygon' ? [district.geometry.coordinates] : district.geometry.coordinates;
  const rings = polygons.flatMap((polygon) => polygon.map((ring) => ring.flatMap(([x, y]) => [x!, y!])));
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) for (let i = 0; i < ring.length; i += 2) extend(box, ring[i]!, ring[i + 1]!);
  return { district, rings, box };
}

/** The feature's outline (or its points and lines) as flat rings of at most SAMPLED_POSITIONS positions in all. */
function sampledRings(feature: LoadedFeature): number[][] {
  const lines: number[][][] = [];
  const collect = (geometry: LoadedFeature['geometry']): void => {
    switch (geometry.type) {
      case 'Point':
        lines.push([geometry.coordinates]);
        break;
      case 'MultiPoint':
      case 'LineString':
        lines.push(geometry.coordinates);
        break;
      case 'MultiLineString':
      case 'Polygon':
        lines.push(...geometry.coordinates);
        break;
      case 'MultiPolygon':
        for (const polygon of geometry.coordinates) lines.push(...polygon);
        break;
      case 'GeometryCollection':
        for (const member of geometry.geometries) collect(member);
    }
  };
  collect(feature.geometry);
  const total = lines.reduce((sum, line) => sum + line.length, 0);
  const stride = Math.max(1, Math.ceil(total / SAMPLED_POSITIONS));
  return lines
    .map((line) => {
      const flat: number[] = [];
      for (let i = 0; i < line.length; i += stride) flat.push(line[i]![0]!, line[i]![1]!);
      const last = line[line.length - 1];
      if (last && (line.length - 1) % stride !== 0) flat.push(last[0]!, last[1]!);
      return flat;
    })
    .filter((flat) => flat.length > 0);
}

function touchesTianjin(rings: number[][], feature: LoadedFeature, outlines: readonly Outline[]): boolean {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) for (let i = 0; i < ring.length; i += 2) extend(box, ring[i]!, ring[i + 1]!);
  for (const outline of outlines) {
    if (!boxesMeet(box, outline.box)) continue;
    for (const ring of rings) for (let i = 0; i < ring.length; i += 2) if (inRings(ring[i]!, ring[i + 1]!, outline.rings)) return true;
    const isArea = feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';
    const [labelX, labelY] = outline.district.properties.label;
    if (isArea && inRings(labelX, labelY, rings)) return true;
    for (const ring of rings) for (const districtRing of outline.rings) if (edgesCross(ring, districtRing)) return true;
  }
  return false;
}

/** Even-odd point in rings (holes count against), on flat rings. */
function inRings(x: number, y: number, rings: readonly number[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const xi = ring[i]!, yi = ring[i + 1]!, xj = ring[j]!, yj = ring[j + 1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function edgesCross(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i + 3 < a.length; i += 2) {
    for (let j = 0; j + 3 < b.length; j += 2) {
      if (segmentsCross(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, b[j]!, b[j + 1]!, b[j + 2]!, b[j + 3]!)) return true;
    }
  }
  return false;
}

function segmentsCross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 && side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0;
}

/** Past this distance from a district's box, the box's distance stands for the district's (a few km off at most, of hundreds). */
const DETAIL_METRES = 50_000;

/**
 * The district nearest to any sampled position: great-circle distance to its nearest vertex,
 * refined along the edges beside it; districts whose box is far are measured to their box.
 */
function nearestOutline(rings: readonly number[][], outlines: readonly Outline[]): { outline: Outline; metres: number } {
  let best = { outline: outlines[0]!, metres: Infinity };
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const point = [ring[i]!, ring[i + 1]!];
      for (const outline of outlines) {
        const [west, south, east, north] = outline.box;
        const toBox = distanceMetres(point, [Math.min(Math.max(point[0]!, west), east), Math.min(Math.max(point[1]!, south), north)]);
        if (toBox >= best.metres) continue;
        if (toBox > DETAIL_METRES) {
          best = { outline, metres: toBox };
          continue;
        }
        for (const districtRing of outline.rings) {
          for (let k = 0; k < districtRing.length; k += 2) {
            const metres = distanceMetres(point, [districtRing[k]!, districtRing[k + 1]!]);
            if (metres >= best.metres) continue;
            best = { outline, metres: Math.min(metres, edgeMetres(point, districtRing, k)) };
          }
        }
      }
    }
  }
  return best;
}

/** Distance from `point` to the two edges that meet at vertex `k`, in a plane centred on the point (exact enough near it). */
function edgeMetres(point: readonly number[], ring: readonly number[], k: number): number {
  const metresPerDegree = 111_195;
  const scaleX = Math.cos((point[1]! * Math.PI) / 180) * metresPerDegree;
  const local = (index: number): [number, number] => [(ring[index]! - point[0]!) * scaleX, (ring[index + 1]! - point[1]!) * metresPerDegree];
  let nearest = Infinity;
  for (const neighbour of [k - 2, k + 2]) {
    if (neighbour < 0 || neighbour + 1 >= ring.length) continue;
    const [ax, ay] = local(k);
    const [bx, by] = local(neighbour);
    const length = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, -(ax * (bx - ax) + ay * (by - ay)) / length));
    nearest = Math.min(nearest, Math.hypot(ax + t * (bx - ax), ay + t * (by - ay)));
  }
  return nearest;
}

function extend(box: [number, number, number, number], x: number, y: number): void {
  if (x < box[0]) box[0] = x;
  if (y < box[1]) box[1] = y;
  if (x > box[2]) box[2] = x;
  if (y > box[3]) box[3] = y;
}

function boxesMeet(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;
}
