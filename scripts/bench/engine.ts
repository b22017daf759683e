/**
 * The coverage engine benchmark of issue 3: on generated zone files of about 10, 50 and 100 MB,
 * the time for parse + validate + areas + union (our engine), for JSON.parse alone, and for
 * turf.area + turf.union where those finish within a time limit, each in its own Node process so
 * that its peak memory (max RSS) is its own. `runEngineBench()` returns the rows for
 * scripts/bench/run.ts; run this file directly for a table:
 *
 *   npx tsx scripts/bench/engine.ts [--sizes 10,50,100|0] [--turf-limit 120] [--runs 1] [--full] [--no-deep] [--no-postgis]
 *
 * Beside those files, the deep-overlap ones of issue 12 (deepOverlapFiles.ts: 14,000 and 70,000
 * random zones piled 13 and 64 deep, and 10,000 copies of one zone), and, when PostgreSQL and
 * PostGIS are installed, PostGIS's ST_Union + ST_Area(geography) on every file as a peer
 * (postgisPeer.ts).
 *
 * Files are written to a temporary folder and removed afterwards; they are seeded
 * (scripts/lib/blobZones.ts), so every run measures the same zones.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { blobZones } from '../lib/blobZones';
import { DEEP_OVERLAP_FILES, writeFeatures } from './deepOverlapFiles';
import type { Measurement, MeasureMode } from './engineMeasure';
import { startPostgis, type PostgisMeasurement } from './postgisPeer';

const ROOT = resolve(import.meta.dirname, '../..');
const MEASURE = join(ROOT, 'scripts/bench/engineMeasure.ts');

/** Bytes of GeoJSON per generated zone (300–700 vertices), measured on the generator's output. */
const BYTES_PER_ZONE = 13_200;

export interface EngineBenchOptions {
  /** File sizes to generate, MB (default 10, 50, 100). */
  sizesMegabytes?: number[];
  /** turf.area + turf.union is stopped after this many seconds (default 120). */
  turfLimitSeconds?: number;
  /** Our engine and JSON.parse are timed this many times; the fastest run counts (default 1). */
  runs?: number;
  /** Also time the engine with breakdowns and pairwise overlaps (default false). */
  full?: boolean;
  /** Also the deep-overlap files (deepOverlapFiles.ts; default true). */
  deep?: boolean;
  /** PostGIS as a peer when installed (default true; postgisPeer.ts). */
  postgis?: boolean;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export type Outcome = Measurement | { failed: string };

export interface EngineBenchRow {
  label: string;
  fileMegabytes: number;
  zones: number;
  jsonParse: Outcome;
  engine: Outcome;
  /** engine time / JSON.parse time; the goal is at most 10. */
  engineRatio: number | null;
  engineFull: Outcome | null;
  /** null where turf is not tried (the deep-overlap files: it fails at 10 MB of ordinary overlap). */
  turf: Outcome | null;
  turfRatio: number | null;
  /** null when PostGIS is not installed or not asked for. */
  postgis: PostgisMeasurement | { failed: string } | null;
  postgisRatio: number | null;
}

export interface EngineBench {
  rows: EngineBenchRow[];
  /** Why PostGIS is missing from the rows, when it is. */
  postgisNote: string | null;
}

export async function runEngineBench(options: EngineBenchOptions = {}): Promise<EngineBench> {
  // `--sizes 0` leaves the ordinary files out (deep overlap and PostGIS only).
  const sizes = (options.sizesMegabytes ?? [10, 50, 100]).filter((megabytes) => megabytes > 0);
  const turfLimitSeconds = options.turfLimitSeconds ?? 120;
  const runs = Math.max(1, options.runs ?? 1);
  const log = options.log ?? (() => {});
  const folder = mkdtempSync(join(tmpdir(), 'zones-bench-'));
  const files = [
    ...sizes.map((megabytes) => ({ label: `${megabytes} MB`, turf: true, write: (file: string) => writeZoneFile(file, megabytes) })),
    ...(options.deep === false ? [] : DEEP_OVERLAP_FILES.map((deep) => ({ ...deep, turf: false }))),
  ];
  const peer = options.postgis === false ? { unavailable: 'not asked for' } : startPostgis();
  const rows: EngineBenchRow[] = [];
  try {
    for (const [index, entry] of files.entries()) {
      const file = join(folder, `zones-${index}.geojson`);
      const zones = entry.write(file);
      const fileMegabytes = statSync(file).size / 1e6;
      log(`${entry.label}: ${fileMegabytes.toFixed(1)} MB, ${zones} zones: JSON.parse…`);
      const jsonParse = await fastest(runs, () => measure('json-parse', file, 600));
      log('  engine…');
      const engine = await fastest(runs, () => measure('engine', file, 600));
      let engineFull: Outcome | null = null;
      if (options.full) {
        log('  engine with breakdowns and pairs…');
        engineFull = await measure('engine-full', file, 600);
      }
      let turf: Outcome | null = null;
      if (entry.turf) {
        log(`  turf (limit ${turfLimitSeconds} s)…`);
        turf = await measure('turf', file, turfLimitSeconds);
      }
      let postgis: EngineBenchRow['postgis'] = null;
      if (!('unavailable' in peer)) {
        log('  PostGIS…');
        postgis = await peer.measure(file, 600);
      }
      rows.push({
        label: entry.label,
        fileMegabytes,
        zones,
        jsonParse,
        engine,
        engineRatio: ratio(engine, jsonParse),
        engineFull,
        turf,
        turfRatio: turf && ratio(turf, jsonParse),
        postgis,
        postgisRatio: postgis && ratio(postgis, jsonParse),
      });
      rmSync(file);
    }
  } finally {
    if (!('unavailable' in peer)) peer.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  return { rows, postgisNote: 'unavailable' in peer ? `PostGIS not measured: ${peer.unavailable}.` : null };
}

/** Zones per square degree: their areas add up to about 1.6 times what they cover together. */
const ZONES_PER_SQUARE_DEGREE = 3_800;

/**
 * Writes a FeatureCollection of about `megabytes` MB, one feature at a time; returns the zone
 * count. The zones are spread over a square around Tianjin that grows with their number, so every
 * file has the same density (a bigger file is a bigger area, not a deeper pile of overlaps).
 */
export function writeZoneFile(file: string, megabytes: number): number {
  const count = Math.max(1, Math.round((megabytes * 1e6) / BYTES_PER_ZONE));
  const half = Math.sqrt(count / ZONES_PER_SQUARE_DEGREE) / 2;
  const [longitude, latitude] = [117.4, 39.1];
  const region: [number, number, number, number] = [longitude - half, latitude - half, longitude + half, latitude + half];
  return writeFeatures(file, blobZones({ count, seed: 20231, region }));
}

function measure(mode: MeasureMode, file: string, limitSeconds: number): Promise<Outcome> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', MEASURE, mode, file],
      { cwd: ROOT, timeout: limitSeconds * 1000, killSignal: 'SIGKILL', maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        const line = stdout.trim().split('\n').pop() ?? '';
        let parsed: (Measurement & { error?: string }) | null = null;
        try {
          parsed = line ? (JSON.parse(line) as Measurement & { error?: string }) : null;
        } catch {
          parsed = null;
        }
        if (parsed?.error) done({ failed: `threw: ${parsed.error.slice(0, 120)}` });
        else if (parsed && !error) done(parsed);
        else if (error && (error as { killed?: boolean }).killed) done({ failed: `did not finish in ${limitSeconds} s` });
        else if (/heap out of memory|Allocation failed/.test(stderr)) done({ failed: 'ran out of memory (Node heap limit)' });
        else done({ failed: `failed: ${(stderr.trim().split('\n').pop() ?? String(error?.message)).slice(0, 120)}` });
      },
    );
  });
}

async function fastest(runs: number, run: () => Promise<Outcome>): Promise<Outcome> {
  let best: Outcome | null = null;
  for (let i = 0; i < runs; i += 1) {
    const outcome = await run();
    if ('failed' in outcome) return outcome;
    if (!best || ('milliseconds' in best && outcome.milliseconds < best.milliseconds)) best = outcome;
  }
  return best!;
}

function ratio(outcome: Outcome | PostgisMeasurement | { failed: string }, baseline: Outcome): number | null {
  return 'milliseconds' in outcome && 'milliseconds' in baseline ? outcome.milliseconds / baseline.milliseconds : null;
}

/** The rows as a compact table. */
export function formatEngineBench({ rows, postgisNote }: EngineBench): string {
  const cell = (outcome: Outcome | null) =>
    outcome === null ? '–' : 'failed' in outcome ? outcome.failed : `${(outcome.milliseconds / 1000).toFixed(2)} s, ${outcome.peakRssMegabytes.toFixed(0)} MB`;
  const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)}×`);
  const overlap = (outcome: Outcome) =>
    'unionSquareMetres' in outcome && outcome.unionSquareMetres && outcome.sumSquareMetres ? `${(outcome.sumSquareMetres / outcome.unionSquareMetres).toFixed(2)}` : '–';
  const memory = (row: EngineBenchRow) =>
    'peakRssMegabytes' in row.engine && 'peakRssMegabytes' in row.jsonParse ? `${(row.engine.peakRssMegabytes / row.jsonParse.peakRssMegabytes).toFixed(1)}×` : '–';
  const peer = (row: EngineBenchRow) => (row.postgis === null ? '–' : 'failed' in row.postgis ? row.postgis.failed : `${(row.postgis.milliseconds / 1000).toFixed(2)} s`);
  const header = ['file', 'MB', 'zones', 'sum / union', 'JSON.parse', 'engine', 'engine / JSON.parse', 'RSS / JSON.parse', 'PostGIS', 'PostGIS / JSON.parse', 'turf', 'turf / JSON.parse'];
  const lines = rows.map((row) => [
    row.label,
    row.fileMegabytes.toFixed(1),
    String(row.zones),
    overlap(row.engine),
    cell(row.jsonParse),
    cell(row.engine),
    times(row.engineRatio),
    memory(row),
    peer(row),
    times(row.postgisRatio),
    cell(row.turf),
    times(row.turfRatio),
  ]);
  const table = [header, ...lines];
  const widths = header.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  const text = table.map((line) => line.map((value, column) => value.padEnd(widths[column]!)).join(' | ').trimEnd());
  const full = rows.filter((row) => row.engineFull);
  if (full.length > 0) {
    text.push('', 'engine with breakdowns (district, kind, scenario, phase, timeline) and pair overlaps:');
    for (const row of full) text.push(`  ${row.label}: ${cell(row.engineFull)}`);
  }
  text.push('', 'engine: parse + validate + areas + union, what `zones area` does. Times exclude reading the file; memory is each');
  text.push("process's peak resident set (max RSS). PostGIS: psql's time for SELECT ST_Area(ST_Union(g)::geography), loading not counted.");
  const version = rows.map((row) => row.postgis).find((outcome): outcome is PostgisMeasurement => outcome !== null && 'version' in outcome)?.version;
  if (version) text.push(`PostGIS ${version}, in a throwaway cluster on a Unix socket.`);
  if (postgisNote) text.push(postgisNote);
  return text.join('\n');
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = argument('--sizes')?.split(',').map(Number);
  const bench = await runEngineBench({
    sizesMegabytes: sizes,
    deep: !process.argv.includes('--no-deep'),
    postgis: !process.argv.includes('--no-postgis'),
    turfLimitSeconds: Number(argument('--turf-limit') ?? 120),
    runs: Number(argument('--runs') ?? 1),
    full: process.argv.includes('--full'),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${formatEngineBench(bench)}\n`);
}
