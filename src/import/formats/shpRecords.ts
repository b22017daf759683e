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

type Located = { start: number; end: number } | { problem: ShpRecordProblem };

/**
 * Records of the .shp, found through the .shx index when it agrees with the .shp (so one damaged
 * record does not lose those after it), else one after another. A .shp too short for its header
 * is `invalid` as a whole.
 */
export function readShpRecords(bytes: Uint8Array, shx: Uint8Array | null = null): ShpRead | { problem: 'invalid'; detail: string } {
  if (bytes.length < HEADER_BYTES) return { problem: 'invalid', detail: `the .shp is ${bytes.length} bytes, shorter than its 100-byte header` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const located = (shx && locateByIndex(view, shx)) ?? locateInSequence(view, HEADER_BYTES);
  const records: ShpRead['records'] = located.map((entry) => ('problem' in entry ? entry : { geometry: null }));
  const spans = located.flatMap((entry, index) => ('problem' in entry ? [] : [{ index, ...entry }]));
  const contiguous = spans.every((span, at) => span.start === (at === 0 ? HEADER_BYTES : spans[at - 1]!.end));
  if (spans.length > 0 && spans.length === records.length && contiguous) {
    // The usual case, every record sound and in order: one pass of shpjs over them all.
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

/** Records one after another from `offset`, until the bytes end or a record's length runs past them. */
function locateInSequence(view: DataView, offset: number): Located[] {
  const located: Located[] = [];
  while (offset + RECORD_HEADER_BYTES <= view.byteLength) {
    const contentBytes = view.getInt32(offset + 4) * 2;
    const end = offset + RECORD_HEADER_BYTES + contentBytes;
    if (contentBytes < 0 || end > view.byteLength) {
      located.push({ problem: 'truncated' });
      break;
    }
    located.push(countsFit(view, offset + RECORD_HEADER_BYTES, contentBytes) ? { start: offset, end } : { problem: 'invalid' });
    offset = end;
  }
  return located;
}

/**
 * Records where the .shx says they are (offset and length in 16-bit words); a record whose length
 * in the .shp disagrees with the index is damaged. Null if the index mostly disagrees with the .shp
 * (another file's index). Records after the last one it lists are read in sequence.
 */
function locateByIndex(view: DataView, shx: Uint8Array): Located[] | null {
  const index = new DataView(shx.buffer, shx.byteOffset, shx.byteLength);
  const count = shxRecordCount(shx) ?? 0;
  const located: Located[] = [];
  let end = HEADER_BYTES;
  let mismatches = 0;
  for (let entry = 0; entry < count; entry += 1) {
    const offset = index.getInt32(HEADER_BYTES + 8 * entry) * 2;
    const contentBytes = index.getInt32(HEADER_BYTES + 8 * entry + 4) * 2;
    if (offset < HEADER_BYTES || contentBytes < 0) return null;
    if (offset >= view.byteLength) located.push({ problem: 'missing' });
    else if (offset + RECORD_HEADER_BYTES > view.byteLength || offset + RECORD_HEADER_BYTES + contentBytes > view.byteLength) located.push({ problem: 'truncated' });
    else if (view.getInt32(offset + 4) * 2 !== contentBytes) {
      located.push({ problem: 'invalid' });
      mismatches += 1;
    } else {
      const recordEnd = offset + RECORD_HEADER_BYTES + contentBytes;
      located.push(countsFit(view, offset + RECORD_HEADER_BYTES, contentBytes) ? { start: offset, end: recordEnd } : { problem: 'invalid' });
      end = Math.max(end, recordEnd);
    }
  }
  // Mostly disagreeing: not this .shp's index. A record here and there: damaged records, named as such.
  if (count === 0 || mismatches * 2 > count) return null;
  const last = located.at(-1);
  const tail = end < view.byteLength && last !== undefined && !('problem' in last) ? locateInSequence(view, end) : [];
  return [...located, ...tail];
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
