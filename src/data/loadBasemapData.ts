import type { ImportMessage } from '../import/importMessage';
import type { FeatureCollection } from 'geojson';
import type { DistrictFeature } from '../domain/district';
import { fetchDataFile } from './fetchDataFile';
import { parseDistricts } from './parseDistricts';

export interface DataFileProblem {
  file: string;
  kind: 'missing' | 'corrupt' | 'invalid';
  reason: string;
  /** When the problem is the import's: its messages, rendered in the UI language by the alert. */
  importMessages?: readonly ImportMessage[];
}

export interface BasemapData {
  districts: DistrictFeature[];
  contextLand: FeatureCollection;
  problems: DataFileProblem[];
}

export const DISTRICTS_FILE = 'data/districts.geojson';
export const CONTEXT_LAND_FILE = 'data/context-land.geojson';

const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

async function loadContextLand(): Promise<{ contextLand: FeatureCollection; problem?: DataFileProblem }> {
  const fetched = await fetchDataFile(CONTEXT_LAND_FILE);
  if (!fetched.ok) return { contextLand: EMPTY_COLLECTION, problem: { file: CONTEXT_LAND_FILE, kind: 'missing', reason: fetched.reason } };
  try {
    const parsed = JSON.parse(fetched.text) as Partial<FeatureCollection>;
    if (parsed?.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
      return { contextLand: EMPTY_COLLECTION, problem: { file: CONTEXT_LAND_FILE, kind: 'invalid', reason: 'not a GeoJSON FeatureCollection' } };
    }
    return { contextLand: parsed as FeatureCollection };
  } catch (error) {
    return { contextLand: EMPTY_COLLECTION, problem: { file: CONTEXT_LAND_FILE, kind: 'corrupt', reason: error instanceof Error ? error.message : String(error) } };
  }
}

async function loadDistricts(): Promise<{ districts: DistrictFeature[]; problem?: DataFileProblem }> {
  const fetched = await fetchDataFile(DISTRICTS_FILE);
  if (!fetched.ok) return { districts: [], problem: { file: DISTRICTS_FILE, kind: 'missing', reason: fetched.reason } };
  const parsed = parseDistricts(fetched.text);
  if (!parsed.ok) return { districts: [], problem: { file: DISTRICTS_FILE, kind: 'corrupt', reason: parsed.reason } };
  return { districts: parsed.districts };
}

/**
 * The embedded basemap's data. A file that fails leaves its layer empty and is reported; the map
 * still starts (sea background, the other layers, the zones).
 */
export async function loadBasemapData(): Promise<BasemapData> {
  const [districtResult, landResult] = await Promise.all([loadDistricts(), loadContextLand()]);
  return {
    districts: districtResult.districts,
    contextLand: landResult.contextLand,
    problems: [districtResult.problem, landResult.problem].filter((problem): problem is DataFileProblem => problem !== undefined),
  };
}
