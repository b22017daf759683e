import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, launchChromium, openPage, SIGNAL_TIMEOUT_MS, waitForReady } from './chromium';

const baseUrl = inject('baseUrl');
const defaultZones = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/zones.geojson'), 'utf8')) as {
  features: Array<{ properties: { id: string; name_zh: string; name_en: string; phase: number } }>;
};
const zoneIds = defaultZones.features.map((feature) => feature.properties.id);
const years = [...new Set(defaultZones.features.map((feature) => feature.properties.phase))].sort();
const axeSource = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function hashParameter(page: Page, name: string): Promise<string | null> {
  return page.evaluate((parameter) => new URLSearchParams(window.location.hash.slice(1)).get(parameter), name);
}

/** Waits until the tour camera has arrived at a step and the map has drawn it. */
async function cameraAt(page: Page, step: string): Promise<void> {
  await page.waitForSelector(`#map[data-camera-step="${step}"]`, { timeout: SIGNAL_TIMEOUT_MS });
}

/** Presses a key and waits for the URL to name the step and for MapLibre's `map=` to leave `previousView`. */
async function pressAndExpectStep(page: Page, key: string, step: string, previousView: string | null): Promise<string> {
  await page.keyboard.press(key);
  await expect.poll(() => hashParameter(page, 'step')).toBe(step);
  await cameraAt(page, step);
  await expect.poll(() => hashParameter(page, 'map'), { timeout: SIGNAL_TIMEOUT_MS }).not.toBe(previousView);
  return (await hashParameter(page, 'map'))!;
}

async function gaugeSquareMetres(page: Page): Promise<number> {
  const gauge = page.locator('[data-testid="presenter-gauge"][data-union-square-metres]');
  await gauge.waitFor({ timeout: SIGNAL_TIMEOUT_MS });
  return Number(await gauge.getAttribute('data-union-square-metres'));
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

describe('presenter mode and the guided tour, production build in headless Chromium', () => {
  it('P presents at 1280 × 720; clicker and arrow keys step the tour, move the camera and name the step in the URL; B blanks; Esc leaves', async () => {
    const { page, context, errors, externalRequests } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(baseUrl);
    await waitForReady(page);
    await page.getByTestId('coverage-total').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
    const plannerView = await hashParameter(page, 'map');

    await page.keyboard.press('p');
    await expect.poll(() => page.locator('html').getAttribute('data-presenting')).toBe('true');
    await cameraAt(page, 'overview');
    expect(await hashParameter(page, 'present')).toBe('1');
    expect(await hashParameter(page, 'step')).toBe('overview');
    // Editing chrome hidden; gauge, caption and the illustrative notice on screen.
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.locator('#app-header').isVisible()).toBe(false);
    expect(await page.getByTestId('presenter-gauge').isVisible()).toBe(true);
    expect(await page.locator('.presenter .illustrative-notice').isVisible()).toBe(true);
    expect(await page.getByTestId('tour-caption').getAttribute('data-step')).toBe('overview');
    await expect.poll(() => gaugeSquareMetres(page)).toBeGreaterThan(600e6);
    // The total on the big screen says how it was measured.
    expect(await page.getByTestId('presenter-area-method').textContent()).toBe('WGS-84 椭球面，测地线边');
    await page.screenshot({ path: artifactPath('presenter-1280x720-overview.png') });

    let view = await hashParameter(page, 'map');
    expect(view).not.toBe(plannerView);
    view = await pressAndExpectStep(page, 'PageDown', zoneIds[0]!, view);
    expect(await page.getByTestId('tour-caption').locator('h2').textContent()).toBe(defaultZones.features[0]!.properties.name_zh);
    await expect.poll(() => page.getByTestId('tour-caption').textContent(), { timeout: SIGNAL_TIMEOUT_MS }).toMatch(/面积[\d,.]+ 平方公里/);
    await page.screenshot({ path: artifactPath('presenter-1280x720-zone.png') });
    view = await pressAndExpectStep(page, 'ArrowRight', zoneIds[1]!, view);
    view = await pressAndExpectStep(page, ' ', zoneIds[2]!, view);
    view = await pressAndExpectStep(page, 'PageUp', zoneIds[1]!, view);
    view = await pressAndExpectStep(page, 'ArrowLeft', zoneIds[0]!, view);
    view = await pressAndExpectStep(page, 'Home', 'overview', view);

    // B blanks the screen and B brings it back; the tour stays where it was.
    await page.keyboard.press('b');
    const blank = page.getByTestId('blank-screen');
    await blank.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.blank-screen')!).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(() => document.elementFromPoint(640, 360)?.classList.contains('blank-screen'))).toBe(true);
    await page.keyboard.press('b');
    await blank.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('tour-caption').getAttribute('data-step')).toBe('overview');

    // Autoplay moves on by itself; any key pauses it.
    await page.getByTestId('presenter-interval').selectOption('5');
    await page.getByTestId('presenter-autoplay').click();
    await expect.poll(() => hashParameter(page, 'step'), { timeout: SIGNAL_TIMEOUT_MS }).toBe(zoneIds[0]);
    await page.keyboard.press('x');
    expect(await page.getByTestId('presenter-autoplay').getAttribute('aria-pressed')).toBe('false');

    // The presenter's own export: this screen's resolution, in the dark theme.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: SIGNAL_TIMEOUT_MS }), page.getByTestId('presenter-export').click()]);
    const picturePath = artifactPath('presenter-export-1280x720.png');
    await download.saveAs(picturePath);
    const picture = PNG.sync.read(readFileSync(picturePath));
    expect({ width: picture.width, height: picture.height }).toEqual({ width: 1280, height: 720 });
    const titlePanel = [...picture.data.subarray((20 * 1280 + 20) * 4, (20 * 1280 + 20) * 4 + 3)];
    expect(titlePanel.every((channel) => channel < 40)).toBe(true);

    // Esc leaves presenter mode and the URL forgets it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('html').getAttribute('data-presenting')).toBeNull();
    expect(await hashParameter(page, 'present')).toBeNull();
    expect(await hashParameter(page, 'step')).toBeNull();
    expect(await page.locator('.sidebar').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it('the tour ends with the timeline: year by year the map builds up and the gauge reaches the final coverage, past 600 km²', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#step=${zoneIds[zoneIds.length - 1]}`);
    await waitForReady(page);
    const finalUnion = Number(await page.getByTestId('coverage-total').getAttribute('data-union-square-metres', { timeout: SIGNAL_TIMEOUT_MS }));
    await cameraAt(page, zoneIds[zoneIds.length - 1]!);

    const readings: number[] = [];
    for (const year of years) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => hashParameter(page, 'year')).toBe(String(year));
      expect(await hashParameter(page, 'step')).toBe('timeline');
      const chart = page.locator('.presenter [data-testid="timeline-chart"]');
      await expect.poll(() => chart.getAttribute('data-year'), { timeout: SIGNAL_TIMEOUT_MS }).toBe(String(year));
      const reading = await gaugeSquareMetres(page);
      expect(Number(await chart.getAttribute('data-union-square-metres'))).toBeCloseTo(reading, 3);
      readings.push(reading);
    }
    // Union, not sum: growing year by year, below the target until the last year, then the total.
    for (let index = 1; index < readings.length; index += 1) expect(readings[index]).toBeGreaterThan(readings[index - 1]!);
    expect(readings.slice(0, -1).every((reading) => reading < 600e6)).toBe(true);
    expect(readings.at(-1)).toBeCloseTo(finalUnion, 3);
    expect(await page.locator('.presenter [data-testid="timeline-crossing"]').count()).toBe(1);
    await cameraAt(page, 'timeline');
    await page.screenshot({ path: artifactPath('presenter-1280x720-timeline.png') });
    // The last press changes nothing: the tour has ended.
    await page.keyboard.press('PageDown');
    expect(await hashParameter(page, 'year')).toBe(String(years.at(-1)));

    // The planner view's timeline plays on its own to the same final coverage.
    await page.keyboard.press('Escape');
    await page.locator('#timeline [data-year="all"]').waitFor();
    await page.locator('#timeline [data-testid="timeline-play"]').click();
    const panelChart = page.locator('#timeline [data-testid="timeline-chart"]');
    await expect.poll(() => panelChart.getAttribute('data-year')).toBe(String(years[0]));
    await expect.poll(() => panelChart.getAttribute('data-year'), { timeout: SIGNAL_TIMEOUT_MS }).toBe(String(years.at(-1)));
    await expect.poll(() => page.locator('#timeline [data-testid="timeline-play"]').getAttribute('aria-pressed')).toBe('false');
    expect(Number(await panelChart.getAttribute('data-union-square-metres'))).toBeCloseTo(finalUnion, 3);
    await page.locator('#timeline').screenshot({ path: artifactPath('timeline-panel.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link opens the tour at a zone on a 3840 × 2160 screen, with type and lines scaled for the room', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl, { width: 3840, height: 2160 });
    const zone = defaultZones.features[0]!.properties;
    await page.goto(`${baseUrl}?present=1#step=${zone.id}`);
    await waitForReady(page);
    await cameraAt(page, zone.id);
    expect(await page.getByTestId('tour-caption').getAttribute('data-step')).toBe(zone.id);
    expect(await page.getByTestId('tour-caption').locator('h2').textContent()).toBe(zone.name_zh);
    expect(await page.evaluate(() => document.querySelector<HTMLCanvasElement>('#map canvas')!.width)).toBe(3840);
    // Three times the 1280 × 720 sizes: 60 px body type, 90 px zone name.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.presenter')!).fontSize)).toBe('60px');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.presenter-caption h2')!).fontSize)).toBe('90px');
    await expect.poll(() => gaugeSquareMetres(page)).toBeGreaterThan(600e6);
    await page.screenshot({ path: artifactPath('presenter-3840x2160-zone.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keyboard reachable with visible focus; axe finds nothing serious in the planner view or the presenter view', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(baseUrl);
    await waitForReady(page);
    await page.getByTestId('coverage-total').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The way into presenter mode is reachable with Tab and shows where the focus is.
    await page.getByTestId('present-button').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('present-button');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await cameraAt(page, 'overview');
    // Tab reaches the presenter's controls, and Enter on one works the control, not the tour key.
    let reached = '';
    for (let press = 0; press < 40 && reached !== 'presenter-next'; press += 1) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) ?? '';
    }
    expect(reached).toBe('presenter-next');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => hashParameter(page, 'step')).toBe(zoneIds[0]);
    await cameraAt(page, zoneIds[0]!);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
