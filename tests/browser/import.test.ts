import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, launchChromium, openPage, SIGNAL_TIMEOUT_MS, waitForReady } from './chromium';
import { alertTexts, dropFile, fixture, listedZoneIds, waitForReview } from './dropFiles';

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

async function persistenceStatus(page: Page): Promise<string | null> {
  return page.getByTestId('persistence-status').getAttribute('data-status');
}

describe('editors drop in zone files', () => {
  it('a GBK shapefile in CGCS2000 Gauss–Krüger, picked with the file input, is reprojected, reviewed, added, saved, survives reload, and undoes', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await waitForReady(page);
    await page.getByTestId('import-input').setInputFiles({ name: 'shapefile-gbk-4527.zip', mimeType: 'application/zip', buffer: fixture('awkward/shapefile-gbk-4527.zip') });
    await waitForReview(page);
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/^2 个区域/);
    expect(await page.getByTestId('import-crs-note').textContent()).toMatch(/4527|高斯/);
    await page.screenshot({ path: artifactPath('import-review-shapefile.png') });
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => listedZoneIds(page)).toHaveLength(defaultZoneIds.length + 2);
    const names = await page.locator('[data-testid="zone-list"] .zone-name').allTextContents();
    // GBK attribute text decoded to Chinese, not mojibake.
    expect(names.slice(-2).join(' ')).toMatch(/[\u4e00-\u9fff]/);
    expect(names.join(' ')).not.toContain('\ufffd');
    await expect.poll(() => persistenceStatus(page), { timeout: SIGNAL_TIMEOUT_MS }).toBe('saved');
    const importedIds = await listedZoneIds(page);

    await page.reload();
    await waitForReady(page);
    expect(await listedZoneIds(page)).toEqual(importedIds);
    expect(await persistenceStatus(page)).toBe('saved');

    // The undo history does not survive a reload (it is per page); undo in the same page does.
    await page.getByTestId('import-input').setInputFiles({ name: 'zones.kmz', mimeType: 'application/vnd.google-earth.kmz', buffer: fixture('awkward/zones.kmz') });
    await waitForReview(page);
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => listedZoneIds(page)).toHaveLength(importedIds.length + 2);
    await page.getByTestId('undo').click();
    await expect.poll(() => listedZoneIds(page)).toEqual(importedIds);
    await page.getByTestId('redo').click();
    await expect.poll(() => listedZoneIds(page)).toHaveLength(importedIds.length + 2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => listedZoneIds(page)).toEqual(importedIds);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a GCJ-02 file dropped on the map is converted to WGS-84 once the editor declares it, with before/after shown', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await waitForReady(page);
    const bytes = fixture('awkward/gcj02-declared.geojson');
    await dropFile(page, 'gcj02-declared.geojson', bytes);
    await waitForReview(page);
    await page.getByTestId('import-crs').selectOption('gcj02');
    await expect.poll(() => page.getByTestId('import-crs-note').textContent(), { timeout: SIGNAL_TIMEOUT_MS }).toMatch(/GCJ-02.*平移约 \d+ 米/);
    await page.screenshot({ path: artifactPath('import-review-gcj02.png') });
    await page.getByTestId('import-mode-replace').check();
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => listedZoneIds(page)).toHaveLength(1);

    // The stored outline is the WGS-84 one: ~0.5 km west/south of the file's GCJ-02 numbers.
    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('export-geojson').click();
    const download = await downloadPromise;
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { features: Array<{ geometry: { coordinates: number[][][] } }> };
    const original = JSON.parse(bytes.toString('utf8')) as { features: Array<{ geometry: { coordinates: number[][][] } }> };
    const [exportedLng, exportedLat] = exported.features[0]!.geometry.coordinates[0]![0]!;
    const [fileLng, fileLat] = original.features[0]!.geometry.coordinates[0]![0]!;
    const metres = Math.hypot((fileLng! - exportedLng!) * 111_320 * Math.cos((fileLat! * Math.PI) / 180), (fileLat! - exportedLat!) * 110_540);
    expect(metres).toBeGreaterThan(450);
    expect(metres).toBeLessThan(650);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a bow-tie is not drawn silently: the review warns, and make-valid repairs it', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await waitForReady(page);
    await dropFile(page, 'bow-tie.geojson', fixture('awkward/bow-tie.geojson'));
    await waitForReview(page);
    expect(await page.locator('[data-testid="import-warnings"] [data-code="self-intersection"]').count()).toBe(1);
    await page.getByTestId('import-make-valid').check();
    await expect.poll(() => page.locator('[data-testid="import-warnings"] [data-code="geometry-made-valid"]').count(), { timeout: SIGNAL_TIMEOUT_MS }).toBe(1);
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => listedZoneIds(page)).toHaveLength(defaultZoneIds.length + 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('bad files are named in an alert and change nothing; the app stays usable', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await waitForReady(page);
    await page.getByTestId('coverage-total').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
    const totalBefore = await page.getByTestId('coverage-total').getAttribute('data-union-square-metres');
    for (const name of ['not-json.geojson', 'nested-200000.geojson', 'corrupt.zip', 'unsupported.xls']) {
      await dropFile(page, name, fixture(`bad/${name}`));
      await expect.poll(() => alertTexts(page), { timeout: SIGNAL_TIMEOUT_MS }).toContainEqual(expect.stringContaining(name));
    }
    // A file over the size cap is refused before it is read.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(201 * 1024 * 1024)], 'huge.geojson'));
      document.querySelector('#map')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => alertTexts(page)).toContainEqual(expect.stringContaining('huge.geojson'));
    expect(await listedZoneIds(page)).toEqual(defaultZoneIds);
    expect(await page.getByTestId('coverage-total').getAttribute('data-union-square-metres')).toBe(totalBefore);
    expect(await persistenceStatus(page)).toBe('default');
    expect(await page.getByTestId('import-confirm').count()).toBe(0);
    // Still usable: filters respond.
    await page.locator('[data-filter="kinds"] [data-value="demo-zone"]').click();
    await expect.poll(() => listedZoneIds(page)).toHaveLength(1);
    await page.screenshot({ path: artifactPath('import-bad-files.png') });
    // The 404 of nothing, the worker's own messages: no console error at all.
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pasted GeoJSON text and ?data=URL import too', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    const chineseKeys = fixture('awkward/chinese-keys.geojson').toString('utf8');
    await context.route('**/shared/incoming.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: chineseKeys }));
    await page.goto(`${baseUrl}?data=shared/incoming.geojson`);
    await waitForReady(page);
    await waitForReview(page);
    expect(await page.locator('#import-review-title').textContent()).toContain('incoming.geojson');
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => listedZoneIds(page)).toHaveLength(defaultZoneIds.length + 2);

    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', text);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, fixture('awkward/single-feature.geojson').toString('utf8'));
    await waitForReview(page);
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => listedZoneIds(page)).toHaveLength(defaultZoneIds.length + 3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a GeoJSON export gives back the imported file byte for byte', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await waitForReady(page);
    const canonical = fixture('awkward/canonical.geojson');
    await page.getByTestId('import-input').setInputFiles({ name: 'canonical.geojson', mimeType: 'application/geo+json', buffer: canonical });
    await waitForReview(page);
    await page.getByTestId('import-mode-replace').check();
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => listedZoneIds(page)).toHaveLength(2);
    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('export-geojson').click();
    const download = await downloadPromise;
    expect(readFileSync(await download.path()).equals(canonical)).toBe(true);
    const csvPromise = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    const csv = readFileSync(await (await csvPromise).path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('when the browser refuses to store the data (quota), it stays in memory, the page says so, and export still works', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await waitForReady(page);
    // Chromium's own quota, shrunk for this origin: IndexedDB writes then fail with QuotaExceededError.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl).origin, quotaSize: 1 });
    await page.getByTestId('import-input').setInputFiles({ name: 'zones.kml', mimeType: 'application/vnd.google-earth.kml+xml', buffer: fixture('awkward/zones.kml') });
    await waitForReview(page);
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => persistenceStatus(page), { timeout: SIGNAL_TIMEOUT_MS }).toBe('failed');
    expect(await page.getByTestId('persistence-status').textContent()).toMatch(/quota/i);
    expect(await listedZoneIds(page)).toHaveLength(defaultZoneIds.length + 2);
    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('export-geojson').click();
    const exported = JSON.parse(readFileSync(await (await downloadPromise).path(), 'utf8')) as { features: unknown[] };
    expect(exported.features).toHaveLength(defaultZoneIds.length + 2);
    // Closing the page with work that is only in memory asks first.
    const dialogPromise = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await dialogPromise;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two open tabs do not overwrite each other silently', async () => {
    const first = await openPage(browser, baseUrl);
    await first.page.goto(baseUrl);
    await waitForReady(first.page);
    // A second tab in the same browser profile (same IndexedDB, same BroadcastChannel).
    const second = await first.context.newPage();
    await second.goto(baseUrl);
    await waitForReady(second);

    await first.page.getByTestId('import-input').setInputFiles({ name: 'zones.kml', mimeType: 'application/vnd.google-earth.kml+xml', buffer: fixture('awkward/zones.kml') });
    await waitForReview(first.page);
    await first.page.getByTestId('import-confirm').click();
    await expect.poll(() => persistenceStatus(first.page), { timeout: SIGNAL_TIMEOUT_MS }).toBe('saved');
    await expect.poll(() => persistenceStatus(second), { timeout: SIGNAL_TIMEOUT_MS }).toBe('conflict');

    // The second tab's own change is kept in memory, not written over the first tab's save.
    await second.getByTestId('import-input').setInputFiles({ name: 'zones.topojson', mimeType: 'application/json', buffer: fixture('awkward/zones.topojson') });
    await waitForReview(second);
    await second.getByTestId('import-confirm').click();
    await expect.poll(() => persistenceStatus(second), { timeout: SIGNAL_TIMEOUT_MS }).toBe('conflict');
    await second.getByTestId('load-other-tab').click();
    await expect.poll(() => listedZoneIds(second)).toEqual(await listedZoneIds(first.page));
    expect(await persistenceStatus(second)).toBe('saved');
    expect(first.errors).toEqual([]);
    await first.context.close();
  });
});
