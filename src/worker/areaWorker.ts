import { expose, type ProxyOrClone } from 'comlink';
import { computeCoverage, type CoverageResult } from '../domain/coverage';
import { geometryAreaSquareMetres } from '../domain/geodesicArea';
import type { ZoneFeature } from '../domain/zone';

/**
 * The area worker: geodesic areas and the overlap-aware union run here, off the main thread,
 * with progress reported back. The API returns values; a failure becomes `{ ok: false }` with the
 * reason instead of an exception crossing the boundary.
 */
const api = {
  /** Ellipsoidal area of each zone by id, m². */
  zoneAreas(zones: ZoneFeature[]): Record<string, number> {
    return Object.fromEntries(zones.map((zone) => [zone.properties.id, geometryAreaSquareMetres(zone.geometry)]));
  },
  coverage(zones: ZoneFeature[], onProgress?: ProxyOrClone<(fraction: number) => void>): { ok: true; result: CoverageResult } | { ok: false; reason: string } {
    try {
      const result = computeCoverage(zones, { onProgress: onProgress ? (fraction) => void onProgress(fraction) : undefined });
      return { ok: true, result };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  },
};

export type AreaWorkerApi = typeof api;

expose(api);
