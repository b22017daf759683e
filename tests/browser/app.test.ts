import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, coverageSquareMetres, launchChromium, mapColourCount, openPage, pixelOf, SIGNAL_TIMEOUT_MS, waitForReady, zoneOutlinePixels } from './chromium';

const baseUrl = inject('baseUrl');
const defaultZones = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/zones.geojson'), 'utf8')) as {
  features: Array<{ properties: { id: string; kind: string; district: string; name_zh: string } }>;
};
const defaultZoneIds = defaultZones.features.map((feature) => feature.properties.id);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function listedZoneIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid="zone-list"] [data-zone-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-zone-id')!));
}

describe('the pilot-zone map, production build in headless Chromium', () => {
  it('starts offline: basemap and zones drawn, every default zone listed, coverage in km², no console errors, no request leaves the machine', async () => {
    const { page, context, errors, externalRequests } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await waitForReady(page);
    expect(await listedZoneIds(page)).toEqual(defaultZoneIds);
    const totalText = await page.getByTestId('coverage-total').textContent({ timeout: SIGNAL_TIMEOUT_MS });
    expect(totalText).toMatch(/[\d,.]+\s*平方公里/);
    const union = await coverageSquareMetres(page);
    // The plan's 2023 target is passed by the default zones, and the union never exceeds the sum.
    expect(union).toBeGreaterThan(600e6);
    const overlap = Number(await page.getByTestId('coverage-overlap').getAttribute('data-overlap-square-metres'));
    expect(overlap).toBeGreaterThan(0);
    expect(await page.getByTestId('area-method').textContent()).toContain('WGS-84');
    // The breakdowns: every district and kind of the data, and the one deliberate overlap by name.
    const districtsInData = new Set(defaultZones.features.map((feature) => feature.properties.district));
    expect(await page.locator('[data-testid="coverage-by-district"] li').count()).toBe(districtsInData.size);
    await page.getByTestId('coverage-more').locator('summary').click();
    const kindsInData = new Set(defaultZones.features.map((feature) => feature.properties.kind));
    expect(await page.locator('[data-testid="coverage-by-kind"] li').count()).toBe(kindsInData.size);
    const pairs = await page.getByTestId('coverage-overlap-pairs').textContent();
    expect(pairs).toContain('西青大学城');
    expect(pairs).toContain('∩');
    expect(await page.getByTestId('illustrative-notice').isVisible()).toBe(true);
    // The map canvas actually shows something other than a single colour, and the zones on it:
    // their outlines, in the kind colours (a basemap drawn without them has none).
    const distinctColours = await mapColourCount(page);
    expect(distinctColours).toBeGreaterThan(10);
    await expect.poll(() => zoneOutlinePixels(page), { timeout: SIGNAL_TIMEOUT_MS }).toBeGreaterThan(1000);
    await page.screenshot({ path: artifactPath('app-1280x800.png') });
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it('filters update the list and the total together, and the hash reopens the same picture', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await waitForReady(page);
    const unfiltered = await coverageSquareMetres(page);

    await page.locator('[data-filter="kinds"] [data-value="scenario-area"]').click();
    const scenarioIds = defaultZones.features.filter((feature) => feature.properties.kind === 'scenario-area').map((feature) => feature.properties.id);
    await expect.poll(() => listedZoneIds(page)).toEqual(scenarioIds);
    await expect.poll(() => coverageSquareMetres(page), { timeout: SIGNAL_TIMEOUT_MS }).not.toBe(unfiltered);
    const filtered = await coverageSquareMetres(page);
    expect(filtered).toBeLessThan(unfiltered);

    const selectedId = scenarioIds[0]!;
    await page.locator(`[data-zone-id="${selectedId}"] button`).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`zone=${selectedId}`);
    const inspectorTitle = await page.locator('#inspector h2').textContent();
    // The flight to the zone started with the selection; once the camera is still, MapLibre's
    // `map=` parameter holds the final view.
    await page.waitForSelector('#map[data-camera="still"]', { timeout: SIGNAL_TIMEOUT_MS });
    const url = page.url();
    expect(url).toMatch(/map=[\d.]+\/[\d.]+\/[\d.]+/);
    expect(url).toContain('kind=scenario-area');

    const reopened = await openPage(browser, baseUrl);
    await reopened.page.goto(url);
    await waitForReady(reopened.page);
    expect(await listedZoneIds(reopened.page)).toEqual(scenarioIds);
    expect(await reopened.page.locator('[data-filter="kinds"] [data-value="scenario-area"]').getAttribute('aria-pressed')).toBe('true');
    expect(await reopened.page.locator('#inspector h2').textContent()).toBe(inspectorTitle);
    await expect.poll(() => coverageSquareMetres(reopened.page), { timeout: SIGNAL_TIMEOUT_MS }).toBeCloseTo(filtered, 0);
    const mapParameter = (href: string) => new URLSearchParams(new URL(href).hash.slice(1)).get('map');
    expect(mapParameter(reopened.page.url())).toBe(mapParameter(url));

    // Clearing the filters brings every zone and the full total back.
    await reopened.page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => listedZoneIds(reopened.page)).toEqual(defaultZoneIds);
    await expect.poll(() => coverageSquareMetres(reopened.page), { timeout: SIGNAL_TIMEOUT_MS }).toBeCloseTo(unfiltered, 0);
    expect(errors).toEqual([]);
    expect(reopened.errors).toEqual([]);
    await reopened.context.close();
    await context.close();
  });

  it('switches to English and back, keeping both names from the data', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await waitForReady(page);
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('Tianjin');
    await expect.poll(() => page.getByTestId('coverage-total').textContent(), { timeout: SIGNAL_TIMEOUT_MS }).toMatch(/km²/);
    expect(page.url()).toContain('lang=en');
    await page.screenshot({ path: artifactPath('app-en-1280x800.png') });
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link to a zone frames it; hovering shows its name and area; clicking selects it', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    // A zone with no other zone inside it, so the pointer over its middle is over it alone.
    const firstZone = defaultZones.features.find((feature) => feature.properties.kind === 'demo-zone')!.properties;
    await page.goto(`${baseUrl}#zone=${firstZone.id}`);
    await waitForReady(page);
    await page.getByTestId('coverage-total').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
    expect(await page.locator('#inspector h2').textContent()).toBe(firstZone.name_zh);
    await page.locator('#inspector .close-button').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('zone=');
    // Point at the zone: its vertex average (the demo zone is convex enough), projected with
    // Web Mercator from the view MapLibre wrote into the URL.
    const zoneFeature = defaultZones.features.find((feature) => feature.properties.id === firstZone.id)! as unknown as {
      geometry: { coordinates: number[][][] };
    };
    const ring = zoneFeature.geometry.coordinates[0]!.slice(0, -1);
    const inside = [ring.reduce((sum, [lng]) => sum + lng!, 0) / ring.length, ring.reduce((sum, [, lat]) => sum + lat!, 0) / ring.length] as const;
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/map=/);
    const point = await pixelOf(page, inside[0], inside[1]);
    await page.mouse.move(point.x, point.y);
    await page.locator('#hover-tooltip').waitFor({ state: 'visible' });
    const tooltip = await page.locator('#hover-tooltip').textContent();
    expect(tooltip).toContain(firstZone.name_zh);
    await expect.poll(() => page.locator('#hover-tooltip').textContent(), { timeout: SIGNAL_TIMEOUT_MS }).toMatch(/平方公里/);
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`zone=${firstZone.id}`);
    expect(await page.locator('#inspector').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('narrow and wide windows both show map, list and total', async () => {
    for (const [width, height] of [
      [390, 844],
      [1920, 1080],
    ] as const) {
      const { page, context, errors } = await openPage(browser, baseUrl, { width, height });
      await page.goto(baseUrl);
      await waitForReady(page);
      await page.getByTestId('coverage-total').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
      expect(await page.locator('#map canvas').isVisible()).toBe(true);
      expect(await listedZoneIds(page)).toEqual(defaultZoneIds);
      await page.screenshot({ path: artifactPath(`app-${width}x${height}.png`), fullPage: width < 800 });
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
