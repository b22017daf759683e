import type { FeatureCollection } from 'geojson';
import type { DistrictFeature } from '../domain/district';

export type ParsedDistricts = { ok: true; districts: DistrictFeature[] } | { ok: false; reason: string };

function isPosition(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

/**
 * Checks `data/districts.geojson` enough to draw it: a FeatureCollection of Polygon/MultiPolygon
 * features with `name_zh`, `name_en` and a `label` point. The file is ours (derived by
 * scripts/build-basemap-data.ts), so a failure here means it was damaged or replaced by mistake.
 */
export function parseDistricts(text: string): ParsedDistricts {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const collection = parsed as Partial<FeatureCollection>;
  if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return { ok: false, reason: 'not a GeoJSON FeatureCollection' };
  }
  for (const [index, feature] of collection.features.entries()) {
    const properties = feature?.properties as Record<string, unknown> | null | undefined;
    const geometryType = feature?.geometry?.type;
    if (geometryType !== 'Polygon' && geometryType !== 'MultiPolygon') return { ok: false, reason: `feature ${index} is not a polygon` };
    if (typeof properties?.name_zh !== 'string' || typeof properties.name_en !== 'string' || !isPosition(properties.label)) {
      return { ok: false, reason: `feature ${index} lacks name_zh, name_en or label` };
    }
  }
  return { ok: true, districts: collection.features as DistrictFeature[] };
}
