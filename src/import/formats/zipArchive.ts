import { Inflate } from 'fflate';

/**
 * A zip archive's directory, read and checked before anything is inflated. fflate's `unzipSync`
 * trusts the archive: it loops over the entry count the end record states, allocates each entry's
 * declared size, fills a buffer of a lying size silently short, and reports a password-protected
 * entry as "invalid block type". Here every count, offset and size is checked against the bytes
 * present first, encryption is named, and entries are inflated by fflate's streaming `Inflate` in
 * slices, stopping as soon as one yields more than it declared.
 */

export type ZipProblem =
  | { code: 'zip-invalid'; detail: string }
  | { code: 'zip-truncated'; entries: number; bytes: number }
  | { code: 'zip-encrypted'; entry: string }
  | { code: 'zip-method-unsupported'; entry: string; method: number }
  | { code: 'zip-sizes-wrong'; entry: string; declared: number }
  | { code: 'zip-entry-damaged'; entry: string }
  | { code: 'zip-too-large'; megabytes: number };

export interface ZipEntry {
  name: string;
  encrypted: boolean;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the local header starts. */
  localOffset: number;
}

const END_RECORD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER_BYTES = 46;
const LOCAL_HEADER_BYTES = 30;
/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032:1, so one slice yields ≤ 17 MB. */
const INFLATE_SLICE_BYTES = 16 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** The archive's entries from its central directory, every one within the bytes present. */
export function readZipDirectory(bytes: Uint8Array): { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return { ok: false, problem: { code: 'zip-invalid', detail: 'no end-of-archive record: the file is not a zip, or it is cut short' } };
  let count = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const zip64End = Number(view.getBigUint64(end - 12, true));
    if (zip64End + 56 > bytes.length || view.getUint32(zip64End, true) !== ZIP64_END_RECORD) return { ok: false, problem: { code: 'zip-truncated', entries: count, bytes: bytes.length } };
    count = Number(view.getBigUint64(zip64End + 32, true));
    directorySize = Number(view.getBigUint64(zip64End + 40, true));
    directoryOffset = Number(view.getBigUint64(zip64End + 48, true));
  }
  // The directory must lie within the file and hold at least the fixed part of each entry it counts.
  if (directoryOffset + directorySize > bytes.length || count * CENTRAL_HEADER_BYTES > directorySize) {
    return { ok: false, problem: { code: 'zip-truncated', entries: count, bytes: bytes.length } };
  }
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (offset + CENTRAL_HEADER_BYTES > directoryOffset + directorySize || view.getUint32(offset, true) !== CENTRAL_HEADER) {
      return { ok: false, problem: { code: 'zip-truncated', entries: count, bytes: bytes.length } };
    }
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameBytes = bytes.subarray(offset + CENTRAL_HEADER_BYTES, offset + CENTRAL_HEADER_BYTES + nameLength);
    const entry: ZipEntry = {
      name: entryName(nameBytes, (flags & 0x800) !== 0),
      encrypted: (flags & 1) !== 0,
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    readZip64Extra(view, offset + CENTRAL_HEADER_BYTES + nameLength, extraLength, entry);
    // An entry's data lie before the directory: a compressed size reaching past it is a lie (or a cut file).
    if (entry.localOffset + LOCAL_HEADER_BYTES + entry.compressedSize > directoryOffset) return { ok: false, problem: { code: 'zip-sizes-wrong', entry: entry.name, declared: entry.compressedSize } };
    entries.push(entry);
    offset += CENTRAL_HEADER_BYTES + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The entry's bytes, checked against what the archive declares for it; never more than it declared. */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): { ok: true; data: Uint8Array } | { ok: false; problem: ZipProblem } {
  if (entry.encrypted || entry.method === 99) return { ok: false, problem: { code: 'zip-encrypted', entry: entry.name } };
  if (entry.method !== 0 && entry.method !== 8) return { ok: false, problem: { code: 'zip-method-unsupported', entry: entry.name, method: entry.method } };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + LOCAL_HEADER_BYTES > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) return { ok: false, problem: { code: 'zip-entry-damaged', entry: entry.name } };
  const start = local + LOCAL_HEADER_BYTES + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.length) return { ok: false, problem: { code: 'zip-sizes-wrong', entry: entry.name, declared: entry.compressedSize } };
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  const sizesWrong: { ok: false; problem: ZipProblem } = { ok: false, problem: { code: 'zip-sizes-wrong', entry: entry.name, declared: entry.uncompressedSize } };
  if (entry.method === 0) return entry.compressedSize === entry.uncompressedSize ? { ok: true, data: compressed.slice() } : sizesWrong;
  const out = new Uint8Array(entry.uncompressedSize);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > out.length) overflow = true;
    else out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < compressed.length && !overflow; at += INFLATE_SLICE_BYTES) {
      const end = Math.min(compressed.length, at + INFLATE_SLICE_BYTES);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
    if (compressed.length === 0) inflater.push(compressed, true);
  } catch {
    return overflow ? sizesWrong : { ok: false, problem: { code: 'zip-entry-damaged', entry: entry.name } };
  }
  return overflow || written !== out.length ? sizesWrong : { ok: true, data: out };
}

/** The end record is in the last 65,557 bytes (22 bytes and a comment of up to 65,535). */
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_RECORD) return at;
  }
  return -1;
}

/** Sizes and offsets of 0xFFFFFFFF are in the Zip64 extra field (id 1), in this order. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  const fields: Array<'uncompressedSize' | 'compressedSize' | 'localOffset'> = ['uncompressedSize', 'compressedSize', 'localOffset'];
  for (let at = start; at + 4 <= start + length && at + 4 <= view.byteLength; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      for (const name of fields) {
        if (entry[name] !== 0xffffffff || field + 8 > at + 4 + size || field + 8 > view.byteLength) continue;
        entry[name] = Number(view.getBigUint64(field, true));
        field += 8;
      }
    }
    at += 4 + size;
  }
}

/** Names flagged UTF-8 are UTF-8; others are whatever the zipper's system used: UTF-8 if valid, else GB18030 (Chinese Windows). */
function entryName(nameBytes: Uint8Array, flaggedUtf8: boolean): string {
  if (flaggedUtf8) return new TextDecoder('utf-8').decode(nameBytes);
  try {
    return utf8.decode(nameBytes);
  } catch {
    return gb18030.decode(nameBytes);
  }
}
