import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runZones, type ReadFile } from '../../src/cli/runZones';
import { FIXTURES } from '../support/fixtures';

/**
 * The README documents the JSON that `zones area --json` and `zones validate --json` print, in
 * fenced blocks tagged `json cli-json=NAME`. This compares their keys with what the command prints
 * on files chosen to fill every documented key, so the README cannot drift from the output.
 */

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

function documentedShape(name: string): unknown {
  const match = new RegExp('```json cli-json=' + name + '\\n([\\s\\S]*?)\\n```').exec(README);
  if (!match) throw new Error(`README.md has no \`\`\`json cli-json=${name} block`);
  return JSON.parse(match[1]!);
}

/** Where keys sit in a JSON value: `errors[].params`, `checks.failures[]`; below `"…"` nothing. */
function keyPaths(value: unknown, prefix = '', paths = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keyPaths(item, `${prefix}[]`, paths);
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    // An object whose keys vary (a message's params): documented as { "…": "…" }.
    if (keys.includes('…')) return paths;
    for (const key of keys) {
      const path = prefix ? `${prefix}.${key}` : key;
      paths.add(path);
      keyPaths((value as Record<string, unknown>)[key], path, paths);
    }
  }
  return paths;
}

/** Paths inside objects the README leaves open (`params`), which any output may fill as it likes. */
function openPaths(documented: unknown): string[] {
  const open: string[] = [];
  const walk = (value: unknown, prefix: string) => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, `${prefix}[]`));
    else if (value !== null && typeof value === 'object') {
      if ('…' in value) open.push(prefix);
      else for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key);
    }
  };
  walk(documented, '');
  return open;
}

const readFile: ReadFile = (path) => (existsSync(path) ? { ok: true, bytes: readFileSync(path) } : { ok: false, reason: 'no such file' });

function output(...args: string[]): unknown {
  return JSON.parse(runZones(args, readFile).stdout);
}

const file = (...path: string[]) => join(FIXTURES, ...path);

/** Files that together give every documented key a value: repairs, warnings, conversions, skips. */
const AREA_RUNS = [
  ['area', join(import.meta.dirname, '../../data/zones.geojson'), '--json'],
  ['area', file('good', 'unclosed-ring.geojson'), '--json'],
  ['area', file('good', 'mixed-one-broken.geojson'), '--json'],
  ['area', file('coverage', 'in', 'bow-tie.geojson'), '--json'],
  ['area', file('import', 'awkward', 'gcj02-declared.geojson'), '--json', '--from', 'gcj02'],
];

const CASES: Record<string, string[][]> = {
  area: AREA_RUNS,
  // --pairs adds the keys of its own block; three-way.geojson has overlapping pairs to list.
  'area+area-pairs': [...AREA_RUNS, ['area', file('coverage', 'in', 'three-way.geojson'), '--json']].map((run) => [...run, '--pairs']),
  'area-error': [
    ['area', file('bad', 'empty-file.geojson'), '--json'],
    ['area', file('bad', 'ring-of-3.geojson'), '--json'],
    ['area', file('bad', 'no-such-file.geojson'), '--json'],
    ['area', file('import', 'bad', 'corrupt.zip'), '--json'],
  ],
  validate: [
    ['validate', file('good', 'mixed-one-broken.geojson'), '--json'],
    ['validate', file('import', 'awkward', 'epsg-4527.geojson'), '--json'],
    ['validate', file('import', 'awkward', 'gcj02-declared.geojson'), '--json', '--from', 'gcj02'],
    ['validate', file('bad', 'ring-of-3.geojson'), '--json'],
    ['validate', file('bad', 'no-such-file.geojson'), '--json'],
  ],
};

describe("the README's CLI JSON shapes", () => {
  for (const [name, runs] of Object.entries(CASES)) {
    it(`${name}: every printed key is documented, every documented key is printed, and the top-level keys are always all there`, () => {
      // 'a+b': the output of block a with the keys of block b added (an option's extra keys).
      const documented = Object.assign({}, ...name.split('+').map(documentedShape)) as Record<string, unknown>;
      const documentedPaths = keyPaths(documented);
      const open = openPaths(documented);
      const printedPaths = new Set<string>();
      for (const args of runs) {
        const printed = output(...args);
        const paths = [...keyPaths(printed)].filter((path) => !open.some((prefix) => path.startsWith(`${prefix}.`)));
        expect(paths.filter((path) => !documentedPaths.has(path)), `undocumented keys in ${args.join(' ')}`).toEqual([]);
        for (const path of paths) printedPaths.add(path);
        expect(Object.keys(printed as object).sort(), `top-level keys of ${args.join(' ')}`).toEqual(Object.keys(documented as object).sort());
      }
      expect([...documentedPaths].filter((path) => !printedPaths.has(path)), 'documented keys never printed').toEqual([]);
    });
  }
});
