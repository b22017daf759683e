import type { ImportOptions, ImportResult } from './importResult';

/**
 * One input format behind one interface, as Placemark's `app/lib/convert/` does: the import
 * pipeline picks a format by `sniff`, then `read` turns the file into zones and messages. GeoJSON
 * is the first; TopoJSON, KML/KMZ and zipped Shapefile (issue 4) slot in as further entries in
 * `FILE_FORMATS` (src/import/importFile.ts), and coordinate-system detection runs on their result.
 */
export interface FileFormat {
  /** Stable identifier, e.g. `geojson`. */
  id: string;
  /** File name endings this format claims, lower case with the dot, e.g. `.geojson`. */
  extensions: readonly string[];
  /** Whether the file looks like this format, from its name and its first bytes. */
  sniff(fileName: string, head: Uint8Array): boolean;
  /** Reads the whole file. Binary formats use the bytes; text formats decode them (UTF-8). */
  read(bytes: Uint8Array, fileName: string, options?: ImportOptions): ImportResult;
}
