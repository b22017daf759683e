import type { Feature, Geometry } from 'geojson';
import Papa from 'papaparse';
import { wktToGeoJSON } from 'betterknown';
import { readDecodedText, type TextContext } from '../encoding/readDecodedText';
import type { FileFormat } from '../fileFormat';
import { importMessage, type ImportMessage } from '../importMessage';
import { rejectedResult, type ImportOptions, type ImportResult } from '../importResult';
import { readGeoJsonValue } from '../parseGeoJson';
import { defineValue } from '../safeRecord';
import { findColumns } from './spreadsheetColumns';
import { hasExtension } from './textHead';

export const CSV_FORMAT_ID = 'csv';

/**
 * Spreadsheet lists (CSV, TSV), as editors get RSU sites and zone lists from Excel: parsed by
 * papaparse (quotes, embedded line breaks, the delimiter guessed for .csv), every cell kept as
 * text (a cell that looks like a formula is never run and stays the text it is), positions from
 * longitude and latitude columns or a WKT column (betterknown). The text is decoded as every text
 * format's is (textEncoding.ts: a byte-order mark, the editor's choice, UTF-8 when valid, else
 * GB18030 with a warning: Excel's "CSV" on a Chinese system is GBK). Row n of the data is feature n;
 * the rest is the common path (readGeoJsonValue): coordinate detection and GCJ-02/BD-09
 * declaration, rules, property mapping.
 */
export const csvFormat: FileFormat = {
  id: CSV_FORMAT_ID,
  extensions: ['.csv', '.tsv'],
  sniff(fileName) {
    return hasExtension(fileName, this.extensions);
  },
  read(bytes, fileName, options) {
    return readDecodedText(bytes, fileName, options ?? {}, null, (text, context) => readSpreadsheet(text, fileName, options ?? {}, context));
  },
};

function readSpreadsheet(text: string, fileName: string, options: ImportOptions, context: TextContext): ImportResult {
  const { warnings } = context;
  const parsed = Papa.parse<string[]>(text, { delimiter: hasExtension(fileName, ['.tsv']) ? '\t' : '', skipEmptyLines: 'greedy', dynamicTyping: false });
  const [headerRow, ...rows] = parsed.data;
  if (!headerRow || rows.length === 0) return rejectedResult(fileName, CSV_FORMAT_ID, [importMessage('error', 'csv-no-rows', fileName)], warnings);
  const header = uniqueNames(headerRow);
  for (const problem of parsed.errors.slice(0, 10)) {
    // papaparse counts rows from 0 with the header; people count lines from 1.
    warnings.push(importMessage('warning', 'csv-row-malformed', fileName, { line: (problem.row ?? 0) + 1, problem: problem.code }));
  }
  const { columns, basis } = findColumns(header, rows, options.spreadsheetColumns);
  if (columns.wkt === null && (columns.longitude === null || columns.latitude === null)) {
    return rejectedResult(fileName, CSV_FORMAT_ID, [importMessage('error', 'csv-no-coordinates', fileName, { columns: header.join(', ') })], warnings);
  }
  if (basis === 'guessed') warnings.push(importMessage('warning', 'csv-columns-guessed', fileName, { longitude: columns.longitude!, latitude: columns.latitude! }));
  const positionColumns = new Set([columns.longitude, columns.latitude, columns.wkt]);
  const features: Feature<Geometry | null>[] = rows.map((row, index) => {
    const properties: Record<string, unknown> = {};
    header.forEach((name, column) => {
      if (!positionColumns.has(name)) defineValue(properties, name, row[column] ?? '');
    });
    const cell = (name: string | null) => (name === null ? '' : (row[header.indexOf(name)] ?? '').trim());
    return { type: 'Feature', properties, geometry: columns.wkt !== null ? wktGeometry(cell(columns.wkt), index, fileName, warnings) : pointGeometry(cell(columns.longitude), cell(columns.latitude)) };
  });
  const result = readGeoJsonValue({ type: 'FeatureCollection', features }, fileName, options, { format: CSV_FORMAT_ID, ...context, ownsValue: true });
  result.spreadsheet = { columns: header, chosen: columns, basis };
  return result;
}

/**
 * A point from two cells. Cells that are not numbers stay as they are, so the position rule names
 * the row and what it found ("position-invalid … found ["117.2", "北纬39度"]") instead of a zero.
 */
function pointGeometry(longitude: string, latitude: string): Geometry {
  const number = (text: string) => (text !== '' && Number.isFinite(Number(text)) ? Number(text) : text);
  return { type: 'Point', coordinates: [number(longitude), number(latitude)] as number[] };
}

function wktGeometry(text: string, featureIndex: number, fileName: string, warnings: ImportMessage[]): Geometry | null {
  if (text === '') return null;
  let geometry: Geometry | null = null;
  try {
    geometry = wktToGeoJSON(text);
  } catch {
    geometry = null;
  }
  if (!geometry) warnings.push(importMessage('warning', 'csv-wkt-invalid', fileName, { text: text.length > 60 ? `${text.slice(0, 60)}…` : text }, { featureIndex }));
  return geometry;
}

/** Header names as keys: blank ones named by position, repeats numbered, so no column is lost. */
function uniqueNames(row: readonly string[]): string[] {
  const seen = new Set<string>();
  return row.map((raw, column) => {
    let name = raw.trim() || `column ${column + 1}`;
    for (let n = 2; seen.has(name); n += 1) name = `${raw.trim() || `column ${column + 1}`} (${n})`;
    seen.add(name);
    return name;
  });
}
