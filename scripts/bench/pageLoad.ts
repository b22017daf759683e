import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../../tests/browser/chromium';

const root = resolve(import.meta.dirname, '../..');
const RUNS_PER_PAGE = 9;

export interface PageLoadSample {
  javascriptGzipBytes: number;
  javascriptFiles: string[];
  readyMilliseconds: number;
}

export interface PageLoadRow {
  page: 'bare' | 'app';
  medianReadyMilliseconds: number;
  /** Every run's navigation → data-ready, ms, in order: the spread says how far to trust the median. */
  readyMilliseconds: number[];
  javascriptGzipBytes: number;
  javascriptFiles: string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function buildPages(): { app: string; bare: string } {
  const vite = join(root, 'node_modules/.bin/vite');
  execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  execFileSync(vite, ['build', '--logLevel', 'warn', '--config', 'scripts/bench/bare/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  const bare = join(root, 'dist-bench/bare');
  mkdirSync(join(bare, 'data'), { recursive: true });
  copyFileSync(join(root, 'data/districts.geojson'), join(bare, 'data/districts.geojson'));
  return { app: join(root, 'dist'), bare };
}

/**
 * One cold load (fresh browser context, empty cache): every JavaScript file fetched before the
 * page marks `data-ready` — page scripts and worker scripts alike — gzipped at level 9 from the
 * bytes served, and the time from navigation start to the mark.
 */
async function measureOnce(browser: Browser, url: string, directory: string): Promise<PageLoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
  // The page's own resource timeline: what it requested before the mark (a dedicated worker's
  // script is fetched by, and listed in, the page that starts it).
  const { readyMilliseconds, scripts } = await page.evaluate(() => {
    const ready = performance.getEntriesByName('data-ready')[0]!.startTime;
    const requested = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= ready && /\.m?js(\?|$)/.test(new URL(entry.name).pathname + new URL(entry.name).search))
      .map((entry) => new URL(entry.name).pathname);
    return { readyMilliseconds: ready, scripts: [...new Set(requested)] };
  });
  await context.close();
  const javascriptFiles = scripts.sort();
  const javascriptGzipBytes = javascriptFiles
    .map((path) => join(directory, decodeURIComponent(path)))
    .filter((file) => existsSync(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  return { javascriptGzipBytes, javascriptFiles, readyMilliseconds };
}

/** Builds both pages, loads each RUNS_PER_PAGE times alternately, and returns one row per page. */
export async function runPageLoadBench(): Promise<PageLoadRow[]> {
  const directories = buildPages();
  const servers = await Promise.all(
    (['bare', 'app'] as const).map(async (name) => {
      const server = await preview({ root, logLevel: 'warn', build: { outDir: directories[name] }, preview: { port: 0, host: '127.0.0.1' } });
      const address = server.httpServer.address();
      if (!address || typeof address === 'string') throw new Error('no port');
      return { name, server, url: `http://127.0.0.1:${address.port}/`, directory: directories[name] };
    }),
  );
  const browser = await launchChromium();
  const samples: Record<'bare' | 'app', PageLoadSample[]> = { bare: [], app: [] };
  try {
    // One warm-up each so both pay Chromium's first-start costs equally, then alternate.
    for (const { url, directory } of servers) await measureOnce(browser, url, directory);
    for (let run = 0; run < RUNS_PER_PAGE; run++) {
      for (const { name, url, directory } of servers) samples[name].push(await measureOnce(browser, url, directory));
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map(({ server }) => server.close()));
  }
  return (['bare', 'app'] as const).map((name) => ({
    page: name,
    medianReadyMilliseconds: median(samples[name].map((sample) => sample.readyMilliseconds)),
    readyMilliseconds: samples[name].map((sample) => sample.readyMilliseconds),
    javascriptGzipBytes: median(samples[name].map((sample) => sample.javascriptGzipBytes)),
    javascriptFiles: samples[name][0]!.javascriptFiles,
  }));
}
