/**
 * GeographicLib's C++ command-line tools (Debian package geographiclib-tools) as the independent
 * reference for fixtures: `Planimeter` for areas, `GeodesicProj` for where two geodesics cross.
 * Used only by fixture generators, never by the app.
 */
import { execFileSync } from 'node:child_process';
import type { Position } from 'geojson';

const PLANIMETER = process.env.PLANIMETER ?? '/usr/bin/Planimeter';
const GEODESIC_PROJ = process.env.GEODESIC_PROJ ?? '/usr/bin/GeodesicProj';

export function planimeterVersion(): string {
  return execFileSync(PLANIMETER, ['--version']).toString().trim();
}

/** `String(number)` is the shortest text that reads back as the same double: nothing is lost. */
const text = (value: number) => String(value);

/**
 * Signed area (counter-clockwise positive) of each ring in m², one Planimeter run for all (rings
 * separated by blank lines; `-w` longitude first; `-p 10`, the most precision it prints: 1e-5 m²).
 */
export function planimeterAreas(rings: readonly Position[][]): number[] {
  if (rings.length === 0) return [];
  const input = rings
    .map((ring) => {
      const last = ring[ring.length - 1]!;
      const open = ring.length > 1 && ring[0]![0] === last[0] && ring[0]![1] === last[1] ? ring.slice(0, -1) : ring;
      return open.map((position) => `${text(position[0]!)} ${text(position[1]!)}`).join('\n');
    })
    .join('\n\n');
  const output = execFileSync(PLANIMETER, ['-w', '-p', '10'], { input: `${input}\n` }).toString().trim().split('\n');
  if (output.length !== rings.length) throw new Error(`Planimeter returned ${output.length} results for ${rings.length} rings`);
  return output.map((line) => Number(line.trim().split(/\s+/)[2]));
}

/** |shell| − Σ|holes| per polygon, polygons summed, in m², from Planimeter. */
export function planimeterPolygonsArea(polygons: readonly Position[][][]): number {
  const areas = planimeterAreas(polygons.flat());
  let cursor = 0;
  let total = 0;
  for (const rings of polygons) {
    rings.forEach((_, index) => {
      const area = Math.abs(areas[cursor++]!);
      total += index === 0 ? area : -area;
    });
  }
  return total;
}

function gnomonic(centre: Position, points: readonly Position[], reverse: boolean): Position[] {
  const flags = ['-g', text(centre[1]!), text(centre[0]!), '-p', '12', ...(reverse ? ['-r'] : [])];
  const input = points.map((point) => (reverse ? `${text(point[0]!)} ${text(point[1]!)}` : `${text(point[1]!)} ${text(point[0]!)}`)).join('\n');
  return execFileSync(GEODESIC_PROJ, flags, { input: `${input}\n` })
    .toString()
    .trim()
    .split('\n')
    .map((line) => {
      const [first, second] = line.trim().split(/\s+/).map(Number);
      return reverse ? [second!, first!] : [first!, second!];
    });
}

function lineCrossing([a1, a2, b1, b2]: readonly Position[]): Position {
  const [x1, y1] = a1 as [number, number];
  const [x2, y2] = a2 as [number, number];
  const [x3, y3] = b1 as [number, number];
  const [x4, y4] = b2 as [number, number];
  const denominator = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4);
  const t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / denominator;
  return [x1 + t * (x2 - x1), y1 + t * (y2 - y1)];
}

/**
 * Where the geodesic a1→a2 crosses the geodesic b1→b2 ([lon, lat]), by Karney's method
 * (Algorithms for geodesics, 2013, §8): in the ellipsoidal gnomonic projection centred near the
 * crossing, geodesics are almost straight; intersect the straight lines, re-centre there, repeat.
 */
export function geodesicCrossing(a1: Position, a2: Position, b1: Position, b2: Position): Position {
  let centre = lineCrossing([a1, a2, b1, b2]);
  for (let iteration = 0; iteration < 8; iteration += 1) {
    const projected = gnomonic(centre, [a1, a2, b1, b2], false);
    const [next] = gnomonic(centre, [lineCrossing(projected)], true);
    const moved = Math.hypot(next![0]! - centre[0]!, next![1]! - centre[1]!);
    centre = next!;
    if (moved < 1e-13) break;
  }
  return centre;
}
