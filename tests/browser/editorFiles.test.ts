import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { coverageSquareMetres, launchChromium, openPage, SIGNAL_TIMEOUT_MS, waitForReady } from './chromium';
import { alertTexts, dropFile, fixture, listedZoneIds, waitForReview } from './dropFiles';

/** Files as offices send them (issue 11), dropped into the production build in zh-CN and in English. */
const baseUrl = inject('baseUrl');
const refusedFixtures = readdirSync(resolve(import.meta.dirname, '../fixtures/import/bad')).filter((name) => name !== 'README.md');
/** Three English words in a row: a sentence, not a file name, a code or a system's name. */
const ENGLISH_SENTENCE = /[A-Za-z]{2,},? [A-Za-z]{2,},? [A-Za-z]{2,}/;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openApp(language: 'zh-CN' | 'en') {
  const watch = await openPage(browser, baseUrl);
  await watch.page.goto(language === 'en' ? `${baseUrl}#lang=en` : baseUrl);
  await waitForReady(watch.page);
  return watch;
}

async function persistenceStatus(page: Page): Promise<string | null> {
  return page.getByTestId('persistence-status').getAttribute('data-status');
}

async function reviewCodes(page: Page): Promise<string[]> {
  return page.locator('[data-testid="import-warnings"] li[data-code]').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')!));
}

describe('every message in the UI language', () => {
  it.each(['zh-CN', 'en'] as const)('%s: each refused fixture is named in an alert in that language, and nothing loaded changes', async (language) => {
    const { page, context, errors } = await openApp(language);
    const zonesBefore = await listedZoneIds(page);
    const coverageBefore = await coverageSquareMetres(page);
    for (const name of refusedFixtures) {
      await dropFile(page, name, fixture(`bad/${name}`));
      await expect.poll(() => alertTexts(page), { timeout: SIGNAL_TIMEOUT_MS }).toContainEqual(expect.stringContaining(name));
      const alert = (await alertTexts(page)).find((text) => text.includes(name))!;
      const withoutNames = alert.split(name).join('').replace(/×$/, '');
      if (language === 'zh-CN') {
        expect(withoutNames, alert).toMatch(/^文件\s+未导入：/);
        expect(withoutNames, alert).not.toMatch(ENGLISH_SENTENCE);
      } else {
        expect(withoutNames, alert).toMatch(/^File\s+was not imported: /);
        expect(withoutNames, alert).toMatch(ENGLISH_SENTENCE);
      }
      await page.locator('[data-testid="alert"] .close-button').first().click();
      await expect.poll(() => alertTexts(page)).toEqual([]);
    }
    expect(await listedZoneIds(page)).toEqual(zonesBefore);
    expect(await coverageSquareMetres(page)).toBe(coverageBefore);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('ids from files in the URL and in lookups', () => {
  it('a zone whose id is evil&present=1&lang=en#step=x stays selected after a reload, and the presenter stays closed; __proto__ shows its area', async () => {
    const { page, context, errors } = await openApp('zh-CN');
    const before = await listedZoneIds(page);
    await dropFile(page, 'hostile-ids.geojson', fixture('awkward/hostile-ids.geojson'));
    await waitForReview(page);
    await page.getByTestId('import-confirm').click();
    const evil = 'evil&present=1&lang=en#step=x';
    await expect.poll(() => listedZoneIds(page)).toEqual([...before, evil, '__proto__', 'constructor']);

    // __proto__'s area in the list and the inspector is a number, not "NaN".
    const protoItem = page.locator('[data-testid="zone-list"] [data-zone-id="__proto__"]');
    await expect.poll(() => protoItem.locator('.zone-area').textContent(), { timeout: SIGNAL_TIMEOUT_MS }).toMatch(/^\d+(\.\d+)? 平方公里$/);
    await protoItem.locator('button').click();
    await expect.poll(() => page.locator('#inspector').textContent()).toMatch(/面积\d+(\.\d+)? 平方公里/);
    expect(await page.locator('#inspector').textContent()).not.toContain('NaN');

    await page.locator(`[data-testid="zone-list"] [data-zone-id="${evil}"] button`).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('zone=evil%26present%3D1%26lang%3Den%23step%3Dx');
    const hash = await page.evaluate(() => window.location.hash);
    expect(hash.slice(1).split('&').map((part) => part.split('=')[0])).toEqual(['map', 'zone']);
    await expect.poll(() => persistenceStatus(page), { timeout: SIGNAL_TIMEOUT_MS }).toBe('saved');

    await page.reload();
    await waitForReady(page);
    await expect.poll(() => page.locator(`[data-zone-id="${evil}"] button`).getAttribute('aria-current'), { timeout: SIGNAL_TIMEOUT_MS }).toBe('true');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-presenting'))).toBe(false);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('#inspector h2').textContent()).toBe('注入测试区');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('only areas in Tianjin join the zones unless the editor says so', () => {
  it.each(['zh-CN', 'en'] as const)('%s: KML overlays and links are skipped with a note; zones far from Tianjin are named and left out by default', async (language) => {
    const { page, context, errors, externalRequests } = await openApp(language);
    const before = await listedZoneIds(page);
    await dropFile(page, 'overlays.kml', fixture('awkward/overlays.kml'));
    await waitForReview(page);
    expect(await page.getByTestId('import-summary').textContent()).toMatch(language === 'zh-CN' ? /^1 个区域/ : /^1 zones/);
    expect((await reviewCodes(page)).filter((code) => code === 'kml-not-a-zone')).toHaveLength(4);
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => listedZoneIds(page)).toEqual([...before, 'real-zone']);
    expect(externalRequests).toEqual([]);

    await dropFile(page, 'far-from-tianjin.geojson', fixture('awkward/far-from-tianjin.geojson'));
    await waitForReview(page);
    const far = page.locator('[data-testid="import-warnings"] li[data-code="far-from-tianjin"]');
    await expect.poll(() => far.count()).toBe(2);
    expect(await far.first().textContent()).toMatch(language === 'zh-CN' ? /悉尼附近.*距最近的区（.+区）\d+(\.\d)? 千米/ : /sydney.*\d+(\.\d)? km from the nearest district/);
    expect(await page.getByTestId('import-include-outside').isChecked()).toBe(false);
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => listedZoneIds(page)).toEqual([...before, 'real-zone', 'in-tianjin']);

    // Asked again, and told to include them: all three join.
    await dropFile(page, 'far-from-tianjin.geojson', fixture('awkward/far-from-tianjin.geojson'));
    await waitForReview(page);
    await page.getByTestId('import-include-outside').check();
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => listedZoneIds(page)).toEqual([...before, 'real-zone', 'in-tianjin', 'sydney', 'antimeridian']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('spreadsheet lists', () => {
  it.each(['zh-CN', 'en'] as const)('%s: a GBK RSU list loads its points from 经度/纬度 (shown, confirmed), and a WKT list its zones; nothing loaded changes', async (language) => {
    const { page, context, errors } = await openApp(language);
    const before = await listedZoneIds(page);
    const coverageBefore = await coverageSquareMetres(page);
    await dropFile(page, 'rsu-sites-gbk.csv', fixture('awkward/rsu-sites-gbk.csv'));
    await waitForReview(page);
    expect(await page.getByTestId('import-summary').textContent()).toMatch(language === 'zh-CN' ? /^0 个区域，3 个其他要素/ : /^0 zones, 3 other features/);
    expect(await page.getByTestId('import-column-longitude').inputValue()).toBe('经度');
    expect(await page.getByTestId('import-column-latitude').inputValue()).toBe('纬度');
    expect(await reviewCodes(page)).toContain('encoding-guessed');
    expect(await page.getByTestId('import-warnings').textContent()).toContain('GB18030');
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-review').isHidden()).toBe(true);
    expect(await listedZoneIds(page)).toEqual(before);
    expect(await coverageSquareMetres(page)).toBe(coverageBefore);

    await dropFile(page, 'zones-wkt.csv', fixture('awkward/zones-wkt.csv'));
    await waitForReview(page);
    expect(await page.getByTestId('import-column-wkt').inputValue()).toBe('wkt');
    expect(await reviewCodes(page)).toContain('csv-wkt-invalid');
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => listedZoneIds(page)).toEqual([...before, 'wkt-1', 'wkt-2']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
