import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { statedFromPrj, type StatedSystem } from '../coordinates/statedSystem';
import type { FileFormat } from '../fileFormat';
import { importMessage, type ImportMessage } from '../importMessage';
import { rejectedResult, type ImportOptions, type ImportResult } from '../importResult';
import { readGeoJsonValue } from '../parseGeoJson';
import { rewindToRightHandRule } from '../repair/ringWinding';
import { encodingWarnings } from '../encoding/encodingWarnings';
import { decodeText } from '../encoding/textEncoding';
import { dbfLayout, readDbf } from './dbfReader';
import { readShpRecords, shxRecordCount, type ShpRecordProblem } from './shpRecords';
import { readKmz } from './kmzFormat';
import { hasExtension, isZipBytes } from './textHead';
import { baseNameLower, zipEntries, zipProblemMessage } from './zipEntries';

export const SHAPEFILE_FORMAT_ID = 'shapefile';
const decoder = new TextDecoder('utf-8');
const PARTS = ['.shp', '.shx', '.dbf', '.prj', '.cpg'];

/**
 * A zipped Esri Shapefile: the .shp records are found and checked in shpRecords.ts (shpjs turns
 * each into GeoJSON), the .dbf is read by dbfReader.ts, both never past the bytes present; the
 * attribute encoding (.cpg, language driver, else the bytes: encoding/) and the projection (.prj,
 * read by proj4 and converted by the importer's coordinate plan) are handled here, so the result
 * reports them like any file. Every record any part lists is loaded or named with why not.
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
  if (!zip.ok) return rejectedResult(fileName, SHAPEFILE_FORMAT_ID, [zipProblemMessage(fileName, zip.problem)]);
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
  const shp = readShpRecords(part('.shp')!, part('.shx'));
  if ('detail' in shp) return reject('shapefile-invalid', { detail: shp.detail });
  const attributes = dbf ? readAttributes(dbf, cpg ? decoder.decode(cpg) : null, fileName, options) : null;
  if (attributes && !attributes.ok) return reject('shapefile-invalid', { detail: attributes.detail });
  if (attributes) warnings.push(...attributes.warnings);
  else warnings.push(importMessage('warning', 'shapefile-missing-dbf', fileName, { layer }));
  const records = attributes?.table.records ?? [];
  // Every record the .shx, the .shp or the .dbf holds is a feature: loaded, or listed with why not.
  const declared = Math.max(shp.records.length, shxRecordCount(part('.shx')) ?? 0, records.length);
  const features: Feature<Geometry | null>[] = [];
  const problems = new Map<number, ShpRecordProblem>();
  for (let index = 0; index < declared; index += 1) {
    const record = shp.records[index] ?? { problem: 'missing' as const };
    if ('problem' in record) problems.set(index, record.problem);
    features.push({ type: 'Feature', properties: records[index] ?? {}, geometry: 'geometry' in record ? shapefileGeometry(record.geometry) : null });
  }
  const result = readGeoJsonValue({ type: 'FeatureCollection', features }, fileName, options, {
    format: SHAPEFILE_FORMAT_ID,
    stated,
    warnings,
    encoding: attributes?.encoding,
    undecodable: attributes?.undecodable,
    ownsValue: true,
  });
  reportLostRecords(result, problems, attributes ? records.length : declared);
  return result;
}

/** The .dbf's records, decoded in the encoding the editor chose, the .cpg or header states, or the bytes show. */
function readAttributes(dbf: Uint8Array, cpg: string | null, fileName: string, options: ImportOptions) {
  const layout = dbfLayout(dbf);
  if (!layout.ok) return layout;
  const recordBytes = dbf.subarray(layout.headerLength, layout.headerLength + layout.presentCount * layout.recordLength);
  const declared = cpg !== null && cpg.trim() !== '' ? cpg : languageDriverEncoding(dbf);
  const { report } = decodeText(recordBytes, { chosen: options.encoding, declared });
  const read = readDbf(dbf, new TextDecoder(report.encoding));
  if (!read.ok) return read;
  const warnings = encodingWarnings(report, fileName, 'shapefile');
  const { declaredCount, records } = read.table;
  if (declaredCount > records.length) {
    warnings.push(
      importMessage('warning', 'shapefile-dbf-short', fileName, {
        declared: declaredCount,
        present: records.length,
        bytes: dbf.length,
      }),
    );
  }
  const undecodable = records.some((record) => Object.values(record).some((value) => typeof value === 'string' && value.includes('\uFFFD')));
  return { ok: true as const, table: read.table, encoding: report, undecodable, warnings };
}

/** The .dbf header's language driver byte (29), where it names a Chinese code page (Esri's table). */
function languageDriverEncoding(dbf: Uint8Array): string | null {
  const id = dbf[29];
  if (id === 0x4d || id === 0x7a) return 'cp936';
  if (id === 0x4f || id === 0x78) return 'cp950';
  return null;
}

/**
 * Records whose geometry did not load are errors naming them (in place of "geometry is null"), and
 * records past the end of the .dbf are loaded without attributes, with a warning naming them.
 */
function reportLostRecords(result: ImportResult, problems: ReadonlyMap<number, ShpRecordProblem>, attributeCount: number): void {
  const { fileName } = result;
  const lost: ImportMessage[] = [];
  result.warnings = result.warnings.filter((warning) => {
    const problem = warning.featureIndex === undefined ? undefined : problems.get(warning.featureIndex);
    if (problem === undefined || warning.code !== 'geometry-null') return true;
    const feature = { featureIndex: warning.featureIndex!, featureId: warning.featureId, featureName: warning.featureName };
    lost.push(importMessage('error', `shapefile-record-${problem}`, fileName, {}, feature));
    return false;
  });
  result.errors.unshift(...lost);
  result.sourceIndices.forEach((index, position) => {
    if (index < attributeCount) return;
    const properties = result.features[position]!.properties;
    const feature = { featureIndex: index, featureId: properties.id };
    result.warnings.push(importMessage('warning', 'shapefile-attributes-missing', fileName, {}, feature));
  });
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
