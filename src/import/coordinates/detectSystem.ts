import { unprojectFor } from './projections';

/** What the numbers alone say about a file's coordinates. */
export type DetectedSystem =
  /** Valid longitude/latitude: read as they are. */
  | { kind: 'lonlat' }
  /** Latitudes outside ±90° that become valid when the axes are swapped. */
  | { kind: 'swapped-axes' }
  /** Metres of a known projection that land near Tianjin (or in China). */
  | { kind: 'projected'; id: string }
  /** Not longitude/latitude, and no known projection fits. */
  | { kind: 'unrecognised' };

export interface CoordinateBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

interface Region {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Tianjin with a margin of a degree or so: where a projected file for this map should land. */
export const TIANJIN_REGION: Region = { west: 115.5, south: 37.5, east: 119.5, north: 41.5 };
const CHINA_REGION: Region = { west: 73, south: 3, east: 136, north: 54 };
const WEB_MERCATOR_LIMIT_METRES = 20_037_508.35;

/**
 * Classifies coordinates by their bounds. Swapped axes are certain (a latitude past 90° is
 * impossible). A projection is accepted only when the whole extent lands in a plausible place:
 * Tianjin first (so 4548's ~500 km eastings are not taken for Web Mercator off Africa), then China.
 * Candidates: a Gauss–Krüger zone prefix in the easting (3° zones 25–45, 6° zones 13–23),
 * Web Mercator, and central meridian 117° without prefix (EPSG:4548).
 */
export function detectSystem(bounds: CoordinateBounds | null): DetectedSystem {
  if (bounds === null) return { kind: 'lonlat' };
  const { minX, minY, maxX, maxY } = bounds;
  if (minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90) return { kind: 'lonlat' };
  if (minX >= -90 && maxX <= 90 && minY >= -180 && maxY <= 180) return { kind: 'swapped-axes' };
  const candidates = candidateProjections(bounds);
  for (const region of [TIANJIN_REGION, CHINA_REGION]) {
    const found = candidates.find((id) => landsIn(id, bounds, region));
    if (found) return { kind: 'projected', id: found };
  }
  return { kind: 'unrecognised' };
}

function candidateProjections({ minX, maxX, minY, maxY }: CoordinateBounds): string[] {
  const candidates: string[] = [];
  if (minY < 0 || maxY > 10_000_000) return candidates;
  const zone = Math.floor(minX / 1e6);
  if (zone === Math.floor(maxX / 1e6)) {
    if (zone >= 25 && zone <= 45) candidates.push(`epsg:${4513 + zone - 25}`);
    if (zone >= 13 && zone <= 23) candidates.push(`epsg:${4491 + zone - 13}`);
  }
  if (Math.abs(minX) <= WEB_MERCATOR_LIMIT_METRES && Math.abs(maxX) <= WEB_MERCATOR_LIMIT_METRES) candidates.push('epsg:3857');
  if (minX >= 0 && maxX <= 1_000_000) candidates.push('epsg:4548');
  return candidates;
}

function landsIn(id: string, { minX, minY, maxX, maxY }: CoordinateBounds, region: Region): boolean {
  const unproject = unprojectFor(id);
  if (!unproject) return false;
  const corners: [number, number][] = [[minX, minY], [minX, maxY], [maxX, minY], [maxX, maxY]];
  return corners.every(([x, y]) => {
    const [longitude, latitude] = unproject(x, y);
    return longitude >= region.west && longitude <= region.east && latitude >= region.south && latitude <= region.north;
  });
}
