import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, coverageSquareMetres, launchChromium, openPage, SIGNAL_TIMEOUT_MS, waitForReady, zoneOutlinePixels } from './chromium';

/**
 * The README's own commands, run as a newcomer runs them: `npm run dev` (Vite's dev server, with
 * its dependency pre-bundler) and the production build served by `vite preview` (the global
 * setup's server). Both must render the app — basemap, zones, coverage — in zh-CN and English with
 * no page or console error. The dev server differs from the build in ways a build-only suite never
 * sees: pre-bundled dependencies, workers served from source, no service worker.
 */

const repositoryRoot = resolve(import.meta.dirname, '../..');
const previewUrl = inject('baseUrl');
const defaultZoneCount = (JSON.parse(readFileSync(resolve(repositoryRoot, 'data/zones.geojson'), 'utf8')) as { features: unknown[] }).features.length;

let browser: Browser;
let devServer: ChildProcess | undefined;
let devServerOutput = '';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address !== 'string' ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts `npm run dev` on a free port and resolves with its URL once Vite says it is listening. */
async function startDevServer(): Promise<string> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  devServer = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: repositoryRoot,
    env: { ...process.env, BROWSER: 'none', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  return new Promise((resolveUrl, reject) => {
    const onOutput = (chunk: Buffer) => {
      // Without colour codes, which would split the URL (Vite prints the port in bold).
      devServerOutput += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
      if (devServerOutput.includes(url)) resolveUrl(url);
    };
    devServer!.stdout!.on('data', onOutput);
    devServer!.stderr!.on('data', onOutput);
    devServer!.once('exit', (code) => reject(new Error(`npm run dev exited with ${code}:\n${devServerOutput}`)));
  });
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  // The dev server runs in its own process group (npm → vite): end the whole group.
  if (devServer?.pid) {
    try {
      process.kill(-devServer.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});

async function expectAppRenders(baseUrl: string, language: 'zh-CN' | 'en', screenshotName: string, options: { importShapefile: boolean }): Promise<void> {
  const { page, context, errors, externalRequests } = await openPage(browser, baseUrl);
  // A page that throws never becomes ready: stop at the first error and show it, rather than
  // wait out the timeout on a blank page.
  const firstError = new Promise<void>((resolveError) => {
    page.on('pageerror', () => resolveError());
    page.on('console', (message) => message.type() === 'error' && resolveError());
  });
  await page.goto(language === 'en' ? `${baseUrl}#lang=en` : baseUrl);
  const ready = waitForReady(page);
  ready.catch(() => undefined);
  await Promise.race([ready, firstError]);
  expect(errors).toEqual([]);
  expect(await page.locator('html').getAttribute('lang')).toBe(language);
  expect(await page.locator('[data-testid="zone-list"] [data-zone-id]').count()).toBe(defaultZoneCount);
  expect(await coverageSquareMetres(page)).toBeGreaterThan(600e6);
  expect(await page.getByTestId('coverage-total').textContent()).toMatch(language === 'en' ? /km²/ : /平方公里/);
  await expect.poll(() => zoneOutlinePixels(page), { timeout: SIGNAL_TIMEOUT_MS }).toBeGreaterThan(1000);
  await page.screenshot({ path: artifactPath(screenshotName) });
  // An import runs the zone worker and the format code loaded on demand (a shapefile: zip,
  // projection, GBK text), which the dev server serves from source and the build from chunks.
  if (options.importShapefile) await importShapefile(page, language);
  expect(errors).toEqual([]);
  expect(externalRequests).toEqual([]);
  await context.close();
}

async function importShapefile(page: Page, language: 'zh-CN' | 'en'): Promise<void> {
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'shapefile-gbk-4527.zip', mimeType: 'application/zip', buffer: readFileSync(resolve(repositoryRoot, 'tests/fixtures/import/awkward/shapefile-gbk-4527.zip')) });
  await page.getByTestId('import-confirm').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
  expect(await page.getByTestId('import-summary').textContent()).toMatch(language === 'en' ? /^2 zones/ : /^2 个区域/);
}

describe("the README's commands, in headless Chromium", () => {
  it('npm run dev serves the app: basemap, zones and coverage in zh-CN and English, no page or console error', async () => {
    const devUrl = await startDevServer();
    await expectAppRenders(devUrl, 'zh-CN', 'dev-server-zh-CN.png', { importShapefile: true });
    await expectAppRenders(devUrl, 'en', 'dev-server-en.png', { importShapefile: false });
    expect(devServerOutput).not.toMatch(/error/i);
  });

  // The other browser tests drive the build in depth (imports, English, presenter); this is the
  // same first check as for the dev server, so the two are compared on equal terms.
  it('the production build (vite preview) serves the app, no page or console error', async () => {
    await expectAppRenders(previewUrl, 'zh-CN', 'preview-zh-CN.png', { importShapefile: true });
  });
});
