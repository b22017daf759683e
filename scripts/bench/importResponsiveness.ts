/**
 * Does the page stay responsive while a big file is read? Drops a generated zone file of the
 * given size into the production build in headless Chromium (file input), and records every
 * main-thread long task (PerformanceObserver 'longtask', > 50 ms) while the zone worker reads and
 * validates it, and then while the zones are added to the map, measured and counted. Also the
 * page's peak JS heap. Run: `npx tsx scripts/bench/importResponsiveness.ts [--sizes 10,50,100]`.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../../tests/browser/chromium';
import { writeZoneFile } from './engine';

const root = resolve(import.meta.dirname, '../..');

export interface ResponsivenessRow {
  fileMegabytes: number;
  zones: number;
  /** Drop → review shown (the worker read, validated and sent the zones back), ms. */
  readMilliseconds: number;
  /** Longest main-thread task while reading, ms (0: none over 50 ms). */
  longestTaskWhileReadingMilliseconds: number;
  /** Confirm → coverage total shown for all zones, ms. */
  addMilliseconds: number;
  longestTaskWhileAddingMilliseconds: number;
  peakHeapMegabytes: number;
  failed?: string;
}

async function startLongTaskLog(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = log;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) log.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
}

async function heapMegabytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
}

async function measureOne(baseUrl: string, file: string, zones: number): Promise<ResponsivenessRow> {
  const browser = await launchChromium();
  const row: ResponsivenessRow = {
    fileMegabytes: statSync(file).size / 1e6,
    zones,
    readMilliseconds: Number.NaN,
    longestTaskWhileReadingMilliseconds: Number.NaN,
    addMilliseconds: Number.NaN,
    longestTaskWhileAddingMilliseconds: Number.NaN,
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
      await startLongTaskLog(page);
      const readStart = Date.now();
      await page.getByTestId('import-input').setInputFiles(file);
      await page.getByTestId('import-confirm').waitFor({ timeout: 900_000 });
      row.readMilliseconds = Date.now() - readStart;
      row.longestTaskWhileReadingMilliseconds = Math.max(0, ...(await takeLongTasks(page)));
      const addStart = Date.now();
      await page.getByTestId('import-mode-replace').check();
      await page.getByTestId('import-confirm').click();
      await page.waitForFunction(
        (count) => document.querySelectorAll('[data-testid="zone-list"] [data-zone-id]').length === count && !!document.querySelector('[data-testid="coverage-total"]'),
        zones,
        { timeout: 900_000, polling: 500 },
      );
      row.addMilliseconds = Date.now() - addStart;
      row.longestTaskWhileAddingMilliseconds = Math.max(0, ...(await takeLongTasks(page)));
    } finally {
      clearInterval(sampler);
    }
    row.peakHeapMegabytes = Math.max(peakHeap, await heapMegabytes(page));
  } catch (error) {
    row.failed = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  } finally {
    await browser.close();
  }
  return row;
}

/** Serves `dist/` (build it first) and measures each size in a fresh browser. */
export async function runImportResponsivenessBench(sizesMegabytes = [10, 50], log: (line: string) => void = () => {}): Promise<ResponsivenessRow[]> {
  const server = await preview({ root, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const folder = mkdtempSync(join(tmpdir(), 'zones-import-bench-'));
  const rows: ResponsivenessRow[] = [];
  try {
    for (const megabytes of sizesMegabytes) {
      const file = join(folder, `zones-${megabytes}mb.geojson`);
      const zones = writeZoneFile(file, megabytes);
      log(`${megabytes} MB (${zones} zones)…`);
      rows.push(await measureOne(baseUrl, file, zones));
      rmSync(file);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await server.close();
  }
  return rows;
}

export function formatResponsivenessBench(rows: readonly ResponsivenessRow[]): string {
  const lines = ['| file | zones | drop → review | longest task while reading | confirm → totals | longest task while adding | peak JS heap |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en')} ms` : '—');
    lines.push(
      `| ${row.fileMegabytes.toFixed(1)} MB | ${row.zones.toLocaleString('en')} | ${ms(row.readMilliseconds)} | ${ms(row.longestTaskWhileReadingMilliseconds)} | ${ms(row.addMilliseconds)} | ${ms(row.longestTaskWhileAddingMilliseconds)} | ${Number.isFinite(row.peakHeapMegabytes) ? `${Math.round(row.peakHeapMegabytes)} MB` : '—'} |${row.failed ? ` failed: ${row.failed}` : ''}`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizesArgument = process.argv[process.argv.indexOf('--sizes') + 1];
  const sizes = process.argv.includes('--sizes') && sizesArgument ? sizesArgument.split(',').map(Number) : [10, 50];
  const rows = await runImportResponsivenessBench(sizes, (line) => console.log(line));
  console.log(formatResponsivenessBench(rows));
}
