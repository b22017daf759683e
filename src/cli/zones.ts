import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDistricts } from '../data/parseDistricts';
import { MAX_IMPORT_BYTES } from '../import/importLimits';
import { runZones, type ReadFile } from './runZones';

/**
 * `zones`: the command-line face of the same import and coverage code the app runs in its worker.
 * `npm run --silent zones -- area FILE --json`; see `zones help`.
 */
const readFile: ReadFile = (path) => {
  try {
    // The size first: a file over the limit is refused without reading it into memory.
    const { size } = statSync(path);
    if (size > MAX_IMPORT_BYTES) return { ok: false, tooLargeBytes: size };
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String((error as Error).message) };
  }
};

/** The outlines the page draws, to tell zones outside Tianjin; the command still runs without them. */
function tianjinDistricts() {
  const read = readFile(join(import.meta.dirname, '..', '..', 'data', 'districts.geojson'));
  if (!read.ok) return undefined;
  const parsed = parseDistricts(new TextDecoder().decode(read.bytes));
  return parsed.ok ? parsed.districts : undefined;
}

const outcome = runZones(process.argv.slice(2), readFile, tianjinDistricts());
if (outcome.stdout) process.stdout.write(outcome.stdout);
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
