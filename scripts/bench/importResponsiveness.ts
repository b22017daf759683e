/**
 * Does the page stay responsive while a big file is read? Drops a generated zone file of the
 * given size into the production build in headless Chromium (file input), and records the page's
 * main-thread tasks (Chrome's trace) while the zone worker reads and validates it, and then while
 * the zones are added to the map, measured, counted and saved, and then while the page is reloaded
 * and opens that saved working copy (until its list and coverage total are back). Each task is reported whole and
 * without the time the main thread waited for software WebGL to draw a frame (see
 * mainThreadTasks.ts). Also the page's peak JS heap. The baseline: the same page drawing its
 * default zones while the map is panned, measured in the same run.
 *
 * Both ways Chromium can composite here (tests/browser/chromium.ts): 'software', as the tests run,
 * where the main thread waits for every WebGL frame SwiftShader draws; and 'gpu', SwiftShader
 * standing in for a GPU, where frames are drawn off the main thread as in a browser with one.
 * Run: `npx tsx scripts/bench/importResponsiveness.ts [--sizes 10,50,100] [--compositing software,gpu]`.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium, type Compositing } from '../../tests/browser/chromium';
import { writeZoneFile } from './engine';
import { traceMainThreadTasks, type MainThreadTasks } from './mainThreadTasks';

const root = resolve(import.meta.dirname, '../..');

export interface ResponsivenessRow {
  compositing: Compositing;
  fileMegabytes: number;
  zones: number;
  /** Drop → review shown (the worker read, validated and sent the zones back), ms. */
  readMilliseconds: number;
  /** Main-thread tasks while reading (0: none over 50 ms). */
  reading: MainThreadTasks | null;
  /** Confirm → list, coverage total and the saved working copy for all zones, ms. */
  addMilliseconds: number;
  adding: MainThreadTasks | null;
  /** Reload → the saved working copy's list and coverage total back (a fresh page and worker), ms. */
  reloadMilliseconds: number;
  reloading: MainThreadTasks | null;
  /** The page's peak JS heap while reading and adding, MB. */
  peakHeapMegabytes: number;
  failed?: string;
}

function centreOf(box: { x: number; y: number; width: number; height: number }): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function heapMegabytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
}

async function measureOne(baseUrl: string, file: string, zones: number, compositing: Compositing): Promise<ResponsivenessRow> {
  const browser = await launchChromium(compositing);
  const row: ResponsivenessRow = {
    compositing,
    fileMegabytes: statSync(file).size / 1e6,
    zones,
    readMilliseconds: Number.NaN,
    reading: null,
    addMilliseconds: Number.NaN,
    adding: null,
    reloadMilliseconds: Number.NaN,
    reloading: null,
    peakHeapMegabytes: Number.NaN,
  };
  let peakHeap = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(baseUrl);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
    await page.getByTestId('coverage-total').waitFor({ timeout: 120_000 });
    const sampler = setInterval(() => {
      heapMegabytes(page).then((value) => (peakHeap = Math.max(peakHeap, value)), () => undefined);
    }, 1000);
    try {
      // While tracing, nothing of Playwright's selector engine runs in the page: it walks the DOM in
      // script, and over a list of thousands of zones one `getByTestId(…).click()` was a 500 ms
      // task of its own. Elements are found before, clicked by position, and waited for natively.
      const input = (await page.$('[data-testid="import-input"]'))!;
      row.reading = await traceMainThreadTasks(browser, page, async () => {
        const readStart = Date.now();
        await input.setInputFiles(file);
        await page.waitForFunction(() => !!document.querySelector('[data-testid="import-confirm"]'), undefined, { timeout: 900_000, polling: 200 });
        row.readMilliseconds = Date.now() - readStart;
        // The preview drawn (its overview copies arrive after the review opens).
        await page.waitForTimeout(3000);
      });
      const replaceAll = centreOf((await page.getByTestId('import-mode-replace').boundingBox())!);
      const confirm = centreOf((await page.getByTestId('import-confirm').boundingBox())!);
      row.adding = await traceMainThreadTasks(browser, page, async () => {
        const addStart = Date.now();
        await page.mouse.click(replaceAll.x, replaceAll.y);
        await page.mouse.click(confirm.x, confirm.y);
        await page.waitForFunction(
          (count) =>
            document.querySelectorAll('[data-testid="zone-list"] [data-zone-id]').length === count &&
            !!document.querySelector('[data-testid="coverage-total"]') &&
            document.querySelector('[data-testid="persistence-status"]')?.getAttribute('data-status') === 'saved',
          zones,
          { timeout: 900_000, polling: 500 },
        );
        row.addMilliseconds = Date.now() - addStart;
      });
    } finally {
      clearInterval(sampler);
    }
    row.peakHeapMegabytes = Math.max(peakHeap, await heapMegabytes(page));
    row.reloading = await traceMainThreadTasks(browser, page, async () => {
      const reloadStart = Date.now();
      await page.reload();
      await page.waitForFunction(
        (count) => document.querySelectorAll('[data-testid="zone-list"] [data-zone-id]').length === count && !!document.querySelector('[data-testid="coverage-total"]'),
        zones,
        { timeout: 900_000, polling: 500 },
      );
      row.reloadMilliseconds = Date.now() - reloadStart;
    });
  } catch (error) {
    row.failed = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  } finally {
    await browser.close();
  }
  return row;
}

/** The baseline: the page with its default zones while the map is panned for three seconds. */
async function measureBaseline(baseUrl: string, compositing: Compositing): Promise<MainThreadTasks> {
  const browser = await launchChromium(compositing);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(baseUrl);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
    await page.getByTestId('coverage-total').waitFor({ timeout: 120_000 });
    const box = (await page.locator('#map').boundingBox())!;
    return await traceMainThreadTasks(browser, page, async () => {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      for (let step = 0; step < 30; step++) {
        await page.mouse.move(box.x + box.width / 2 + step * 6, box.y + box.height / 2 + step * 3);
        await page.waitForTimeout(100);
      }
      await page.mouse.up();
    });
  } finally {
    await browser.close();
  }
}

/** Serves `dist/` (build it first) and measures each size in a fresh browser. */
export interface ResponsivenessResults {
  baselines: Array<{ compositing: Compositing; tasks: MainThreadTasks }>;
  rows: ResponsivenessRow[];
}

export async function runImportResponsivenessBench(
  sizesMegabytes = [10, 50],
  log: (line: string) => void = () => {},
  compositings: readonly Compositing[] = ['software', 'gpu'],
): Promise<ResponsivenessResults> {
  const server = await preview({ root, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const folder = mkdtempSync(join(tmpdir(), 'zones-import-bench-'));
  const results: ResponsivenessResults = { baselines: [], rows: [] };
  try {
    for (const compositing of compositings) {
      log(`${compositing} compositing, baseline: default zones, map panned…`);
      results.baselines.push({ compositing, tasks: await measureBaseline(baseUrl, compositing) });
    }
    for (const megabytes of sizesMegabytes) {
      const file = join(folder, `zones-${megabytes}mb.geojson`);
      const zones = writeZoneFile(file, megabytes);
      for (const compositing of compositings) {
        log(`${compositing} compositing, ${megabytes} MB (${zones} zones)…`);
        results.rows.push(await measureOne(baseUrl, file, zones, compositing));
      }
      rmSync(file);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await server.close();
  }
  return results;
}

export function formatResponsivenessBench({ baselines, rows }: ResponsivenessResults): string {
  const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en')} ms` : '—');
  const tasks = (value: MainThreadTasks | null) =>
    value ? `${ms(value.longestMilliseconds)} (${ms(value.longestWithoutGpuWaitMilliseconds)} without GPU wait; ${value.over200}/${value.over200WithoutGpuWait} over 200 ms)` : '—';
  const lines = [
    ...baselines.map(({ compositing, tasks: baseline }) => `${compositing} compositing, baseline (default zones, map panned 3 s): longest task ${tasks(baseline)}`),
    '',
    '| compositing | file | zones | drop → review | longest task while reading | confirm → totals saved | longest task while adding | peak JS heap | reload → list and total | longest task while reloading |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.compositing} | ${row.fileMegabytes.toFixed(1)} MB | ${row.zones.toLocaleString('en')} | ${ms(row.readMilliseconds)} | ${tasks(row.reading)} | ${ms(row.addMilliseconds)} | ${tasks(row.adding)} | ${Number.isFinite(row.peakHeapMegabytes) ? `${Math.round(row.peakHeapMegabytes)} MB` : '—'} | ${ms(row.reloadMilliseconds)} | ${tasks(row.reloading)} |${row.failed ? ` failed: ${row.failed}` : ''}`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizesArgument = process.argv[process.argv.indexOf('--sizes') + 1];
  const sizes = process.argv.includes('--sizes') && sizesArgument ? sizesArgument.split(',').map(Number) : [10, 50];
  const compositingArgument = process.argv[process.argv.indexOf('--compositing') + 1];
  const compositings = (process.argv.includes('--compositing') && compositingArgument ? compositingArgument.split(',') : ['software', 'gpu']) as Compositing[];
  console.log(formatResponsivenessBench(await runImportResponsivenessBench(sizes, (line) => console.log(line), compositings)));
}
