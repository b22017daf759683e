import type { Feature, Polygon } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { packGeometries } from '../../src/worker/packedGeometries';
import { coverageSquareMetres, launchChromium, openPage, SIGNAL_TIMEOUT_MS, waitForReady } from './chromium';

const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Two square zones of about 1 km² near Xiqing, as an editor might have saved them. */
function savedZones(): Feature<Polygon>[] {
  return ['saved-a', 'saved-b'].map((id, index) => {
    const [west, south] = [117.0 + index * 0.05, 39.05];
    return {
      type: 'Feature',
      properties: { id, name_zh: `保存的区域 ${index}`, name_en: `Saved zone ${index}`, district: '西青区', kind: 'scenario-area', scenarios: ['bus'], phase: 2022, source: 'test', geometry_status: 'illustrative' },
      geometry: { type: 'Polygon', coordinates: [[[west, south], [west + 0.0116, south], [west + 0.0116, south + 0.009], [west, south + 0.009], [west, south]]] },
    };
  });
}

/** Replaces what IndexedDB holds with `records` (typed arrays given as number arrays by name). */
async function storeRecords(page: Page, records: unknown[]): Promise<void> {
  await page.evaluate(
    ({ records: values }) =>
      new Promise<void>((resolve, reject) => {
        const typed = (value: unknown): unknown => {
          if (value && typeof value === 'object' && 'typed' in value && 'values' in value) {
            const { typed: kind, values: numbers } = value as { typed: string; values: number[] };
            return kind === 'Float64Array' ? Float64Array.from(numbers) : Uint32Array.from(numbers);
          }
          if (Array.isArray(value)) return value.map(typed);
          if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, typed(inner)]));
          return value;
        };
        const opening = indexedDB.open('tianjin-cv-zones', 1);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const transaction = opening.result.transaction('datasets', 'readwrite');
          const store = transaction.objectStore('datasets');
          store.clear();
          for (const record of values) store.put(typed(record));
          transaction.oncomplete = () => {
            opening.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { records },
  );
}

/** The `format` of the working copy's main record. */
function storedFormat(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open('tianjin-cv-zones', 1);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const reading = opening.result.transaction('datasets').objectStore('datasets').get('current');
          reading.onsuccess = () => {
            opening.result.close();
            resolve((reading.result as { format?: unknown } | undefined)?.format);
          };
          reading.onerror = () => reject(reading.error);
        };
      }),
  );
}

const asNumbers = (array: Uint32Array | Float64Array) => ({ typed: array instanceof Float64Array ? 'Float64Array' : 'Uint32Array', values: Array.from(array) });

describe('the working copy in IndexedDB', () => {
  it('loads working copies saved by earlier versions (GeoJSON as it was; skeletons in one record), then saves in the current form', async () => {
    const zones = savedZones();
    const packed = packGeometries(zones.map((zone) => zone.geometry));
    const formats: Record<string, unknown[]> = {
      'format 1': [{ key: 'current', zones, revision: 2, savedAt: '2026-01-01T00:00:00.000Z', tabId: 'earlier' }],
      'format 2': [
        {
          key: 'current',
          format: 2,
          zones: zones.map((zone) => ({ ...zone, geometry: null })),
          otherFeatures: [],
          outlineChunks: 1,
          revision: 3,
          savedAt: '2026-06-01T00:00:00.000Z',
          tabId: 'earlier',
        },
        {
          key: 'outlines-0',
          outlines: {
            count: packed.count,
            layoutStarts: asNumbers(packed.layoutStarts),
            layout: asNumbers(packed.layout),
            coordinateStarts: asNumbers(packed.coordinateStarts),
            coordinates: asNumbers(packed.coordinates),
            verbatim: {},
          },
        },
        { key: 'revision', revision: 3, tabId: 'earlier', outlineChunks: 1 },
      ],
    };
    for (const [format, records] of Object.entries(formats)) {
      const { page, context, errors } = await openPage(browser, baseUrl);
      await page.goto(baseUrl);
      await waitForReady(page);
      await storeRecords(page, records);
      await page.reload();
      await waitForReady(page);
      const listed = await page.locator('[data-testid="zone-list"] [data-zone-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-zone-id')));
      expect(listed, format).toEqual(['saved-a', 'saved-b']);
      // About 2 km²: measured from the outlines that came back.
      await expect.poll(() => coverageSquareMetres(page), { timeout: SIGNAL_TIMEOUT_MS }).toBeGreaterThan(1.9e6);
      expect(await coverageSquareMetres(page)).toBeLessThan(2.1e6);
      // A change (back to the default zones, then undone) is saved in the current form, and comes back again.
      await page.getByTestId('restore-defaults').click();
      await expect.poll(() => page.getByTestId('persistence-status').getAttribute('data-status'), { timeout: SIGNAL_TIMEOUT_MS }).toBe('saved');
      await page.getByTestId('undo').click();
      await expect.poll(() => page.getByTestId('persistence-status').getAttribute('data-status'), { timeout: SIGNAL_TIMEOUT_MS }).toBe('saved');
      expect(await storedFormat(page), format).toBe(3);
      await page.reload();
      await waitForReady(page);
      const again = await page.locator('[data-testid="zone-list"] [data-zone-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-zone-id')));
      expect(again, format).toEqual(['saved-a', 'saved-b']);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
