/**
 * The largest file the importer reads: 200 MiB. Larger files are refused with a message before
 * any parsing, instead of exhausting a tab's memory (JSON.parse of 200 MiB already needs about
 * ten times that). Also the most a zip may expand to, against zip bombs.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
