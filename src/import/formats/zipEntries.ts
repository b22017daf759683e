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
      return importMessage('error', problem.code, fileName, { detail: problem.detail });
    case 'zip-truncated':
      return importMessage('error', problem.code, fileName, { entries: problem.entries, bytes: problem.bytes });
    case 'zip-encrypted':
      return importMessage('error', problem.code, fileName, { entry: problem.entry });
    case 'zip-method-unsupported':
      return importMessage('error', problem.code, fileName, { entry: problem.entry, method: problem.method });
    case 'zip-sizes-wrong':
      return importMessage('error', problem.code, fileName, { entry: problem.entry, declared: problem.declared });
    case 'zip-entry-damaged':
      return importMessage('error', problem.code, fileName, { entry: problem.entry });
    case 'zip-too-large': {
      const limitMegabytes = MAX_IMPORT_BYTES / 1024 / 1024;
      return importMessage('error', problem.code, fileName, { megabytes: problem.megabytes, limitMegabytes });
    }
  }
}

/** The file name of a path, lower case: `Data/区域.SHP` → `区域.shp`. */
export function baseNameLower(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}
