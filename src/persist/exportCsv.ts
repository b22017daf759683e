import { geoJSONToWkt } from 'betterknown';
import { geometryAreaSquareMetres } from '../domain/geodesicArea';
import type { ZoneFeature } from '../domain/zone';
import { isZoneFeature, type LoadedFeature } from '../import/importResult';

export interface CsvExportOptions {
  /**
   * Each zone's area in m². Default: its exact ellipsoidal area as drawn (geodesicArea.ts). Pass
   * the coverage engine's per-zone areas to report invalid outlines (bow-ties) by their repaired
   * reading, as the dashboard does.
   */
  areaSquareMetres?: (zone: ZoneFeature) => number;
}

const COLUMNS = ['id', 'name_zh', 'name_en', 'district', 'kind', 'scenarios', 'phase', 'area_m2', 'area_km2', 'geometry_status', 'wkt'] as const;

/**
 * One row per feature for spreadsheets: RFC 4180 (commas, quotes doubled, CRLF), with a UTF-8
 * byte-order mark so that Excel opens Chinese names correctly. Text that a spreadsheet would run
 * as a formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe.
 * Scenarios are joined with "; ". The outline (or point, or line) is the last column as WKT at full
 * precision, so the list imports back (the importer reads a `wkt` column); points and lines have
 * no area.
 */
export function exportCsv(features: readonly LoadedFeature[], options: CsvExportOptions = {}): string {
  const area = options.areaSquareMetres ?? ((zone: ZoneFeature) => geometryAreaSquareMetres(zone.geometry));
  const rows = features.map((feature) => {
    const properties = feature.properties;
    const squareMetres = isZoneFeature(feature) ? area(feature) : Number.NaN;
    return [
      textCell(properties.id),
      textCell(properties.name_zh),
      textCell(properties.name_en),
      textCell(properties.district),
      textCell(properties.kind),
      textCell(Array.isArray(properties.scenarios) ? properties.scenarios.join('; ') : ''),
      typeof properties.phase === 'number' && Number.isFinite(properties.phase) ? String(properties.phase) : '',
      Number.isFinite(squareMetres) ? squareMetres.toFixed(2) : '',
      Number.isFinite(squareMetres) ? (squareMetres / 1e6).toFixed(6) : '',
      textCell(properties.geometry_status),
      textCell(geoJSONToWkt(feature.geometry)),
    ];
  });
  return `\uFEFF${[COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\r\n')}\r\n`;
}

/** A text value as one CSV cell: formula-safe, quoted when it holds a comma, quote or line break. */
export function textCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
