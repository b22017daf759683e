import proj4 from 'proj4';

/**
 * Projected systems the importer converts to WGS-84 longitude/latitude, by lower-case id
 * (`epsg:3857`). CGCS2000 uses the GRS80 ellipsoid and agrees with WGS-84 to centimetres in
 * Tianjin, so its Gauss–Krüger zones convert without a datum shift.
 *
 * Covered: Web Mercator and its aliases; every CGCS2000 Gauss–Krüger zone in China, 3° zones
 * 25–45 with the zone prefix (EPSG:4513–4533) and without (EPSG:4534–4554), 6° zones 13–23 with
 * the prefix (EPSG:4491–4501) and without (EPSG:4502–4512). Tianjin lies in 3° zone 39
 * (EPSG:4527 / EPSG:4548) and 6° zone 20 (EPSG:4498 / EPSG:4508).
 */

const WEB_MERCATOR = '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs';
const WEB_MERCATOR_ALIASES = ['epsg:3857', 'epsg:900913', 'epsg:3785', 'epsg:102100', 'epsg:102113'];

function gaussKruger(centralMeridianDegrees: number, falseEastingMetres: number): string {
  return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridianDegrees} +k=1 +x_0=${falseEastingMetres} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

function buildDefinitions(): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const alias of WEB_MERCATOR_ALIASES) definitions.set(alias, WEB_MERCATOR);
  for (let zone = 25; zone <= 45; zone += 1) {
    definitions.set(`epsg:${4513 + zone - 25}`, gaussKruger(3 * zone, zone * 1e6 + 500_000));
    definitions.set(`epsg:${4534 + zone - 25}`, gaussKruger(3 * zone, 500_000));
  }
  for (let zone = 13; zone <= 23; zone += 1) {
    definitions.set(`epsg:${4491 + zone - 13}`, gaussKruger(6 * zone - 3, zone * 1e6 + 500_000));
    definitions.set(`epsg:${4502 + zone - 13}`, gaussKruger(6 * zone - 3, 500_000));
  }
  return definitions;
}

const DEFINITIONS = buildDefinitions();

/** Geographic systems read as WGS-84 longitude/latitude as they are. */
export const GEOGRAPHIC_SYSTEM_IDS = new Set(['epsg:4326', 'epsg:4490', 'crs84']);

/** Converts one projected position (metres) to [longitude, latitude] in degrees. */
export type Unproject = (x: number, y: number) => [number, number];

/** The converter for a known projected id, or null. */
export function unprojectFor(id: string): Unproject | null {
  const definition = DEFINITIONS.get(id);
  return definition === undefined ? null : converterFrom(definition);
}

/**
 * A converter from a projection given as PROJ text or WKT (a shapefile's `.prj`), or null when
 * proj4 cannot read it. `geographic` is true when the text describes longitude/latitude.
 */
export function converterFromDefinition(definition: string): { geographic: boolean; unproject: Unproject } | null {
  try {
    const converter = proj4(definition, 'EPSG:4326');
    const projectionName = (converter as unknown as { oProj?: { projName?: string } }).oProj?.projName;
    return { geographic: projectionName === 'longlat', unproject: (x, y) => converter.forward([x, y]) as [number, number] };
  } catch {
    return null;
  }
}

function converterFrom(definition: string): Unproject {
  const converter = proj4(definition, 'EPSG:4326');
  return (x, y) => converter.forward([x, y]) as [number, number];
}

/** Whether the id is one of the projected systems above. */
export function isKnownProjection(id: string): boolean {
  return DEFINITIONS.has(id);
}
