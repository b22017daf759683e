import { defineValue } from '../safeRecord';

/**
 * A shapefile's attribute table (dBASE III, as every GIS writes it). Replaces shpjs's reader
 * (parsedbf), which loops over the record count the header states: a 790-byte file claiming
 * 4,000,000,000 records ran Node out of memory. Here the count is checked against the bytes
 * present before anything is read, field names and text are decoded by the caller's decoder
 * (the encoding is chosen in textEncoding.ts), and field names are defined as data, so a field
 * named `__proto__` stays a field.
 */

export interface DbfField {
  name: string;
  /** dBASE type letter: C text, N/F numbers, D date, L logical, M memo… */
  type: string;
  length: number;
}

export interface DbfTable {
  fields: DbfField[];
  /** The records the bytes hold, in order, values as JSON (text, number, boolean, `YYYY-MM-DD`, null). */
  records: Record<string, unknown>[];
  /** What the header says; may exceed `records.length` (a lying or cut-short file). */
  declaredCount: number;
  /** Where the records start and how long each is: what the encoding is judged on. */
  recordBytes: Uint8Array;
}

const FIELD_DESCRIPTOR_BYTES = 32;
const HEADER_TERMINATOR = 0x0d;

/** The table's layout, checked; null with why when the header cannot describe this file. */
export function dbfLayout(bytes: Uint8Array): { ok: true; headerLength: number; recordLength: number; declaredCount: number; presentCount: number } | { ok: false; detail: string } {
  if (bytes.length < FIELD_DESCRIPTOR_BYTES + 1) return { ok: false, detail: `the .dbf is ${bytes.length} bytes, shorter than a dBASE header` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declaredCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < FIELD_DESCRIPTOR_BYTES + 1 || headerLength > bytes.length) return { ok: false, detail: `the .dbf header states a header of ${headerLength} bytes in a file of ${bytes.length}` };
  if (recordLength < 1) return { ok: false, detail: 'the .dbf header states records of 0 bytes' };
  const presentCount = Math.min(declaredCount, Math.floor((bytes.length - headerLength) / recordLength));
  return { ok: true, headerLength, recordLength, declaredCount, presentCount };
}

/** The fields and the records present (never more than the bytes hold), decoded with `decoder`. */
export function readDbf(bytes: Uint8Array, decoder: TextDecoder): { ok: true; table: DbfTable } | { ok: false; detail: string } {
  const layout = dbfLayout(bytes);
  if (!layout.ok) return layout;
  const { headerLength, recordLength, declaredCount, presentCount } = layout;
  const fields: DbfField[] = [];
  let fieldBytes = 1; // the deletion flag
  for (let at = FIELD_DESCRIPTOR_BYTES; at + FIELD_DESCRIPTOR_BYTES <= headerLength && bytes[at] !== HEADER_TERMINATOR; at += FIELD_DESCRIPTOR_BYTES) {
    const nameBytes = bytes.subarray(at, at + 11);
    const end = nameBytes.indexOf(0);
    const field = { name: decoder.decode(end < 0 ? nameBytes : nameBytes.subarray(0, end)).trim(), type: String.fromCharCode(bytes[at + 11]!), length: bytes[at + 16]! };
    fields.push(field);
    fieldBytes += field.length;
  }
  if (fieldBytes > recordLength) return { ok: false, detail: `the .dbf fields take ${fieldBytes} bytes, more than the ${recordLength}-byte records the header states` };
  const records: Record<string, unknown>[] = new Array(presentCount);
  for (let index = 0; index < presentCount; index += 1) {
    const record: Record<string, unknown> = {};
    let at = headerLength + index * recordLength + 1;
    for (const field of fields) {
      defineValue(record, field.name, fieldValue(field.type, decoder.decode(bytes.subarray(at, at + field.length))));
      at += field.length;
    }
    records[index] = record;
  }
  return { ok: true, table: { fields, records, declaredCount, recordBytes: bytes.subarray(headerLength, headerLength + presentCount * recordLength) } };
}

function fieldValue(type: string, raw: string): unknown {
  const text = raw.replace(/\0/g, '').trim();
  switch (type) {
    case 'N':
    case 'F':
    case 'O': {
      const value = Number.parseFloat(text);
      return Number.isFinite(value) ? value : null;
    }
    case 'D':
      return /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : null;
    case 'L':
      return text === '' || text === '?' ? null : /^[yYtT]$/.test(text);
    default:
      return text;
  }
}
