/**
 * Writes tests/fixtures/import/hostile/: files as Chinese offices and broken tools send them
 * (issue 11), one file per case; the README there lists each with its expected outcome, and
 * tests/unit/importHostile.test.ts runs every one through `zones validate`.
 *
 *   npx tsx scripts/generate-hostile-fixtures.ts
 *
 * Deterministic (fixed zip timestamps): regenerating changes nothing unless this script changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { encoder, writeShapefile, type ShapefileField } from './lib/shapefileWriter';

const FOLDER = join(import.meta.dirname, '..', 'tests', 'fixtures', 'import', 'hostile');
const ZIP_TIME = new Date('2024-01-01T00:00:00Z');

type Ring = number[][];
const square = (west: number, south: number, size = 0.05): Ring => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];
/** Three zones in Xiqing, Dongli and Jinnan, counter-clockwise. */
const RINGS = [square(117.0, 39.05), square(117.3, 39.08), square(117.4, 38.95)];
const NAMES = ['西青区车联网自动驾驶示范道路', '东丽区智能网联测试区', '津南区无人配送示范区'];
/** The same names in traditional characters, as a Big5 file from Taiwan or Hong Kong would have them. */
const TRADITIONAL_NAMES = ['西青區車聯網示範道路', '東麗區智能網聯測試區', '津南區無人配送示範區'];
const clockwise = (ring: Ring) => ring.slice().reverse();

const write = (name: string, content: string | Uint8Array) => writeFileSync(join(FOLDER, name), content);
const zip = (files: Zippable) => zipSync(files, { mtime: ZIP_TIME });
const utf8 = (value: string) => new TextEncoder().encode(value);

function geoJson(names = NAMES): string {
  const features = RINGS.map((ring, index) => ({ type: 'Feature', properties: { id: `z${index + 1}`, name_zh: names[index] }, geometry: { type: 'Polygon', coordinates: [ring] } }));
  return `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
}

function kml(declaration: string): string {
  const placemarks = RINGS.map((ring, index) => `<Placemark><name>${NAMES[index]}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${ring.map(([x, y]) => `${x},${y}`).join(' ')}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`);
  return `${declaration}\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks.join('')}</Document></kml>\n`;
}

const FIELDS: ShapefileField[] = [{ name: '名称', type: 'C', length: 60 }];
const shapefile = (encoding: 'utf-8' | 'gbk', languageDriverId = 0) =>
  writeShapefile(FIELDS, RINGS.map((ring, index) => ({ rings: [clockwise(ring)], values: [NAMES[index]!] })), encoding, languageDriverId);

/** Rewrites 32-bit little-endian fields of every zip header with signature `signature` at `offset`. */
function patchZipHeaders(bytes: Uint8Array, signature: number, offset: number, value: (old: number) => number, size: 2 | 4 = 4): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at += 1) {
    if (view.getUint32(at, true) !== signature) continue;
    if (size === 4) view.setUint32(at + offset, value(view.getUint32(at + offset, true)), true);
    else view.setUint16(at + offset, value(view.getUint16(at + offset, true)), true);
  }
  return copy;
}
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;

function shapefileCases(): void {
  const gbk = shapefile('gbk');
  // 1. A .dbf whose header claims 4,000,000,000 records over one record's bytes.
  const one = writeShapefile(FIELDS, [{ rings: [clockwise(RINGS[0]!)], values: ['谎报记录数'] }], 'utf-8');
  const lyingDbf = one.dbf.slice();
  new DataView(lyingDbf.buffer).setUint32(4, 4_000_000_000, true);
  write('dbf-lying-count.zip', zip({ 'zones.shp': one.shp, 'zones.shx': one.shx, 'zones.dbf': lyingDbf }));
  // 2. A .shp cut inside its third record; the .shx and .dbf still list three.
  const utf = shapefile('utf-8');
  write('shp-truncated.zip', zip({ 'zones.shp': utf.shp.slice(0, utf.shp.length - 20), 'zones.shx': utf.shx, 'zones.dbf': utf.dbf, 'zones.cpg': utf8('UTF-8') }));
  // 3. A .shp that ends exactly after its second record.
  const secondEnd = 100 + (2 * (utf.shp.length - 100)) / 3;
  write('shp-missing-record.zip', zip({ 'zones.shp': utf.shp.slice(0, secondEnd), 'zones.shx': utf.shx, 'zones.dbf': utf.dbf, 'zones.cpg': utf8('UTF-8') }));
  // 4. A .cpg that says UTF-8 over a .dbf re-saved in GBK.
  write('shp-cpg-utf8-over-gbk.zip', zip({ 'zones.shp': gbk.shp, 'zones.shx': gbk.shx, 'zones.dbf': gbk.dbf, 'zones.cpg': utf8('UTF-8') }));
  // 5. GBK named only by the .dbf language driver byte (0x4D, code page 936).
  const ldid = shapefile('gbk', 0x4d);
  write('shp-ldid-gbk.zip', zip({ 'zones.shp': ldid.shp, 'zones.shx': ldid.shx, 'zones.dbf': ldid.dbf }));
  // 6. A record whose point count is larger than the record.
  const lyingPoints = utf.shp.slice();
  new DataView(lyingPoints.buffer).setInt32(100 + 8 + 40, 1_000_000_000, true);
  // 7. A record whose length in the .shp runs far past the file: the .shx still finds the records after it.
  const lyingLength = utf.shp.slice();
  new DataView(lyingLength.buffer).setInt32(100 + (utf.shp.length - 100) / 3 + 4, 0x3fffffff, false);
  write('shp-lying-record-length.zip', zip({ 'zones.shp': lyingLength, 'zones.shx': utf.shx, 'zones.dbf': utf.dbf, 'zones.cpg': utf8('UTF-8') }));
  write('shp-lying-point-count.zip', zip({ 'zones.shp': lyingPoints, 'zones.shx': utf.shx, 'zones.dbf': utf.dbf, 'zones.cpg': utf8('UTF-8') }));
}

function zipCases(): void {
  const utf = shapefile('utf-8');
  const plain = zip({ 'zones.shp': utf.shp, 'zones.shx': utf.shx, 'zones.dbf': utf.dbf });
  // The "encrypted" flag (bit 0 of the general purpose flags) in every header, as a password-protected zip has it.
  write('zip-encrypted.zip', patchZipHeaders(patchZipHeaders(plain, LOCAL, 6, (flags) => flags | 1, 2), CENTRAL, 8, (flags) => flags | 1, 2));
  // Uncompressed sizes halved in every header: the entries inflate to more than they declare.
  write('zip-lying-sizes.zip', patchZipHeaders(patchZipHeaders(plain, LOCAL, 22, (size) => size >> 1), CENTRAL, 24, (size) => size >> 1));
  // Compressed sizes claiming 1 GiB in the directory.
  write('zip-lying-compressed-size.zip', patchZipHeaders(plain, CENTRAL, 20, () => 1 << 30));
}

function textCases(): void {
  const text = geoJson();
  write('geojson-gbk.geojson', encoder('gbk')(text));
  write('geojson-big5.geojson', encoder('big5')(geoJson(TRADITIONAL_NAMES)));
  write('geojson-utf16le-bom.geojson', Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]));
  write('geojson-utf16be-bom.geojson', Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]));
  write('geojson-replacement-char.geojson', text.replace(NAMES[1]!, '东丽区\uFFFD\uFFFD测试区'));
  write('kml-gbk-declared.kml', encoder('gbk')(kml('<?xml version="1.0" encoding="GBK"?>')));
  write('kml-utf8-declared-gbk-bytes.kml', encoder('gbk')(kml('<?xml version="1.0" encoding="UTF-8"?>')));
  write('kml-deep.kml', `<?xml version="1.0" encoding="UTF-8"?>\n<kml><Document>${'<Folder>'.repeat(5000)}${'</Folder>'.repeat(5000)}</Document></kml>\n`);
  const topology = {
    type: 'Topology',
    objects: { zones: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { name_zh: '正常' } }, { type: 'Polygon', arcs: [[7]], properties: { name_zh: '弧段越界' } }] } },
    arcs: [RINGS[0]],
  };
  write('topojson-bad-arc.topojson', `${JSON.stringify(topology)}\n`);
}

mkdirSync(FOLDER, { recursive: true });
shapefileCases();
zipCases();
textCases();
console.log(`hostile import fixtures written to ${FOLDER}`);
