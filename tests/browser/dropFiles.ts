import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { SIGNAL_TIMEOUT_MS } from './chromium';

/** Helpers for tests that drop import fixtures (tests/fixtures/import) into the page. */
const fixtures = resolve(import.meta.dirname, '../fixtures/import');

export function fixture(path: string): Buffer {
  return readFileSync(resolve(fixtures, path));
}

export async function listedZoneIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid="zone-list"] [data-zone-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-zone-id')!));
}

export async function alertTexts(page: Page): Promise<string[]> {
  return page.locator('[role="alert"] [data-testid="alert"]').allTextContents();
}

/** A real drop: a File built in the page, carried by a DataTransfer through dragenter and drop events. */
export async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ fileName, base64 }) => {
      const binary = atob(base64);
      const data = new Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index++) data[index] = binary.charCodeAt(index);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], fileName));
      return transfer;
    },
    { fileName: name, base64: bytes.toString('base64') },
  );
  await page.dispatchEvent('#map', 'dragenter', { dataTransfer });
  await page.dispatchEvent('#map', 'dragover', { dataTransfer });
  await page.dispatchEvent('#map', 'drop', { dataTransfer });
}

export async function waitForReview(page: Page): Promise<void> {
  await page.getByTestId('import-confirm').waitFor({ timeout: SIGNAL_TIMEOUT_MS });
}
