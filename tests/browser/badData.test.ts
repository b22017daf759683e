import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, launchChromium, mapColourCount, openPage, SIGNAL_TIMEOUT_MS, waitForReady } from './chromium';

const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function alertTexts(page: Page): Promise<string[]> {
  return page.locator('[role="alert"] [data-testid="alert"]').allTextContents();
}

const square = (west: number, south: number, size: number) => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ],
];

describe('damaged data files: a clear message, the rest of the app keeps working', () => {
  it('a corrupt zones file is named on the page; the basemap still draws', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    await context.route('**/data/zones.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: '{"type": "FeatureCollection", "features": [' }));
    await page.goto(baseUrl);
    await waitForReady(page);
    const alerts = await alertTexts(page);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain('data/zones.geojson');
    expect(await mapColourCount(page)).toBeGreaterThan(5);
    // Still usable: the language switch works and the message follows it.
    await page.getByTestId('language-switch').click();
    await expect.poll(() => alertTexts(page)).toEqual([expect.stringContaining('could not be parsed')]);
    await page.screenshot({ path: artifactPath('bad-zones-file.png') });
    await context.close();
  });

  it('a missing districts file is named on the page; the zones still load and count', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    await context.route('**/data/districts.geojson', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(baseUrl);
    await waitForReady(page);
    expect(await alertTexts(page)).toEqual([expect.stringContaining('data/districts.geojson')]);
    expect(await alertTexts(page)).toEqual([expect.stringContaining('404')]);
    expect(await page.locator('[data-zone-id]').count()).toBeGreaterThan(0);
    await page.getByTestId('coverage-total').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
    await context.close();
  });

  it('a zones file with one broken feature loads the others and says which one was skipped', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'good', name_zh: '好', name_en: 'Good', district: '西青区', kind: 'scenario-area', scenarios: ['bus'], phase: 2021, source: 'test', geometry_status: 'illustrative' }, geometry: { type: 'Polygon', coordinates: square(117.1, 39.05, 0.05) } },
        { type: 'Feature', properties: { id: 'broken', name_zh: '坏' }, geometry: { type: 'Polygon', coordinates: [[[117.1, 39.0], [117.2, 39.0], [117.1, 39.0]]] } },
      ],
    };
    await context.route('**/data/zones.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: JSON.stringify(collection) }));
    await page.goto(baseUrl);
    await waitForReady(page);
    expect(await page.locator('[data-zone-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-zone-id')))).toEqual(['good']);
    const alerts = await alertTexts(page);
    expect(alerts.join('\n')).toContain('data/zones.geojson');
    expect(alerts.join('\n')).toMatch(/broken|#2|feature 2|要素/);
    await context.close();
  });

  it('renders property keys and values from files as text, never as markup', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    const hostile = '<img src=x onerror="window.__injected=1">';
    const collection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            id: 'hostile',
            name_zh: hostile,
            name_en: hostile,
            district: '<b>西青区</b>',
            kind: 'scenario-area',
            scenarios: ['<script>window.__injected=2</script>'],
            phase: 2021,
            source: 'javascript:alert(1)',
            geometry_status: 'illustrative',
            '<i onmouseover="window.__injected=3">key</i>': '<svg onload="window.__injected=4">',
          },
          geometry: { type: 'Polygon', coordinates: square(117.1, 39.05, 0.05) },
        },
      ],
    };
    await context.route('**/data/zones.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: JSON.stringify(collection) }));
    await page.goto(`${baseUrl}#zone=hostile`);
    await waitForReady(page);
    expect(await page.locator('[data-zone-id="hostile"] .zone-name').textContent()).toBe(hostile);
    expect(await page.locator('#inspector h2').textContent()).toBe(hostile);
    await page.locator('#inspector details summary').click();
    expect(await page.locator('#inspector').textContent()).toContain('<i onmouseover="window.__injected=3">key</i>');
    expect(await page.locator('#inspector').textContent()).toContain('<svg onload="window.__injected=4">');
    expect(await page.locator('img, script:not([src]), svg[onload], i[onmouseover], b').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });
});
