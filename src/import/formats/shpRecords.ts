import type { Geometry } from 'geojson';
import { parseShp } from 'shpjs';

/**
 * A shapefile's geometry (.shp), read record by record with every length checked first. shpjs
 * turns records into GeoJSON, but stops without a word at a record cut short (a .shp of three
 * records cut in the third loaded two) and reads the point counts a record states without
 * comparing them to its length. Here each record's header and counts are checked against the
 * bytes present; shpjs reads only records that passed, and what it cannot read is reported by
 * record, never dropped.
 */

/** Why a record's geometry did not load. */
export type ShpRecordProblem = 'truncated' | 'invalid' | 'missing';

export interface ShpRead {
  /** One entry per record found, in file order: the geometry (null for a null shape), or why it has none. */
  records: Array<{ geometry: Geometry | null } | { problem: ShpRecordProblem }>;
}

const HEADER_BYTES = 100;
const RECORD_HEADER_BYTES = 8;

/** Records of the .shp; a file too short for its header reads as no records, `invalid`. */
export function readShpRecords(bytes: Uint8Array): ShpRead | { problem: 'invalid'; detail: string } {
  if (bytes.length < HEADER_BYTES) return { problem: 'invalid', detail: `the .shp is ${bytes.length} bytes, shorter than its 100-byte header` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: ShpRead['records'] = [];
  const spans: Array<{ index: number; start: number; end: number }> = [];
  let offset = HEADER_BYTES;
  while (offset + RECORD_HEADER_BYTES <= bytes.length) {
    const contentBytes = view.getInt32(offset + 4) * 2;
    const end = offset + RECORD_HEADER_BYTES + contentBytes;
    if (contentBytes < 0 || end > bytes.length) {
      records.push({ problem: 'truncated' });
      break;
    }
    if (countsFit(view, offset + RECORD_HEADER_BYTES, contentBytes)) {
      spans.push({ index: records.length, start: offset, end });
      records.push({ geometry: null });
    } else records.push({ problem: 'invalid' });
    offset = end;
  }
  // Records the .shx or .dbf list beyond these are reported by the caller as missing from the .shp.
  if (spans.length > 0 && spans.length === records.length) {
    // The usual case, every record sound: one pass of shpjs over them all.
    try {
      const geometries = parseShp(bytes.subarray(0, spans.at(-1)!.end) as never) as (Geometry | null)[];
      if (geometries.length === spans.length) return { records: geometries.map((geometry) => ({ geometry })) };
    } catch {
      // A record shpjs cannot read after all: read them one by one to find it.
    }
  }
  for (const span of spans) records[span.index] = readOne(bytes, span.start, span.end);
  return { records };
}

/** One record, with the file's header in front (shpjs reads the shape type from it). */
function readOne(bytes: Uint8Array, start: number, end: number): { geometry: Geometry | null } | { problem: ShpRecordProblem } {
  const single = new Uint8Array(HEADER_BYTES + end - start);
  single.set(bytes.subarray(0, HEADER_BYTES));
  single.set(bytes.subarray(start, end), HEADER_BYTES);
  try {
    const [geometry] = parseShp(single as never) as (Geometry | null)[];
    return { geometry: geometry ?? null };
  } catch {
    return { problem: 'invalid' };
  }
}

/**
 * Whether the part and point counts a record states fit in its content. Shape types: 0 null;
 * 1/11/21 point; 3/5/13/15/23/25 polyline and polygon (parts then points, Z and M after); 8/18/28
 * multipoint.
 */
function countsFit(view: DataView, content: number, length: number): boolean {
  if (length < 4) return false;
  const type = view.getInt32(content, true);
  switch (type) {
    case 0:
      return true;
    case 1:
    case 11:
    case 21:
      return length >= 20;
    case 3:
    case 5:
    case 13:
    case 15:
    case 23:
    case 25: {
      if (length < 44) return false;
      const parts = view.getInt32(content + 36, true);
      const points = view.getInt32(content + 40, true);
      return parts >= 0 && points >= 0 && 44 + 4 * parts + 16 * points <= length;
    }
    case 8:
    case 18:
    case 28: {
      if (length < 40) return false;
      const points = view.getInt32(content + 36, true);
      return points >= 0 && 40 + 16 * points <= length;
    }
    default:
      return false;
  }
}

/** How many records the .shx index lists (100-byte header, then 8 bytes each), or null without one. */
export function shxRecordCount(shx: Uint8Array | null): number | null {
  if (!shx || shx.length < HEADER_BYTES) return null;
  return Math.floor((shx.length - HEADER_BYTES) / 8);
}
