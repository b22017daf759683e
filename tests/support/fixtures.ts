import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Names (without extension) of the `.geojson` inputs in a fixture folder such as `area/in`. */
export function fixtureNames(folder: string): string[] {
  return readdirSync(join(FIXTURES, folder))
    .filter((name) => name.endsWith('.geojson'))
    .map((name) => basename(name, '.geojson'))
    .sort();
}

export function readJson<T>(...path: string[]): T {
  return JSON.parse(readFileSync(join(FIXTURES, ...path), 'utf8')) as T;
}

/** |a − b| / |b|; the tests' measure of agreement with a reference. */
export function relativeDifference(value: number, reference: number): number {
  return Math.abs(value - reference) / Math.abs(reference);
}
