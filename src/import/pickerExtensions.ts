/**
 * File-name endings the import picker offers (`<input type="file" accept>`), one per format's
 * `extensions` in FILE_FORMATS. Kept apart from the formats so the page's first frame does not
 * load their code to build a picker; a unit test checks the two lists agree. Drop and paste take
 * any file and let the importer say what it is.
 */
export const PICKER_EXTENSIONS: readonly string[] = ['.geojson', '.json', '.topojson', '.kml', '.kmz', '.zip', '.shz', '.csv', '.tsv'];
