import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, launchChromium, mapColourCount, openPage, SIGNAL_TIMEOUT_MS, waitForReady } from './chromium';

const baseUrl = inject('baseUrl');
const defaultZoneIds = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/zones.geojson'), 'utf8')) as { features: Array<{ properties: { id: string } }> }
).features.map((feature) => feature.properties.id);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Exports a PNG through the panel and decodes what the browser downloaded. */
async function exportPicture(page: Page, size: 'screen' | 'uhd'): Promise<PNG> {
  await page.getByTestId('export-size').selectOption(size);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: SIGNAL_TIMEOUT_MS }), page.getByTestId('export-png').click()]);
  const path = artifactPath(`export-${size}.png`);
  await download.saveAs(path);
  return PNG.sync.read(readFileSync(path));
}

/** Distinct colours among every 7th pixel: a blank or one-colour picture has one or two. */
function distinctColours(png: PNG): number {
  const colours = new Set<number>();
  for (let index = 0; index < png.data.length; index += 4 * 7) colours.add((png.data[index]! << 16) | (png.data[index + 1]! << 8) | png.data[index + 2]!);
  return colours.size;
}

function pixel(png: PNG, x: number, y: number): [number, number, number] {
  const offset = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[offset]!, png.data[offset + 1]!, png.data[offset + 2]!];
}

describe('PNG export and the offline cache', () => {
  it('exports the view at screen resolution and at 3840 × 2160, with its furniture drawn over the map', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl, { width: 1280, height: 800 });
    await page.goto(baseUrl);
    await waitForReady(page);
    await page.getByTestId('coverage-total').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
    const canvasSize = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#map canvas')!;
      return { width: canvas.width, height: canvas.height };
    });

    const screen = await exportPicture(page, 'screen');
    expect({ width: screen.width, height: screen.height }).toEqual(canvasSize);
    expect(distinctColours(screen)).toBeGreaterThan(50);
    // The title panel (light, top left) covers the map there.
    expect(pixel(screen, 14, 14).every((channel) => channel > 240)).toBe(true);
    expect(await page.getByTestId('export-status').textContent()).toContain(`${canvasSize.width} × ${canvasSize.height}`);

    const uhd = await exportPicture(page, 'uhd');
    expect({ width: uhd.width, height: uhd.height }).toEqual({ width: 3840, height: 2160 });
    expect(distinctColours(uhd)).toBeGreaterThan(50);
    expect(pixel(uhd, 50, 50).every((channel) => channel > 240)).toBe(true);
    // The map itself is drawn across the picture, not in one corner of it.
    const quarters = [
      [960, 1080],
      [2880, 1080],
      [1920, 540],
      [1920, 1620],
    ].map(([x, y]) => pixel(uhd, x!, y!).join(','));
    expect(quarters.every((colour) => colour !== '0,0,0')).toBe(true);
    // The map is back at its own size afterwards.
    expect(await page.evaluate(() => document.querySelector<HTMLCanvasElement>('#map canvas')!.width)).toBe(canvasSize.width);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('after the first visit the service worker has cached app, data and basemap: a reload with the network gone shows map and zones, and the tour runs', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(baseUrl);
    await waitForReady(page);
    await page.getByTestId('offline-status').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.active?.state))).toBe('activated');

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await waitForReady(page);
    expect(await page.locator('[data-testid="zone-list"] [data-zone-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-zone-id')))).toEqual(defaultZoneIds);
    expect(await page.locator('[role="alert"] [data-testid="alert"]').count()).toBe(0);
    const colours = await mapColourCount(page);
    expect(colours).toBeGreaterThan(10);
    await page.getByTestId('coverage-total').waitFor({ timeout: SIGNAL_TIMEOUT_MS });

    await page.keyboard.press('p');
    await page.waitForSelector('#map[data-camera-step="overview"]', { timeout: SIGNAL_TIMEOUT_MS });
    await page.keyboard.press('PageDown');
    await page.waitForSelector(`#map[data-camera-step="${defaultZoneIds[0]}"]`, { timeout: SIGNAL_TIMEOUT_MS });
    await page.screenshot({ path: artifactPath('offline-tour.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
