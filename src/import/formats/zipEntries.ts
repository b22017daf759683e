import { importMessage, type ImportMessage } from '../importMessage';
import { MAX_IMPORT_BYTES } from '../importLimits';
import { inflateZipEntry, readZipDirectory, type ZipProblem } from './zipArchive';

export type ZipOutcome = { ok: true; entries: Map<string, Uint8Array>; names: string[] } | { ok: false; problem: ZipProblem };

/**
 * The files of a zip archive keyed by their path (zipArchive.ts: the directory checked against
 * the bytes present first). macOS resource forks (`__MACOSX/`, `._name`) and folders are left
 * out. Only entries `wanted` accepts are inflated, and the archive is refused if those would
 * expand past `MAX_IMPORT_BYTES` (a zip bomb), before anything is inflated; an entry that yields
 * more than it declared is stopped there.
 */
export function zipEntries(bytes: Uint8Array, wanted: (path: string) => boolean): ZipOutcome {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return directory;
  const names: string[] = [];
  const chosen = directory.entries.filter((entry) => {
    if (entry.name.endsWith('/') || entry.name.startsWith('__MACOSX/') || /(^|\/)\._/.test(entry.name)) return false;
    names.push(entry.name);
    return wanted(entry.name);
  });
  const expandedBytes = chosen.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (expandedBytes > MAX_IMPORT_BYTES) return { ok: false, problem: { code: 'zip-too-large', megabytes: Math.ceil(expandedBytes / 1024 / 1024) } };
  const entries = new Map<string, Uint8Array>();
  for (const entry of chosen) {
    const inflated = inflateZipEntry(bytes, entry);
    if (!inflated.ok) return inflated;
    entries.set(entry.name, inflated.data);
  }
  return { ok: true, entries, names };
}

/** The error naming the file and what is wrong with it as a zip. */
export function zipProblemMessage(fileName: string, problem: ZipProblem): ImportMessage {
  switch (problem.code) {
    case 'zip-invalid':
      return importMessage('error', problem.code, fileName, `not a readable zip archive (${problem.detail}).`, { detail: problem.detail });
    case 'zip-truncated':
      return importMessage('error', problem.code, fileName, `the zip archive is cut short or its directory is damaged: it lists ${problem.entries} entries whose data would lie beyond the file's ${problem.bytes} bytes. It cannot be read; ask for the file again.`, { entries: problem.entries, bytes: problem.bytes });
    case 'zip-encrypted':
      return importMessage('error', problem.code, fileName, `the zip archive is encrypted (password-protected): ${problem.entry} cannot be read. Save the zip without a password.`, { entry: problem.entry });
    case 'zip-method-unsupported':
      return importMessage('error', problem.code, fileName, `${problem.entry} in the zip archive is compressed with method ${problem.method}; only stored and deflated entries can be read.`, { entry: problem.entry, method: problem.method });
    case 'zip-sizes-wrong':
      return importMessage('error', problem.code, fileName, `the zip archive declares sizes for ${problem.entry} (${problem.declared} bytes) that its contents do not match: the archive is damaged or altered and cannot be read.`, { entry: problem.entry, declared: problem.declared });
    case 'zip-entry-damaged':
      return importMessage('error', problem.code, fileName, `${problem.entry} in the zip archive cannot be decompressed: its data are damaged.`, { entry: problem.entry });
    case 'zip-too-large': {
      const limitMegabytes = MAX_IMPORT_BYTES / 1024 / 1024;
      return importMessage('error', problem.code, fileName, `the zip archive would expand to ${problem.megabytes} MiB, more than the ${limitMegabytes} MiB the importer reads (a zip bomb, or too big a file).`, { megabytes: problem.megabytes, limitMegabytes });
    }
  }
}

/** The file name of a path, lower case: `Data/区域.SHP` → `区域.shp`. */
export function baseNameLower(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}
