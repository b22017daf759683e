import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { ZONE_KIND_COLOURS } from '../../src/map/zoneColours';

/** Debian's Chromium (apt-get install chromium); npm cannot download a browser on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How long a test waits for a signal the page publishes (data-ready, a revision, a data attribute)
 * before calling it missing. Generous on purpose: the waits end as soon as the signal comes, and a
 * machine loaded by other work (CI beside other jobs, both cores busy) can be many times slower
 * than an idle one; only a signal that never comes should fail a test.
 */
export const SIGNAL_TIMEOUT_MS = 180_000;

export const ARTIFACTS_DIRECTORY = resolve(import.meta.dirname, '../../artifacts');

/**
 * How Chromium puts frames on screen. 'software' (the tests' default, `--disable-gpu`): WebGL runs
 * on SwiftShader and the page's main thread reads every WebGL frame back for the software
 * compositor, waiting while SwiftShader draws it. 'gpu' (`--ignore-gpu-blocklist`): SwiftShader
 * stands in for a GPU and Chromium composites on it, so frames are drawn off the main thread, as
 * in a browser with a GPU (the import bench measures both).
 */
export type Compositing = 'software' | 'gpu';

export async function launchChromium(compositing: Compositing = 'software'): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      compositing === 'software' ? '--disable-gpu' : '--ignore-gpu-blocklist',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

export interface PageWatch {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors, as text. */
  errors: string[];
  /** Requests to anything but the local test server: each one is blocked and recorded. */
  externalRequests: string[];
}

/**
 * A fresh context and page that records console errors and blocks (and records) every request
 * leaving the machine, so no test reaches the internet and a test can assert none was tried.
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: { width?: number; height?: number; deviceScaleFactor?: number; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<PageWatch> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: options.reducedMotion ?? 'reduce',
    locale: 'zh-CN',
  });
  // Every Playwright wait without a timeout of its own (locator.waitFor, click…) waits on the
  // page as long as any signal may take.
  context.setDefaultTimeout(SIGNAL_TIMEOUT_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  const externalRequests: string[] = [];
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    externalRequests.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { page, context, errors, externalRequests };
}

/** Waits for the app's readiness hook: basemap and zones drawn once. */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { timeout: SIGNAL_TIMEOUT_MS });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIRECTORY, { recursive: true });
  return resolve(ARTIFACTS_DIRECTORY, name);
}

/** How many distinct colours the map canvas shows, sampled at 64 × 40: a blank map shows one or two. */
export async function mapColourCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#map canvas')!;
    const probe = document.createElement('canvas');
    probe.width = 64;
    probe.height = 40;
    const context = probe.getContext('2d')!;
    context.drawImage(canvas, 0, 0, probe.width, probe.height);
    const pixels = context.getImageData(0, 0, probe.width, probe.height).data;
    const colours = new Set<number>();
    for (let index = 0; index < pixels.length; index += 4) colours.add((pixels[index]! << 16) | (pixels[index + 1]! << 8) | pixels[index + 2]!);
    return colours.size;
  });
}

/** The coverage total as the page states it, in m² (from the element's data attribute). */
export async function coverageSquareMetres(page: Page): Promise<number> {
  const total = page.getByTestId('coverage-total');
  await total.waitFor({ timeout: SIGNAL_TIMEOUT_MS });
  return Number(await total.getAttribute('data-union-square-metres'));
}

/** Page pixel of a longitude/latitude, from the `map=zoom/lat/lng` view in the URL (512-px tiles). */
export async function pixelOf(page: Page, longitude: number, latitude: number): Promise<{ x: number; y: number }> {
  const hash = await page.evaluate(() => window.location.hash);
  const [zoom, centreLatitude, centreLongitude] = new URLSearchParams(hash.slice(1)).get('map')!.split('/').map(Number) as [number, number, number];
  const worldPixels = 512 * 2 ** zoom;
  const mercatorX = (lng: number) => ((lng + 180) / 360) * worldPixels;
  const mercatorY = (lat: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * worldPixels;
  const box = (await page.locator('#map').boundingBox())!;
  return {
    x: box.x + box.width / 2 + mercatorX(longitude) - mercatorX(centreLongitude),
    y: box.y + box.height / 2 + mercatorY(latitude) - mercatorY(centreLatitude),
  };
}

/** How many pixels of the map canvas pass `test` (red, green, blue). */
export async function countMapPixels(page: Page, test: (red: number, green: number, blue: number) => boolean): Promise<number> {
  const { data } = await mapCanvas(page);
  let count = 0;
  for (let index = 0; index < data.length; index += 4) if (test(data[index]!, data[index + 1]!, data[index + 2]!)) count += 1;
  return count;
}

/**
 * Pixels in one of the zone-kind colours drawn solid: zone outlines (fills are translucent and
 * lighter). No colour of the basemap is near one.
 */
export function zoneOutlinePixels(page: Page): Promise<number> {
  const solid = Object.values(ZONE_KIND_COLOURS);
  return countMapPixels(page, (red, green, blue) => solid.some(([r, g, b]) => Math.abs(red - r) + Math.abs(green - g) + Math.abs(blue - b) < 40));
}

/** The map canvas as drawn, read back in the page and decoded here (canvas pixels, not CSS pixels). */
export async function mapCanvas(page: Page): Promise<PNG> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#map canvas')!;
    const probe = document.createElement('canvas');
    probe.width = canvas.width;
    probe.height = canvas.height;
    probe.getContext('2d')!.drawImage(canvas, 0, 0);
    return probe.toDataURL('image/png');
  });
  return PNG.sync.read(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
}
