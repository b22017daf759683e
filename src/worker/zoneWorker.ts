import { expose, transfer, type ProxyOrClone } from 'comlink';
import { computeCoverage, type CoverageOptions, type CoverageResult } from '../domain/coverage';
import { geometryAreaSquareMetres } from '../domain/geodesicArea';
import type { ZoneFeature } from '../domain/zone';
import { makeDisplayCopies, type DisplayCopies } from './displayCopies';
import { receiveGeometries, resolveFeatures, type FeatureReferences, type GeometryReferences } from './geometryReferences';
import { GeometryStore } from './geometryStore';
import { attempt, type Outcome } from './outcome';

/** Above this many zones the per-group and per-pair extras are left out: the totals come first. */
const DETAILED_COVERAGE_LIMIT = 2000;

/**
 * Numbers of outline coordinates the worker keeps for the page to name by key: about two 100 MB
 * files' worth (it grows to twice the biggest request; see GeometryStore.trim).
 */
const GEOMETRY_BUDGET = 16_000_000;

const geometries = new GeometryStore(GEOMETRY_BUDGET);

/** Serves a call about named outlines, or says which ones must be sent first. */
function withReceived<T>(references: GeometryReferences, work: () => T): Outcome<T> {
  const missing = receiveGeometries(geometries, references);
  if (missing.length > 0) return { ok: false, reason: 'missing-geometries', missing };
  return attempt(work);
}

/**
 * The zone worker: geodesic areas, the overlap-aware union and display copies run here (files
 * are read in the import worker, importWorker.ts), off the main thread, with progress reported back (Comlink, as Placemark's worker does; the
 * API's type is exported for the client). It keeps the outlines it has seen by key (see
 * geometryStore.ts), so the page names zones instead of posting their coordinates each time.
 * Every call returns a value; a failure becomes `{ ok: false }` with the reason instead of an
 * exception crossing the boundary.
 */
const api = {
  /** Ellipsoidal area of each zone by id, m². */
  zoneAreas(zones: FeatureReferences<ZoneFeature>): Outcome<Map<string, number>> {
    return withReceived(zones, () => {
      // A Map, not an object: an id such as "__proto__" is a key like any other.
      const areas = new Map<string, number>();
      zones.features.forEach((zone, index) => areas.set(zone.properties.id, geometryAreaSquareMetres(geometries.get(zones.keys[index]!) as ZoneFeature['geometry'])));
      return areas;
    });
  },

  coverage(zones: FeatureReferences<ZoneFeature>, onProgress?: ProxyOrClone<(fraction: number) => void>): Outcome<CoverageResult> {
    const detailed = zones.features.length <= DETAILED_COVERAGE_LIMIT;
    const options: CoverageOptions = {
      onProgress: onProgress ? (fraction) => void onProgress(fraction) : undefined,
      breakdowns: detailed ? true : ['district'],
      overlapPairs: detailed,
    };
    return withReceived(zones, () => computeCoverage(resolveFeatures(geometries, zones), options));
  },

  /** Simplified copies of outlines for the map (see src/map/detail), with the outlines' bounds; transferred. */
  displayCopies(outlines: GeometryReferences, toleranceDegrees: number): Outcome<DisplayCopies> {
    const outcome = withReceived(outlines, () => makeDisplayCopies(geometries, outlines.keys, toleranceDegrees));
    return outcome.ok ? transfer({ ok: true, value: outcome.value.copies }, outcome.value.transferList) : outcome;
  },
};

export type ZoneWorkerApi = typeof api;
export type { Outcome };

expose(api);
