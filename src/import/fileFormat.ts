import type { ImportOptions, ImportResult } from './importResult';

/**
 * One input format behind one interface, as Placemark's `app/lib/convert/` does: the import
 * pipeline picks a format by `sniff`, then `read` turns the file into zones and messages. Each
 * format (src/import/formats/) converts its file to a GeoJSON value and hands it to
 * `readGeoJsonValue`, so coordinate systems, rules, repairs and property mapping are the same for
 * all. The list is `FILE_FORMATS` in src/import/importFile.ts.
 */
export interface FileFormat {
  /** Stable identifier, e.g. `geojson`. */
  id: string;
  /** File name endings this format claims, lower case with the dot, e.g. `.geojson`. */
  extensions: readonly string[];
  /** Whether the file looks like this format, from its name and its first bytes. */
  sniff(fileName: string, head: Uint8Array): boolean;
  /** Reads the whole file; never throws (importFile still catches a library's throw). */
  read(bytes: Uint8Array, fileName: string, options?: ImportOptions): ImportResult;
}
