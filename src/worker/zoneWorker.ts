import { expose, type ProxyOrClone } from 'comlink';
import { computeCoverage, type CoverageOptions, type CoverageResult } from '../domain/coverage';
import { geometryAreaSquareMetres } from '../domain/geodesicArea';
import type { ZoneFeature } from '../domain/zone';
import { importFile } from '../import/importFile';
import type { ImportOptions, ImportResult } from '../import/importResult';

/** Above this many zones the per-group and per-pair extras are left out: the totals come first. */
const DETAILED_COVERAGE_LIMIT = 2000;

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

function attempt<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The zone worker: reading files, geodesic areas and the overlap-aware union run here, off the
 * main thread, with progress reported back (Comlink, as Placemark's worker does; the API's type is
 * exported for the client). Every call returns a value; a failure becomes `{ ok: false }` with
 * the reason instead of an exception crossing the boundary.
 */
const api = {
  /** Ellipsoidal area of each zone by id, m². */
  zoneAreas(zones: ZoneFeature[]): Outcome<Record<string, number>> {
    return attempt(() => Object.fromEntries(zones.map((zone) => [zone.properties.id, geometryAreaSquareMetres(zone.geometry)])));
  },

  coverage(zones: ZoneFeature[], onProgress?: ProxyOrClone<(fraction: number) => void>): Outcome<CoverageResult> {
    const detailed = zones.length <= DETAILED_COVERAGE_LIMIT;
    const options: CoverageOptions = {
      onProgress: onProgress ? (fraction) => void onProgress(fraction) : undefined,
      breakdowns: detailed ? true : ['district'],
      overlapPairs: detailed,
    };
    return attempt(() => computeCoverage(zones, options));
  },

  /** Reads a file's bytes (transferred, not copied) in any supported format. */
  importFile(
    bytes: ArrayBuffer,
    fileName: string,
    options: ImportOptions = {},
    onProgress?: ProxyOrClone<(fraction: number) => void>,
  ): Outcome<ImportResult> {
    const withProgress = { ...options, onProgress: onProgress ? (fraction: number) => void onProgress(fraction) : undefined };
    return attempt(() => importFile(new Uint8Array(bytes), fileName, withProgress));
  },
};

export type ZoneWorkerApi = typeof api;
export type { Outcome };

expose(api);
