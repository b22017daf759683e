import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { bbox } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { blobZones } from '../../scripts/lib/blobZones';
import { computeCoverage } from '../../src/domain/coverage';
import type { ZoneFeature } from '../../src/domain/zone';
import { DETAIL_THRESHOLD_POSITIONS } from '../../src/map/detail/detailLevels';
import { geometrySize } from '../../src/worker/geometryStore';
import { artifactPath, countMapPixels, coverageSquareMetres, launchChromium, openPage, pixelOf, SIGNAL_TIMEOUT_MS, waitForReady, zoneOutlinePixels } from './chromium';
import { ITEMS_PER_CHUNK } from '../../src/ui/listChunks';

const baseUrl = inject('baseUrl');
const defaultZones = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/zones.geojson'), 'utf8')) as FeatureCollection).features as unknown as ZoneFeature[];

// Digitised-style outlines (300–700 vertices each) north of the default zones, in Wuqing and
// Beichen, so none of them overlaps a default zone.
const generated = blobZones({ count: 160, seed: 7, region: [117.0, 39.28, 117.32, 39.45] }) as unknown as ZoneFeature[];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * A generated single-ring zone and a point well inside it (its vertex average: the blobs are
 * star-shaped around it) that lies in no other zone's bounding box, so the pointer there is over
 * this zone alone.
 */
function loneZone(): { zone: ZoneFeature; inside: [number, number] } {
  const boxes = generated.map((zone) => bbox(zone.geometry as Geometry));
  for (const [index, zone] of generated.entries()) {
    if (zone.geometry.type !== 'Polygon' || zone.geometry.coordinates.length !== 1) continue;
    const ring = zone.geometry.coordinates[0]!.slice(0, -1);
    const inside: [number, number] = [ring.reduce((sum, [lng]) => sum + lng!, 0) / ring.length, ring.reduce((sum, [, lat]) => sum + lat!, 0) / ring.length];
    const covered = boxes.some((box, other) => other !== index && inside[0] >= box[0] && inside[0] <= box[2] && inside[1] >= box[1] && inside[1] <= box[3]);
    if (!covered) return { zone, inside };
  }
  throw new Error('no generated zone stands alone; change the seed');
}

/**
 * Pixels tinted with the import preview's magenta (204, 0, 102), solid or blended over the
 * basemap: red and blue well above green. No basemap or zone-kind colour is.
 */
function previewPixels(page: Page): Promise<number> {
  return countMapPixels(page, (red, green, blue) => red - green > 60 && blue - green > 25 && red > blue);
}

async function hoverText(page: Page, longitude: number, latitude: number): Promise<string | null> {
  const point = await pixelOf(page, longitude, latitude);
  await page.mouse.move(point.x - 3, point.y);
  await page.mouse.move(point.x, point.y);
  const tooltip = page.locator('#hover-tooltip');
  return (await tooltip.isVisible()) ? tooltip.textContent() : null;
}

describe('a big file: drawn from simplified copies made in the worker, measured from the full outlines', () => {
  it('previews, adds and counts 160 digitised outlines, and draws each zone where it is at every zoom', async () => {
    const positions = generated.reduce((sum, zone) => sum + geometrySize(zone.geometry as Geometry) / 2, 0);
    // Past the threshold: this file takes the level-of-detail path, the default zones do not.
    expect(positions).toBeGreaterThan(DETAIL_THRESHOLD_POSITIONS);
    const { zone, inside } = loneZone();

    const { page, context, errors } = await openPage(browser, baseUrl, { width: 1280, height: 800 });
    await page.goto(baseUrl);
    await waitForReady(page);
    const file = JSON.stringify({ type: 'FeatureCollection', features: generated } satisfies FeatureCollection<Geometry>);
    await page.getByTestId('import-input').setInputFiles({ name: 'digitised-zones.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(file) });
    await page.getByTestId('import-confirm').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/^160 个区域/);
    // The preview is drawn from the worker's overview copies once they arrive.
    await expect.poll(() => previewPixels(page), { timeout: SIGNAL_TIMEOUT_MS }).toBeGreaterThan(500);
    await page.screenshot({ path: artifactPath('big-file-review.png') });

    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.locator('[data-testid="zone-list"] [data-zone-id]').count(), { timeout: SIGNAL_TIMEOUT_MS }).toBe(defaultZones.length + 160);
    // The total the page shows is the pure core's union of the same outlines: the packed transfer
    // to and from the worker, and the drawing copies, change no coordinate that is measured.
    const expected = computeCoverage([...defaultZones, ...generated] as Feature[] as ZoneFeature[], { breakdowns: false, overlapPairs: false }).unionSquareMetres;
    await expect.poll(() => coverageSquareMetres(page), { timeout: SIGNAL_TIMEOUT_MS }).toBeCloseTo(expected, 3);
    expect(await previewPixels(page)).toBe(0);

    // Overview zoom (the whole city): every zone is drawn from its overview copy and can be pointed at.
    await expect.poll(() => hoverText(page, inside[0], inside[1]), { timeout: SIGNAL_TIMEOUT_MS }).toContain(zone.properties.name_zh);

    // Closer: zones near the view are drawn from finer copies (zoom 12–14), then whole (≥ 14).
    const edge = (zone.geometry.coordinates as number[][][])[0]![0]!;
    const view = async (zoom: number, [longitude, latitude]: readonly number[]) => {
      await page.evaluate(([z, lat, lng]) => (window.location.hash = `map=${z}/${lat}/${lng}`), [zoom, latitude!, longitude!] as const);
      // MapLibre rewrites the hash with the view it took, rounded.
      const taken = async () => (new URLSearchParams((await page.evaluate(() => window.location.hash)).slice(1)).get('map') ?? '').split('/').map(Number);
      await expect.poll(async () => { const [z, lat] = await taken(); return z === zoom && Math.abs(lat! - latitude!) < 1e-3; }, { timeout: SIGNAL_TIMEOUT_MS }).toBe(true);
    };
    for (const zoom of [13, 15.5]) {
      await view(zoom, inside);
      await expect.poll(() => hoverText(page, inside[0], inside[1]), { timeout: SIGNAL_TIMEOUT_MS }).toContain(zone.properties.name_zh);
      // Over the zone's edge, the zones near the view are outlined (by MapLibre, for a big collection).
      await view(zoom, edge);
      await expect.poll(() => zoneOutlinePixels(page), { timeout: SIGNAL_TIMEOUT_MS }).toBeGreaterThan(300);
      await page.screenshot({ path: artifactPath(`big-file-zoom-${zoom}.png`) });
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('builds a list of 700 zones in slices, gives every item its area, and takes it down in slices when an undo replaces it', async () => {
    // Small outlines: this is about the list, not the drawing.
    const many = blobZones({ count: 700, seed: 11, minVertices: 8, maxVertices: 12, region: [117.0, 39.28, 117.32, 39.45] }) as unknown as ZoneFeature[];
    const { page, context, errors } = await openPage(browser, baseUrl, { width: 1280, height: 800 });
    await page.goto(baseUrl);
    await waitForReady(page);
    const items = page.locator('[data-testid="zone-list"] [data-zone-id]');
    const file = JSON.stringify({ type: 'FeatureCollection', features: many } satisfies FeatureCollection<Geometry>);
    await page.getByTestId('import-input').setInputFiles({ name: 'many-zones.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(file) });
    await page.getByTestId('import-mode-replace').check();
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => items.count(), { timeout: SIGNAL_TIMEOUT_MS }).toBe(700);
    // In file order, in chunks of the list, and each with its area once the worker has measured it.
    expect(await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-zone-id')))).toEqual(many.map((zone) => zone.properties.id));
    expect(await page.locator('[data-testid="zone-list"] .zone-chunk').count()).toBe(Math.ceil(700 / ITEMS_PER_CHUNK));
    await expect.poll(() => page.locator('[data-testid="zone-list"] .zone-area').evaluateAll((cells) => cells.filter((cell) => !/平方公里$/.test(cell.textContent ?? '')).length), { timeout: SIGNAL_TIMEOUT_MS }).toBe(0);
    expect(await page.getByTestId('zone-list').getAttribute('aria-busy')).toBeNull();
    // Undo puts the default zones back: the 700 go a chunk at a time, the defaults come back whole.
    await page.getByTestId('undo').click();
    await expect.poll(() => items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-zone-id'))), { timeout: SIGNAL_TIMEOUT_MS }).toEqual(defaultZones.map((zone) => zone.properties.id));
    expect(errors).toEqual([]);
    await context.close();
  });
});
