import type { ZoneFeature } from '../domain/zone';
import { readShippedZones } from './readShippedZones';
import { fetchDataFile } from './fetchDataFile';
import type { DataFileProblem } from './loadBasemapData';

export const ZONES_FILE = 'data/zones.geojson';

/**
 * The default zones shipped in `data/zones.geojson`, through the same structure rules and property
 * normalisation as an editor's import (see readShippedZones.ts). Problems are returned for the page
 * to show; features that fail validation are skipped and reported, the rest load.
 */
export async function loadDefaultZones(): Promise<{ zones: ZoneFeature[]; problems: DataFileProblem[] }> {
  const fetched = await fetchDataFile(ZONES_FILE);
  if (!fetched.ok) return { zones: [], problems: [{ file: ZONES_FILE, kind: 'missing', reason: fetched.reason }] };
  const result = readShippedZones(fetched.text, ZONES_FILE);
  const problems: DataFileProblem[] = result.errors.map((error) => ({
    file: ZONES_FILE,
    kind: error.code === 'invalid-json' ? 'corrupt' : 'invalid',
    reason: error.code,
    importMessages: [error],
  }));
  return { zones: result.zones, problems };
}
