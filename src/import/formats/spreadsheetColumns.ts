/**
 * Which columns of a spreadsheet list hold the positions: longitude and latitude columns, or one
 * column of WKT. Found by the header's names (as Chinese and English lists name them), else, for
 * longitude and latitude, by their numbers; the editor confirms or changes the choice in the review
 * (`ImportOptions.spreadsheetColumns`).
 */
export interface SpreadsheetColumns {
  longitude: string | null;
  latitude: string | null;
  wkt: string | null;
}

/** How the columns were picked: by their names, from the numbers in them, or by the editor. */
export type ColumnBasis = 'named' | 'guessed' | 'chosen';

const LONGITUDE_NAMES = ['lon', 'lng', 'long', 'longitude', 'x', '经度', '东经', 'x坐标', '经度坐标'];
const LATITUDE_NAMES = ['lat', 'latitude', 'y', '纬度', '北纬', 'y坐标', '纬度坐标'];
const WKT_NAMES = ['wkt', 'geometry', 'geom', 'the_geom', 'shape', 'wkt_geom', '几何', '空间信息', '范围'];
const WKT_VALUE = /^\s*(multi)?(polygon|point|linestring)\s*(z|m|zm)?\s*(\(|empty)/i;

/** A header name compared loosely: lower case, without spaces and a trailing unit in brackets ("经度(°)", "Lon [deg]"). */
function normalised(name: string): string {
  return name
    .toLowerCase()
    .replace(/[(（[].*?[)）\]]\s*$/, '')
    .replace(/\s+/g, '');
}

/**
 * The columns to read positions from. `chosen` (from the review) wins where it names a column of
 * the file; otherwise names decide, and failing names the first pair of numeric columns that fit
 * longitude and latitude (or projected metres, which the coordinate detection converts).
 */
export function findColumns(header: readonly string[], rows: readonly (readonly string[])[], chosen: Partial<SpreadsheetColumns> | undefined): { columns: SpreadsheetColumns; basis: ColumnBasis } {
  const has = (name: string | null | undefined): name is string => typeof name === 'string' && header.includes(name);
  if (chosen && (has(chosen.wkt) || (has(chosen.longitude) && has(chosen.latitude)))) {
    return { columns: { longitude: has(chosen.longitude) ? chosen.longitude : null, latitude: has(chosen.latitude) ? chosen.latitude : null, wkt: has(chosen.wkt) ? chosen.wkt : null }, basis: 'chosen' };
  }
  const named = (names: readonly string[]) => header.find((name) => names.includes(normalised(name))) ?? null;
  const wkt = named(WKT_NAMES) ?? header.find((_, column) => sampleValues(rows, column).some((value) => WKT_VALUE.test(value))) ?? null;
  const longitude = named(LONGITUDE_NAMES);
  const latitude = named(LATITUDE_NAMES);
  if (longitude !== null && latitude !== null) return { columns: { longitude, latitude, wkt: null }, basis: 'named' };
  if (wkt !== null) return { columns: { longitude: null, latitude: null, wkt }, basis: 'named' };
  return { columns: { longitude: null, latitude: null, wkt: null, ...numericPair(header, rows) }, basis: 'guessed' };
}

/** The first non-empty values of a column, to judge what it holds. */
function sampleValues(rows: readonly (readonly string[])[], column: number, count = 20): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = row[column]?.trim() ?? '';
    if (value !== '') values.push(value);
    if (values.length >= count) break;
  }
  return values;
}

/** Two columns whose every sampled value is a number: the first that fits a longitude beside one that fits a latitude. */
function numericPair(header: readonly string[], rows: readonly (readonly string[])[]): Partial<SpreadsheetColumns> {
  const numeric = header.map((_, column) => {
    const values = sampleValues(rows, column);
    return values.length > 0 && values.every((value) => Number.isFinite(Number(value))) ? values.map(Number) : null;
  });
  const fits = (values: number[] | null, limit: number) => values !== null && values.every((value) => Math.abs(value) <= limit);
  for (let x = 0; x < header.length; x += 1) {
    for (let y = 0; y < header.length; y += 1) {
      if (x === y || !numeric[x] || !numeric[y]) continue;
      // Degrees have fractions; an id or a count (1, 2, 3…) is not a position.
      const lonLat = fits(numeric[x]!, 180) && fits(numeric[y]!, 90) && [...numeric[x]!, ...numeric[y]!].some((value) => !Number.isInteger(value));
      const metres = !fits(numeric[x]!, 180) && !fits(numeric[y]!, 180);
      if (lonLat || (metres && x < y)) return { longitude: header[x]!, latitude: header[y]! };
    }
  }
  return {};
}
