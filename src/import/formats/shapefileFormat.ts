import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import { statedFromPrj, type StatedSystem } from '../coordinates/statedSystem';
import type { FileFormat } from '../fileFormat';
import { importMessage, type ImportMessage } from '../importMessage';
import { rejectedResult, type ImportOptions, type ImportResult } from '../importResult';
import { readGeoJsonValue } from '../parseGeoJson';
import { rewindToRightHandRule } from '../repair/ringWinding';
import { defineValue } from '../safeRecord';
import { dbfEncoding } from './dbfEncoding';
import { realKeyName, withSafeFieldNames } from './dbfKeyNames';
import { readKmz } from './kmzFormat';
import { hasExtension, isZipBytes } from './textHead';
import { baseNameLower, zipEntries } from './zipEntries';

export const SHAPEFILE_FORMAT_ID = 'shapefile';
const decoder = new TextDecoder('utf-8');
const PARTS = ['.shp', '.dbf', '.prj', '.cpg'];

/**
 * A zipped Esri Shapefile: shpjs reads the geometry (.shp) and attributes (.dbf); the zip, the
 * attribute encoding (.cpg, GBK included) and the projection (.prj, read by proj4 and converted
 * by the importer's coordinate plan) are handled here, so the result reports them like any file.
 * Any zip that is not a KMZ comes here; one with a .kml and no .shp is read as a KMZ.
 */
export const shapefileFormat: FileFormat = {
  id: SHAPEFILE_FORMAT_ID,
  extensions: ['.zip', '.shz'],
  sniff(fileName, head) {
    return hasExtension(fileName, this.extensions) || isZipBytes(head);
  },
  read(bytes, fileName, options) {
    return readShapefileZip(bytes, fileName, options);
  },
};

function readShapefileZip(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const reject = (code: ImportMessage['code'], params = {}) => rejectedResult(fileName, SHAPEFILE_FORMAT_ID, [importMessage('error', code, fileName, params)]);
  const zip = zipEntries(bytes, (path) => PARTS.some((part) => path.toLowerCase().endsWith(part)) || path.toLowerCase().endsWith('.kml'));
  if (!zip.ok) return reject('zip-invalid', { detail: zip.detail });
  const byName = new Map([...zip.entries].map(([path, data]) => [baseNameLower(path), data]));
  const layers = [...byName.keys()].filter((name) => name.endsWith('.shp')).sort();
  if (layers.length === 0) {
    if ([...byName.keys()].some((name) => name.endsWith('.kml'))) return readKmz(bytes, fileName, options);
    const contents = zip.names.slice(0, 10).join(', ') || 'nothing';
    return reject('shapefile-missing-shp', { contents });
  }
  const warnings: ImportMessage[] = [];
  const layer = layers[0]!.slice(0, -4);
  if (layers.length > 1) {
    const others = layers.slice(1).join(', ');
    warnings.push(importMessage('warning', 'shapefile-several-layers', fileName, { layer: `${layer}.shp`, others }));
  }
  const part = (extension: string) => byName.get(`${layer}${extension}`) ?? null;
  const dbf = part('.dbf');
  const prj = part('.prj');
  const cpg = part('.cpg');
  let stated: StatedSystem | null = null;
  if (prj) {
    stated = statedFromPrj(decoder.decode(prj));
    if (stated.kind === 'unknown') {
      warnings.push(importMessage('warning', 'shapefile-prj-unreadable', fileName, { prj: stated.name }));
      stated = null;
    }
  }
  let geometries: (Geometry | null)[];
  let records: Record<string, unknown>[] = [];
  try {
    geometries = parseShp(asShpJsBuffer(part('.shp')!)) as (Geometry | null)[];
    if (dbf) {
      const encoding = dbfEncoding(dbf, cpg ? decoder.decode(cpg) : null);
      warnings.push(...encodingWarnings(encoding, fileName));
      const safe = withSafeFieldNames(dbf);
      records = (parseDbf(asShpJsBuffer(safe.bytes), encoding.label as never) as Record<string, unknown>[]).map((record) => plainRecord(record, safe.renamed));
    } else {
      warnings.push(importMessage('warning', 'shapefile-missing-dbf', fileName, { layer }));
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return reject('shapefile-invalid', { detail });
  }
  const features: Feature<Geometry | null>[] = geometries.map((geometry, index) => ({ type: 'Feature', properties: records[index] ?? {}, geometry: shapefileGeometry(geometry) }));
  return readGeoJsonValue({ type: 'FeatureCollection', features }, fileName, options, { format: SHAPEFILE_FORMAT_ID, stated, warnings });
}

function encodingWarnings(encoding: ReturnType<typeof dbfEncoding>, fileName: string): ImportMessage[] {
  const warnings: ImportMessage[] = [];
  if (encoding.unknownCpg !== undefined) {
    warnings.push(importMessage('warning', 'shapefile-encoding-unknown', fileName, { cpg: encoding.unknownCpg, encoding: encoding.label }));
  } else if (encoding.basis === 'guessed') {
    warnings.push(importMessage('warning', 'shapefile-encoding-guessed', fileName, { encoding: encoding.label.toUpperCase() }));
  }
  return warnings;
}

/**
 * A .dbf record as plain JSON data: dates as ISO text (`2021-06-01`), empty numbers (NaN) as
 * null, and keys defined as data (a field named `__proto__` stays a field).
 */
function plainRecord(record: Record<string, unknown>, renamed: ReadonlyMap<string, string>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const value = record[key];
    const json = value instanceof Date ? (Number.isNaN(value.getTime()) ? null : isoDate(value)) : typeof value === 'number' && !Number.isFinite(value) ? null : value;
    defineValue(plain, realKeyName(key, renamed), json);
  }
  return plain;
}

function isoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Shapefile outer rings are clockwise by its spec; turned to GeoJSON's rule here, without a
 * warning. shpjs adds a `bbox` to each geometry (in the file's units): not part of the data, dropped.
 */
function shapefileGeometry(geometry: Geometry | null): Geometry | null {
  if (!geometry) return null;
  delete geometry.bbox;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') rewindToRightHandRule(geometry as Polygon | MultiPolygon);
  return geometry;
}

/** shpjs reads any typed array through its `buffer`, `byteOffset` and `byteLength`; its types say less. */
function asShpJsBuffer(bytes: Uint8Array): { buffer: ArrayBuffer } {
  return bytes as unknown as { buffer: ArrayBuffer };
}
