/**
 * A minimal Esri Shapefile writer (polygons, text and integer attributes), for making test
 * fixtures only: the app reads shapefiles with shpjs and never writes them. Follows the Esri
 * Shapefile Technical Description (1998) and the dBase III header; outer rings clockwise, as the
 * format requires.
 */

export interface ShapefileField {
  name: string;
  type: 'C' | 'N';
  /** Bytes in a record. */
  length: number;
}

export interface ShapefileRecord {
  /** Rings of one polygon as [x, y] lists, closed, outer first. */
  rings: number[][][];
  values: (string | number | null)[];
}

export interface ShapefileParts {
  shp: Uint8Array;
  shx: Uint8Array;
  dbf: Uint8Array;
}

const POLYGON = 5;

/** Encodes text for the .dbf: UTF-8, or GBK through a table built from TextDecoder('gbk'). */
export type TextEncoding = 'utf-8' | 'gbk' | 'big5';

export function writeShapefile(fields: readonly ShapefileField[], records: readonly ShapefileRecord[], encoding: TextEncoding, languageDriverId = 0): ShapefileParts {
  const contents = records.map((record) => polygonContent(record.rings));
  const bounds = boundsOf(records.flatMap((record) => record.rings.flat()));
  const shpLength = 100 + contents.reduce((sum, content) => sum + 8 + content.length, 0);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * records.length);
  writeHeader(new DataView(shp.buffer), shpLength, bounds);
  writeHeader(new DataView(shx.buffer), shx.length, bounds);
  let offset = 100;
  contents.forEach((content, index) => {
    const shpView = new DataView(shp.buffer);
    shpView.setInt32(offset, index + 1, false);
    shpView.setInt32(offset + 4, content.length / 2, false);
    shp.set(content, offset + 8);
    const shxView = new DataView(shx.buffer);
    shxView.setInt32(100 + 8 * index, offset / 2, false);
    shxView.setInt32(104 + 8 * index, content.length / 2, false);
    offset += 8 + content.length;
  });
  return { shp, shx, dbf: writeDbf(fields, records, encoding, languageDriverId) };
}

function writeHeader(view: DataView, lengthBytes: number, bounds: number[]): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, lengthBytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, POLYGON, true);
  bounds.forEach((value, index) => view.setFloat64(36 + 8 * index, value, true));
}

function polygonContent(rings: number[][][]): Uint8Array {
  const points = rings.flat();
  const content = new Uint8Array(44 + 4 * rings.length + 16 * points.length);
  const view = new DataView(content.buffer);
  view.setInt32(0, POLYGON, true);
  boundsOf(points).forEach((value, index) => view.setFloat64(4 + 8 * index, value, true));
  view.setInt32(36, rings.length, true);
  view.setInt32(40, points.length, true);
  let start = 0;
  rings.forEach((ring, index) => {
    view.setInt32(44 + 4 * index, start, true);
    start += ring.length;
  });
  const pointsAt = 44 + 4 * rings.length;
  points.forEach(([x, y], index) => {
    view.setFloat64(pointsAt + 16 * index, x!, true);
    view.setFloat64(pointsAt + 16 * index + 8, y!, true);
  });
  return content;
}

function boundsOf(points: number[][]): number[] {
  const xs = points.map((point) => point[0]!);
  const ys = points.map((point) => point[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function writeDbf(fields: readonly ShapefileField[], records: readonly ShapefileRecord[], encoding: TextEncoding, languageDriverId: number): Uint8Array {
  const encode = encoder(encoding);
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((sum, field) => sum + field.length, 0);
  const dbf = new Uint8Array(headerLength + recordLength * records.length + 1);
  const view = new DataView(dbf.buffer);
  dbf.set([0x03, 124, 1, 1]);
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  dbf[29] = languageDriverId;
  fields.forEach((field, index) => {
    const at = 32 + 32 * index;
    dbf.set(encode(field.name).subarray(0, 10), at);
    dbf[at + 11] = field.type.charCodeAt(0);
    dbf[at + 16] = field.length;
  });
  dbf[headerLength - 1] = 0x0d;
  records.forEach((record, recordIndex) => {
    let at = headerLength + recordLength * recordIndex;
    dbf[at] = 0x20;
    at += 1;
    fields.forEach((field, index) => {
      const value = record.values[index];
      const text = value === null || value === undefined ? '' : String(value);
      const bytes = encode(text).subarray(0, field.length);
      const cell = new Uint8Array(field.length).fill(0x20);
      cell.set(bytes, field.type === 'N' ? field.length - bytes.length : 0);
      dbf.set(cell, at);
      at += field.length;
    });
  });
  dbf[dbf.length - 1] = 0x1a;
  return dbf;
}

const tables = new Map<string, Map<string, number[]>>();

/**
 * Text as bytes in UTF-8 or a double-byte Chinese encoding (GBK, Big5), through a table built from
 * TextDecoder: the platform decodes these encodings but cannot encode them.
 */
export function encoder(encoding: TextEncoding): (text: string) => Uint8Array {
  if (encoding === 'utf-8') return (text) => new TextEncoder().encode(text);
  let table = tables.get(encoding);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const character = decoder.decode(Uint8Array.from([lead, trail]));
        if (character.length === 1 && character !== '\uFFFD' && !table.has(character)) table.set(character, [lead, trail]);
      }
    }
    tables.set(encoding, table);
  }
  const known = table;
  return (text) => {
    const bytes: number[] = [];
    for (const character of text) {
      const code = character.codePointAt(0)!;
      if (code < 0x80) bytes.push(code);
      else {
        const pair = known.get(character);
        if (!pair) throw new Error(`${character} has no ${encoding} code`);
        bytes.push(...pair);
      }
    }
    return Uint8Array.from(bytes);
  };
}
