import type { MultiPolygon, Polygon, Position } from 'geojson';
import geodesic from 'geographiclib-geodesic';

/**
 * An independent estimate of the area covered by a set of polygons, for checking the coverage
 * engine: no Clipper, no shared code, just horizontal scanlines.
 *
 * Along a line of constant latitude, the covered part is exact: each polygon part covers the
 * stretches inside its shell (even-odd crossings) and outside its holes, and the stretches of all
 * polygons are merged. Lines are spaced `rowDegrees` apart; the area is the sum, over rows, of the
 * covered length times the ellipsoidal area of a one-degree-wide band that tall (midpoint rule).
 *
 * The tolerance comes from the same scanlines: the covered length is also taken on each band's
 * lower and upper edges, and where it changes inside a band the midpoint can be off by at most
 * half the change times the band's height, if the length changes monotonically across the band
 * (which a band a few tens of metres high around smooth outlines almost always does). Summing
 * those gives `toleranceSquareMetres`, a bound that shrinks with the row spacing.
 */
export interface ScanlineEstimate {
  areaSquareMetres: number;
  toleranceSquareMetres: number;
  rows: number;
}

export type Rings = Position[][];

export function scanlineUnionEstimate(geometries: readonly (Polygon | MultiPolygon)[], rowDegrees: number): ScanlineEstimate {
  const parts = geometries.flatMap((geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates));
  const [south, north] = latitudeRange(parts);
  const rows = Math.ceil((north - south) / rowDegrees);
  // Half-step lines: even k are band edges, odd k band middles. A tiny offset keeps lines off
  // vertices that sit on round latitudes.
  const lineLatitude = (k: number) => south + (k * rowDegrees) / 2 + rowDegrees * 1e-7 * Math.SQRT2;
  const lengths = coveredLengths(parts, 2 * rows + 1, lineLatitude);
  let areaSquareMetres = 0;
  let toleranceSquareMetres = 0;
  for (let row = 0; row < rows; row += 1) {
    const band = bandSquareMetresPerDegree(lineLatitude(2 * row), lineLatitude(2 * row + 2));
    const middle = lengths[2 * row + 1]!;
    areaSquareMetres += middle * band;
    toleranceSquareMetres += ((Math.abs(lengths[2 * row]! - middle) + Math.abs(lengths[2 * row + 2]! - middle)) / 2) * band;
  }
  return { areaSquareMetres, toleranceSquareMetres, rows };
}

/**
 * Covered longitude length (degrees) on each line, all parts merged. `shell-minus-holes` reads
 * each part as GeoJSON does (inside the first ring and outside the others, even-odd per ring);
 * `even-odd` toggles on every ring of a part, which is how a set of disjoint valid rings (such as
 * a clipper's output, holes included) reads.
 */
export function coveredLengths(
  parts: readonly Rings[],
  lines: number,
  latitudeOf: (line: number) => number,
  rule: 'shell-minus-holes' | 'even-odd' = 'shell-minus-holes',
  crossingCounts?: Uint32Array,
): Float64Array {
  const first = latitudeOf(0);
  const step = latitudeOf(1) - first;
  const intervalsByLine: number[][] = Array.from({ length: lines }, () => []);
  for (const rings of parts) {
    const crossingsByLine = new Map<number, { x: number; ring: number }[]>();
    rings.forEach((ring, ringIndex) => {
      for (let i = 0; i + 1 < ring.length; i += 1) {
        const [x1, y1] = ring[i] as [number, number];
        const [x2, y2] = ring[i + 1] as [number, number];
        if (y1 === y2) continue;
        const low = Math.min(y1, y2);
        const high = Math.max(y1, y2);
        for (let line = Math.max(0, Math.ceil((low - first) / step)); line < lines; line += 1) {
          const y = latitudeOf(line);
          if (y >= high) break;
          if (y < low) continue;
          const x = x1 + ((y - y1) * (x2 - x1)) / (y2 - y1);
          let list = crossingsByLine.get(line);
          if (!list) crossingsByLine.set(line, (list = []));
          list.push({ x, ring: ringIndex });
        }
      }
    });
    for (const [line, crossings] of crossingsByLine) {
      if (crossingCounts) crossingCounts[line]! += crossings.length;
      crossings.sort((a, b) => a.x - b.x);
      const inside = new Uint8Array(rings.length);
      let insideHoles = 0;
      let start = 0;
      let parity = 0;
      const covered = () => (rule === 'even-odd' ? parity === 1 : inside[0] === 1 && insideHoles === 0);
      for (const crossing of crossings) {
        const wasCovered = covered();
        parity ^= 1;
        inside[crossing.ring] = inside[crossing.ring]! ^ 1;
        if (crossing.ring > 0) insideHoles += inside[crossing.ring] === 1 ? 1 : -1;
        const isCovered = covered();
        if (!wasCovered && isCovered) start = crossing.x;
        if (wasCovered && !isCovered) intervalsByLine[line]!.push(start, crossing.x);
      }
    }
  }
  const lengths = new Float64Array(lines);
  intervalsByLine.forEach((flat, line) => (lengths[line] = mergedLength(flat)));
  return lengths;
}

/**
 * For each line, how far the covered length may honestly differ between two outlines that each
 * stay within `deviationDegrees` (perpendicular) of the same curve: a boundary crossing an edge
 * at angle θ to the line can move along the line by deviation / |sin θ|. Summed over the edges of
 * `rings` that cross each line (rings closed, as GeoJSON).
 */
export function crossingAllowances(rings: Rings, lines: number, latitudeOf: (line: number) => number, deviationDegrees: number): Float64Array {
  const first = latitudeOf(0);
  const step = latitudeOf(1) - first;
  const allowances = new Float64Array(lines);
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i += 1) {
      const [x1, y1] = ring[i] as [number, number];
      const [x2, y2] = ring[i + 1] as [number, number];
      if (y1 === y2) continue;
      const allowance = (deviationDegrees * Math.hypot(x2 - x1, y2 - y1)) / Math.abs(y2 - y1);
      const low = Math.min(y1, y2);
      const high = Math.max(y1, y2);
      for (let line = Math.max(0, Math.ceil((low - first) / step)); line < lines && latitudeOf(line) < high; line += 1) {
        if (latitudeOf(line) >= low) allowances[line]! += allowance;
      }
    }
  }
  return allowances;
}

/** Total length of the union of intervals given as [start0, end0, start1, end1, …]. */
function mergedLength(flat: number[]): number {
  const intervals: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) intervals.push([flat[i]!, flat[i + 1]!]);
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let currentStart = -Infinity;
  let currentEnd = -Infinity;
  for (const [start, end] of intervals) {
    if (start > currentEnd) {
      if (currentEnd > currentStart) total += currentEnd - currentStart;
      currentStart = start;
      currentEnd = end;
    } else if (end > currentEnd) currentEnd = end;
  }
  if (currentEnd > currentStart) total += currentEnd - currentStart;
  return total;
}

/**
 * The same parts with every edge split into pieces of at most `maxDegrees` at points on the
 * geodesic (GeographicLib), so that straight pieces follow the geodesic edges to within
 * micrometres: scanlines then see the outline the areas are defined by.
 */
export function densifiedAlongGeodesics(parts: readonly Rings[], maxDegrees: number): Rings[] {
  const mask = geodesic.Geodesic.LATITUDE | geodesic.Geodesic.LONGITUDE | geodesic.Geodesic.LONG_UNROLL;
  return parts.map((rings) =>
    rings.map((ring) => {
      const out: Position[] = [];
      for (let i = 0; i + 1 < ring.length; i += 1) {
        const [x1, y1] = ring[i] as [number, number];
        const [x2, y2] = ring[i + 1] as [number, number];
        out.push([x1, y1]);
        const pieces = Math.ceil(Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1)) / maxDegrees);
        if (pieces > 1) {
          const line = geodesic.Geodesic.WGS84.InverseLine(y1, x1, y2, x2, mask);
          for (let k = 1; k < pieces; k += 1) {
            const point = line.ArcPosition((k * line.a13) / pieces, mask);
            out.push([point.lon2!, point.lat2!]);
          }
        }
      }
      out.push(ring[ring.length - 1]!.slice(0, 2));
      return out;
    }),
  );
}

const polygon = geodesic.Geodesic.WGS84.Polygon(false);
const CELL_DEGREES = 0.001;

/**
 * Ellipsoidal area of the band between two latitudes per degree of longitude, from GeographicLib
 * on a cell 0.001° wide (its east-west edges are geodesics, which part from the parallels by
 * micrometres over 0.001°).
 */
function bandSquareMetresPerDegree(southLatitude: number, northLatitude: number): number {
  polygon.Clear();
  polygon.AddPoint(southLatitude, 0);
  polygon.AddPoint(southLatitude, CELL_DEGREES);
  polygon.AddPoint(northLatitude, CELL_DEGREES);
  polygon.AddPoint(northLatitude, 0);
  return Math.abs(polygon.Compute(false, true).area ?? 0) / CELL_DEGREES;
}

function latitudeRange(parts: readonly Rings[]): [number, number] {
  let south = Infinity;
  let north = -Infinity;
  for (const rings of parts) for (const ring of rings) for (const position of ring) {
    south = Math.min(south, position[1]!);
    north = Math.max(north, position[1]!);
  }
  return [south, north];
}
