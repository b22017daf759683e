/**
 * One measurement of the engine benchmark, run in its own process so that its peak memory is its
 * own: `node --import tsx scripts/bench/engineMeasure.ts MODE FILE` prints one line of JSON.
 *
 * MODE: `json-parse` (JSON.parse alone), `engine` (parse + validate + areas + union, what issue 3
 * times), `engine-full` (the same plus breakdowns and pair overlaps), `turf` (JSON.parse +
 * turf.area of each feature + turf.union of all). The file is read before the clock starts.
 */
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { computeCoverage } from '../../src/domain/coverage';
import { parseGeoJsonText } from '../../src/import/parseGeoJson';

export type MeasureMode = 'json-parse' | 'engine' | 'engine-full' | 'turf';

export interface Measurement {
  mode: MeasureMode;
  milliseconds: number;
  /** Peak resident memory of the process, MB (process.resourceUsage().maxRSS). */
  peakRssMegabytes: number;
  unionSquareMetres?: number;
  sumSquareMetres?: number;
  features?: number;
  checksPassed?: boolean;
}

function measure(mode: MeasureMode, file: string): Measurement {
  const text = readFileSync(file, 'utf8');
  const started = performance.now();
  const result: Partial<Measurement> = {};
  if (mode === 'json-parse') {
    result.features = (JSON.parse(text) as FeatureCollection).features.length;
  } else if (mode === 'engine' || mode === 'engine-full') {
    const loaded = parseGeoJsonText(text, file);
    const full = mode === 'engine-full';
    const coverage = computeCoverage(loaded.features, { breakdowns: full, overlapPairs: full });
    Object.assign(result, { features: loaded.features.length, unionSquareMetres: coverage.unionSquareMetres, sumSquareMetres: coverage.sumSquareMetres, checksPassed: coverage.checks.passed });
  } else {
    const collection = JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon>;
    let sum = 0;
    for (const feature of collection.features) sum += turf.area(feature as Feature);
    const union = turf.union(collection);
    Object.assign(result, { features: collection.features.length, sumSquareMetres: sum, unionSquareMetres: union ? turf.area(union) : 0 });
  }
  const milliseconds = performance.now() - started;
  return { mode, milliseconds, peakRssMegabytes: process.resourceUsage().maxRSS / 1024, ...result };
}

const [mode, file] = process.argv.slice(2);
if (!mode || !file || !['json-parse', 'engine', 'engine-full', 'turf'].includes(mode)) {
  process.stderr.write('usage: engineMeasure.ts json-parse|engine|engine-full|turf FILE\n');
  process.exitCode = 2;
} else {
  try {
    process.stdout.write(`${JSON.stringify(measure(mode as MeasureMode, file))}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ mode, error: error instanceof Error ? error.message : String(error) })}\n`);
    process.exitCode = 1;
  }
}
