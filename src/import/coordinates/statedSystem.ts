import { converterFromDefinition, GEOGRAPHIC_SYSTEM_IDS, isKnownProjection, unprojectFor, type Unproject } from './projections';

/**
 * A coordinate system the file itself names: a GeoJSON `crs` member (2008 draft) or a
 * shapefile's `.prj`. `name` is how the file spells it, for messages.
 */
export type StatedSystem =
  | { kind: 'geographic'; id: string; name: string }
  | { kind: 'projected'; id: string; name: string; unproject: Unproject }
  | { kind: 'unknown'; name: string };

/**
 * Reads a `crs` name: OGC URNs (`urn:ogc:def:crs:EPSG::3857`, `urn:ogc:def:crs:OGC:1.3:CRS84`),
 * OGC http URIs (`http://www.opengis.net/def/crs/EPSG/0/4527`) and short forms (`EPSG:4548`).
 */
export function statedFromCrsName(name: string): StatedSystem {
  const trimmed = name.trim();
  if (/(^|[:/])CRS:?84$/i.test(trimmed)) return { kind: 'geographic', id: 'crs84', name };
  const epsg = /EPSG(?:\/\d+\/|:[\d.]*:|::?)(\d+)$/i.exec(trimmed);
  return epsg ? statedFromEpsgCode(Number(epsg[1]), name) : { kind: 'unknown', name };
}

export function statedFromEpsgCode(code: number, name: string): StatedSystem {
  const id = `epsg:${code}`;
  if (GEOGRAPHIC_SYSTEM_IDS.has(id)) return { kind: 'geographic', id, name };
  const unproject = isKnownProjection(id) ? unprojectFor(id) : null;
  return unproject ? { kind: 'projected', id, name, unproject } : { kind: 'unknown', name };
}

/**
 * Reads a shapefile's `.prj` (WKT, usually ESRI's dialect) with proj4. Well-known Chinese names
 * are mapped to their EPSG id so the report says `epsg:4527` rather than a long WKT name.
 */
export function statedFromPrj(wkt: string): StatedSystem {
  const name = /^\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\s*\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? wkt.slice(0, 60);
  const converter = converterFromDefinition(wkt);
  if (!converter) return { kind: 'unknown', name };
  if (converter.geographic) return { kind: 'geographic', id: geographicId(name), name };
  return { kind: 'projected', id: projectedId(name), name, unproject: converter.unproject };
}

function geographicId(name: string): string {
  return /2000|CGCS/i.test(name) ? 'epsg:4490' : 'epsg:4326';
}

/** `CGCS2000_3_Degree_GK_Zone_39` → epsg:4527, `…_GK_CM_117E` → epsg:4548, Web Mercator → epsg:3857. */
function projectedId(name: string): string {
  const zone = /CGCS2000_3_Degree_GK_Zone_(\d+)/i.exec(name);
  if (zone) return `epsg:${4513 + Number(zone[1]) - 25}`;
  const meridian = /CGCS2000_3_Degree_GK_CM_(\d+)E/i.exec(name);
  if (meridian) return `epsg:${4534 + (Number(meridian[1]) - 75) / 3}`;
  if (/Web_Mercator|Pseudo[-_ ]Mercator/i.test(name)) return 'epsg:3857';
  return `prj:${name}`;
}
