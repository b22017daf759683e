import type { FileFormat } from './fileFormat';
import { geoJsonFormat } from './geoJsonFormat';
import { importMessage } from './importMessage';
import type { ImportOptions, ImportResult } from './importResult';

/** Every format the importer reads, tried in order. Issue 4 adds TopoJSON, KML/KMZ, Shapefile. */
export const FILE_FORMATS: readonly FileFormat[] = [geoJsonFormat];

/** Reads a file of any supported format; never throws. */
export function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const format = FILE_FORMATS.find((candidate) => candidate.sniff(fileName, bytes.subarray(0, 1024)));
  if (!format) {
    return {
      ok: false,
      fileName,
      format: 'unknown',
      features: [],
      zones: [],
      sourceIndices: [],
      skippedFeatureIndices: [],
      errors: [importMessage('error', 'format-unsupported', fileName, 'the file is not in a format this importer reads (GeoJSON).')],
      warnings: [],
    };
  }
  return format.read(bytes, fileName, options);
}
