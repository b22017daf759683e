/**
 * The coordinate systems an editor can declare for a file (`ImportOptions.from`, the CLI's
 * `--from`). GCJ-02 and BD-09 are lon/lat systems shifted by formula from WGS-84: no number in a
 * file tells them apart from WGS-84 (the shift is 0.5–1.4 km in Tianjin), so only the editor
 * can say so. The EPSG ones can also be found from the numbers or from the file's own `crs`
 * member or `.prj`; declaring one forces it.
 */
export const SOURCE_SYSTEMS = ['wgs84', 'gcj02', 'bd09', 'epsg:3857', 'epsg:4527', 'epsg:4548'] as const;
export type SourceSystem = (typeof SOURCE_SYSTEMS)[number];

/** Lon/lat systems that differ from WGS-84 by a datum shift, converted after validation. */
export type ShiftedDatum = 'gcj02' | 'bd09';

export function isSourceSystem(value: unknown): value is SourceSystem {
  return typeof value === 'string' && (SOURCE_SYSTEMS as readonly string[]).includes(value);
}

/** A declared system read as "which datum", or null for WGS-84 and the projected systems. */
export function declaredDatum(from: SourceSystem | undefined): ShiftedDatum | null {
  return from === 'gcj02' || from === 'bd09' ? from : null;
}

/** A declared system read as "which projection" (`epsg:…`), or null for the lon/lat ones. */
export function declaredProjection(from: SourceSystem | undefined): string | null {
  return from !== undefined && from.startsWith('epsg:') ? from : null;
}

/** English names, for messages. */
export const SYSTEM_LABELS: Readonly<Record<string, string>> = {
  wgs84: 'WGS-84 longitude/latitude',
  gcj02: 'GCJ-02 (AMap/Gaode, Tencent)',
  bd09: 'BD-09 (Baidu)',
  'epsg:3857': 'EPSG:3857 Web Mercator metres',
  'epsg:4527': 'EPSG:4527 CGCS2000 Gauss–Krüger zone 39 (with zone prefix)',
  'epsg:4548': 'EPSG:4548 CGCS2000 Gauss–Krüger, central meridian 117° E (no zone prefix)',
};

export function systemLabel(id: string): string {
  return Object.hasOwn(SYSTEM_LABELS, id) ? SYSTEM_LABELS[id]! : id.toUpperCase();
}
