import type { FileFormat } from './fileFormat';
import { csvFormat } from './formats/csvFormat';
import { geoJsonFormat } from './formats/geoJsonFormat';
import { kmlFormat } from './formats/kmlFormat';
import { kmzFormat } from './formats/kmzFormat';
import { shapefileFormat } from './formats/shapefileFormat';
import { hasExtension } from './formats/textHead';
import { topoJsonFormat } from './formats/topoJsonFormat';
import { importMessage } from './importMessage';
import { MAX_IMPORT_BYTES } from './importLimits';
import { rejectedResult, type ImportOptions, type ImportResult } from './importResult';

/**
 * Every format the importer reads, tried in order: the first whose `sniff` accepts the file (by
 * its name, else its first bytes) reads it. Binary formats come first, so a zip named `.json` is
 * still read as a zip; TopoJSON before GeoJSON, which accepts any JSON.
 */
export const FILE_FORMATS: readonly FileFormat[] = [kmzFormat, shapefileFormat, kmlFormat, topoJsonFormat, csvFormat, geoJsonFormat];


/**
 * Reads a file of any supported format; never throws. Refuses files over `MAX_IMPORT_BYTES`
 * before reading them, and empty ones. `options.onProgress` hears 0 at the start and 1 at the end
 * (and fractions between while features are checked).
 */
export function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  options.onProgress?.(0);
  const result = readFile(bytes, fileName, options);
  options.onProgress?.(1);
  return result;
}

/** The refusal of a file over `MAX_IMPORT_BYTES`; callers that know the size first (`stat`, `Blob.size`) refuse it unread. */
export function tooLargeResult(fileName: string, byteLength: number): ImportResult {
  const megabytes = Math.ceil(byteLength / 1024 / 1024);
  const limitMegabytes = MAX_IMPORT_BYTES / 1024 / 1024;
  return rejectedResult(fileName, 'unknown', [
    importMessage('error', 'file-too-large', fileName, { megabytes, limitMegabytes }),
  ]);
}

function readFile(bytes: Uint8Array, fileName: string, options: ImportOptions): ImportResult {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return tooLargeResult(fileName, bytes.byteLength);
  if (bytes.byteLength === 0) return rejectedResult(fileName, 'unknown', [importMessage('error', 'file-empty', fileName)]);
  const head = bytes.subarray(0, 1024);
  const format = FILE_FORMATS.find((candidate) => candidate.sniff(fileName, head));
  if (!format) {
    const code = hasExtension(fileName, ['.shp', '.dbf', '.shx', '.prj', '.cpg']) ? 'shapefile-not-zipped' : 'format-unsupported';
    return rejectedResult(fileName, 'unknown', [importMessage('error', code, fileName)]);
  }
  try {
    return format.read(bytes, fileName, options);
  } catch (error) {
    // Formats return values; this catches a library's unexpected throw (a bug or hostile input),
    // so the worker, the command line and the tests still get a message naming the file.
    const detail = error instanceof Error ? error.message : String(error);
    return rejectedResult(fileName, format.id, [importMessage('error', 'file-unreadable', fileName, { format: format.id, detail })]);
  }
}
