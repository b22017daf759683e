/**
 * `npm run bench`: every benchmark, each printed as ratios against a baseline measured in the
 * same run (timings on shared machines vary; ratios in one run are what we compare).
 */
import { formatEngineBench, runEngineBench } from './engine';
import { formatResponsivenessBench, runImportResponsivenessBench } from './importResponsiveness';
import { runPageLoadBench } from './pageLoad';

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** `npm run bench -- --only page|engine|import` runs one part (`--page` = `--only page`). */
function wanted(part: 'page' | 'engine' | 'import'): boolean {
  if (process.argv.includes('--page')) return part === 'page';
  const index = process.argv.indexOf('--only');
  return index === -1 || process.argv[index + 1] === part;
}

async function main(): Promise<void> {
  if (wanted('page')) await pageLoad();
  if (wanted('engine')) {
    console.log('\n# Coverage engine: parse + validate + areas + union against JSON.parse alone on the same file, on');
    console.log('# ordinary overlap (10, 50, 100 MB) and deep overlap, with PostGIS as a peer when installed');
    console.log('# (Node, each measurement in its own process, the fastest of 3 runs each: one run varies by ±30 % on');
    console.log('# this shared machine, JSON.parse included; memory is that process\'s peak RSS)\n');
    const engineBench = await runEngineBench({ runs: 3, log: (line) => console.log(line) });
    console.log(formatEngineBench(engineBench));
  }
  if (wanted('import')) {
    console.log('\n# Dropping a big file into the production build: main-thread tasks while it is read and added');
    console.log('# (headless Chromium, SwiftShader WebGL, composited in software as the tests run and with SwiftShader');
    console.log('# standing in for a GPU; build first with `npm run build`)\n');
    console.log(formatResponsivenessBench(await runImportResponsivenessBench([10, 50], (line) => console.log(line))));
  }
}

async function pageLoad(): Promise<void> {
  console.log('# Page load: the app against a bare MapLibre + deck.gl page drawing the same district outlines');
  console.log('# (headless Chromium, SwiftShader WebGL, cold cache, median of runs alternating between pages)\n');
  const rows = await runPageLoadBench();
  const bare = rows.find((row) => row.page === 'bare')!;
  const app = rows.find((row) => row.page === 'app')!;
  console.table(
    rows.map((row) => ({
      page: row.page,
      'JS before data-ready (gzip)': kilobytes(row.javascriptGzipBytes),
      'navigation → data-ready': `${row.medianReadyMilliseconds.toFixed(0)} ms`,
    })),
  );
  console.log(`JS ratio (app / bare):   ${(app.javascriptGzipBytes / bare.javascriptGzipBytes).toFixed(3)}  (goal ≤ 1.15)`);
  console.log(`time ratio (app / bare): ${(app.medianReadyMilliseconds / bare.medianReadyMilliseconds).toFixed(3)}  (goal ≤ 1.30)`);
  for (const row of rows) console.log(`${row.page} runs (ms): ${row.readyMilliseconds.map((value) => value.toFixed(0)).join(', ')}`);
  console.log('\napp JS files before data-ready:', app.javascriptFiles.join(', '));
  console.log('bare JS files before data-ready:', bare.javascriptFiles.join(', '));
}

await main();
