import { unzipSync } from 'fflate';
import { MAX_IMPORT_BYTES } from '../importLimits';

export type ZipOutcome = { ok: true; entries: Map<string, Uint8Array>; names: string[] } | { ok: false; detail: string };

/**
 * The files of a zip archive (fflate, synchronous: the same in a worker and in Node), keyed by
 * their path. macOS resource forks (`__MACOSX/`, `._name`) and folders are left out. Only entries
 * `wanted` accepts are inflated, and the archive is refused if those would expand past
 * `MAX_IMPORT_BYTES` (a zip bomb), before anything is inflated.
 */
export function zipEntries(bytes: Uint8Array, wanted: (path: string) => boolean): ZipOutcome {
  const names: string[] = [];
  let expandedBytes = 0;
  try {
    const files = unzipSync(bytes, {
      filter(file) {
        if (file.name.endsWith('/') || file.name.startsWith('__MACOSX/') || /(^|\/)\._/.test(file.name)) return false;
        names.push(file.name);
        if (!wanted(file.name)) return false;
        expandedBytes += file.originalSize;
        if (expandedBytes > MAX_IMPORT_BYTES) throw new RangeError(`it would expand to more than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`);
        return true;
      },
    });
    return { ok: true, entries: new Map(Object.entries(files)), names };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The file name of a path, lower case: `Data/区域.SHP` → `区域.shp`. */
export function baseNameLower(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}
