import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, coverageSquareMetres, launchChromium, openPage, SIGNAL_TIMEOUT_MS, waitForReady } from './chromium';
import { alertTexts, dropFile, listedZoneIds } from './dropFiles';

/**
 * Hostile and foreign-encoded files (tests/fixtures/import/hostile/) dropped into the production
 * build, in Chinese and in English: a refused file gets an alert naming it, a file that loads with
 * losses lists them in the review, encodings are named and can be changed, Cancel stops a read for
 * real, and nothing already loaded changes meanwhile.
 */
const baseUrl = inject('baseUrl');
const hostile = resolve(import.meta.dirname, '../fixtures/import/hostile');
const NAMES = ['西青区车联网自动驾驶示范道路', '东丽区智能网联测试区', '津南区无人配送示范区'];
const TRADITIONAL_NAMES = ['西青區車聯網示範道路', '東麗區智能網聯測試區', '津南區無人配送示範區'];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const fixture = (name: string) => readFileSync(resolve(hostile, name));

async function openApp(language: 'zh-CN' | 'en') {
  const watch = await openPage(browser, baseUrl);
  await watch.page.goto(language === 'en' ? `${baseUrl}#lang=en` : baseUrl);
  await waitForReady(watch.page);
  return watch;
}

async function review(page: Page, name: string): Promise<void> {
  await dropFile(page, name, fixture(name));
  await page.getByTestId('import-confirm').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
}

async function cancelReview(page: Page): Promise<void> {
  await page.getByTestId('import-cancel').click();
  await page.getByTestId('import-confirm').waitFor({ state: 'detached' });
}

describe.each(['zh-CN', 'en'] as const)('hostile files in %s', (language) => {
  it('refused files: an alert naming the file and why; the zones already loaded stay as they were', async () => {
    const { page, context, errors } = await openApp(language);
    const before = await listedZoneIds(page);
    const coverageBefore = await coverageSquareMetres(page);
    const cases: Array<[string, RegExp]> = [
      ['zip-encrypted.zip', language === 'en' ? /encrypted/ : /加密|encrypted/],
      ['zip-lying-sizes.zip', language === 'en' ? /sizes/ : /大小|sizes/],
      ['topojson-bad-arc.topojson', language === 'en' ? /arc 7/ : /弧段 7|arc 7/],
      ['kml-deep.kml', language === 'en' ? /100 levels/ : /100 层|100 levels/],
    ];
    for (const [name, reason] of cases) {
      const count = (await alertTexts(page)).length;
      await dropFile(page, name, fixture(name));
      await expect.poll(async () => (await alertTexts(page)).length, { timeout: SIGNAL_TIMEOUT_MS }).toBe(count + 1);
      const alert = (await alertTexts(page)).at(-1)!;
      expect(alert).toContain(name);
      expect(alert).toMatch(reason);
      expect(alert).toContain(language === 'en' ? 'was not imported' : '未导入');
    }
    expect(await listedZoneIds(page)).toEqual(before);
    expect(await coverageSquareMetres(page)).toBe(coverageBefore);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('files that load with losses list them by record in the review; Cancel changes nothing', async () => {
    const { page, context, errors } = await openApp(language);
    const before = await listedZoneIds(page);
    const coverageBefore = await coverageSquareMetres(page);
    await review(page, 'dbf-lying-count.zip');
    expect(await page.getByTestId('import-summary').textContent()).toMatch(language === 'en' ? /^1 zones/ : /^1 个区域/);
    expect(await page.locator('[data-testid="import-warnings"] [data-code="shapefile-dbf-short"]').textContent()).toContain('4000000000');
    await cancelReview(page);
    await review(page, 'shp-truncated.zip');
    expect(await page.getByTestId('import-summary').textContent()).toMatch(language === 'en' ? /^2 zones/ : /^2 个区域/);
    const lost = await page.locator('[data-testid="import-errors"] [data-code="shapefile-record-truncated"]').textContent();
    expect(lost).toContain('#2');
    expect(lost).toContain(NAMES[2]);
    await page.screenshot({ path: artifactPath(`import-review-shp-truncated-${language}.png`) });
    await cancelReview(page);
    expect(await listedZoneIds(page)).toEqual(before);
    expect(await coverageSquareMetres(page)).toBe(coverageBefore);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('encodings: GBK named and decoded; Big5 chosen in the review changes the names; then added', async () => {
    const { page, context, errors } = await openApp(language);
    const before = await listedZoneIds(page);
    await review(page, 'geojson-gbk.geojson');
    expect(await page.getByTestId('import-encoding-note').getAttribute('data-encoding')).toBe('gb18030');
    expect(await page.getByTestId('import-name-samples').textContent()).toContain(NAMES[0]);
    expect(await page.locator('[data-testid="import-warnings"] [data-code="encoding-guessed"]').count()).toBe(1);
    await cancelReview(page);
    await review(page, 'geojson-big5.geojson');
    expect(await page.getByTestId('import-name-samples').textContent()).not.toContain(TRADITIONAL_NAMES[0]);
    await page.getByTestId('import-encoding').selectOption('big5');
    await expect.poll(() => page.getByTestId('import-name-samples').textContent(), { timeout: SIGNAL_TIMEOUT_MS }).toContain(TRADITIONAL_NAMES[0]);
    expect(await page.getByTestId('import-encoding-note').getAttribute('data-encoding')).toBe('big5');
    await page.screenshot({ path: artifactPath(`import-review-big5-${language}.png`) });
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => listedZoneIds(page), { timeout: SIGNAL_TIMEOUT_MS }).toHaveLength(before.length + 3);
    const names = await page.locator('[data-testid="zone-list"] .zone-name').allTextContents();
    for (const name of TRADITIONAL_NAMES) expect(names).toContain(name);
    expect(names.join('')).not.toContain('\uFFFD');
    expect(errors).toEqual([]);
    await context.close();
  });
});

it('Cancel while a big file is read stops the import worker; the next file imports normally', async () => {
  const { page, context, errors } = await openApp('zh-CN');
  const before = await listedZoneIds(page);
  // About 25 MB, made in the page (not carried over the DevTools protocol) and dropped: ten
  // outlines of 60,000 vertices each, long enough to read that Cancel comes first.
  const dataTransfer = await page.evaluateHandle(() => {
    const ring = Array.from({ length: 60_000 }, (_, index) => {
      const angle = (2 * Math.PI * index) / 60_000;
      return [117.2 + 0.05 * Math.cos(angle) + 1e-9 * index, 39.3 + 0.05 * Math.sin(angle)];
    });
    ring.push(ring[0]!);
    const features = Array.from({ length: 10 }, (_, index) => ({ type: 'Feature', properties: { id: `big-${index}` }, geometry: { type: 'Polygon', coordinates: [ring] } }));
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify({ type: 'FeatureCollection', features })], 'big.geojson'));
    return transfer;
  });
  await page.dispatchEvent('#map', 'drop', { dataTransfer });
  await page.getByTestId('import-progress').waitFor();
  await expect.poll(() => page.workers().filter((worker) => worker.url().includes('importWorker')).length, { timeout: SIGNAL_TIMEOUT_MS }).toBe(1);
  await page.getByTestId('import-cancel').click();
  await page.getByTestId('import-progress').waitFor({ state: 'detached' });
  // Terminated, not left running in the background.
  await expect.poll(() => page.workers().filter((worker) => worker.url().includes('importWorker')).length, { timeout: SIGNAL_TIMEOUT_MS }).toBe(0);
  expect(await listedZoneIds(page)).toEqual(before);

  await dropFile(page, 'kml-gbk-declared.kml', fixture('kml-gbk-declared.kml'));
  await page.getByTestId('import-confirm').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
  expect(await page.getByTestId('import-name-samples').textContent()).toContain(NAMES[0]);
  await page.getByTestId('import-confirm').click();
  await expect.poll(() => listedZoneIds(page), { timeout: SIGNAL_TIMEOUT_MS }).toHaveLength(before.length + 3);
  expect(errors).toEqual([]);
  await context.close();
});
