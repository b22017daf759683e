import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runZones, type ReadFile } from '../../src/cli/runZones';
import { FIXTURES } from '../support/fixtures';

/**
 * Every file of the import corpus through the `zones validate` command (in-process: the same
 * `runZones` the binary runs; cli.test.ts spawns the real process for a few of them). The table
 * is the README's, so a fixture added without an expected outcome fails here.
 */
const CORPUS = join(FIXTURES, 'import');
const readFile: ReadFile = (path) => ({ ok: true, bytes: readFileSync(path) });

interface Case {
  errors: string[];
  warnings: string[];
  features: number;
  args?: string[];
}

const BAD: Record<string, Case> = {
  'not-json.geojson': { errors: ['invalid-json'], warnings: [], features: 0 },
  'truncated.geojson': { errors: ['invalid-json'], warnings: [], features: 0 },
  'wrong-types.geojson': { errors: ['position-invalid', 'no-loadable-feature'], warnings: [], features: 0 },
  'ring-of-3.geojson': { errors: ['ring-too-short', 'no-loadable-feature'], warnings: [], features: 0 },
  'latitude-out-of-range.geojson': { errors: ['latitude-out-of-range', 'no-loadable-feature'], warnings: ['coordinates-unrecognised'], features: 0 },
  'nested-200000.geojson': { errors: ['nesting-too-deep'], warnings: [], features: 0 },
  'empty.geojson': { errors: ['file-empty'], warnings: [], features: 0 },
  'no-loadable-feature.geojson': { errors: ['no-loadable-feature'], warnings: ['geometry-null', 'geometry-empty'], features: 0 },
  'unknown-crs.geojson': { errors: ['crs-unsupported'], warnings: [], features: 0 },
  'shapefile-missing-shp.zip': { errors: ['shapefile-missing-shp'], warnings: [], features: 0 },
  'corrupt.zip': { errors: ['zip-invalid'], warnings: [], features: 0 },
  'unsupported.xls': { errors: ['format-unsupported'], warnings: [], features: 0 },
  'broken.kml': { errors: ['kml-invalid'], warnings: [], features: 0 },
  'kmz-without-kml.kmz': { errors: ['kmz-missing-kml'], warnings: [], features: 0 },
  'broken.topojson': { errors: ['topojson-members-missing'], warnings: [], features: 0 },
  'no-coordinates.csv': { errors: ['csv-no-coordinates'], warnings: [], features: 0 },
  'header-only.csv': { errors: ['csv-no-rows'], warnings: [], features: 0 },
};

const AWKWARD: Record<string, Case> = {
  'bom.geojson': { errors: [], warnings: [], features: 2 },
  'bare-geometry.geojson': { errors: [], warnings: [], features: 1 },
  'single-feature.geojson': { errors: [], warnings: [], features: 1 },
  'swapped-axes.geojson': { errors: [], warnings: ['axes-swapped'], features: 1 },
  'epsg-3857.geojson': { errors: [], warnings: ['projection-detected'], features: 1 },
  'epsg-4527.geojson': { errors: [], warnings: ['projection-detected'], features: 1 },
  'epsg-4548.geojson': { errors: [], warnings: ['projection-detected'], features: 1 },
  'crs-member-4527.geojson': { errors: [], warnings: ['crs-converted'], features: 1 },
  'crs-crs84.geojson': { errors: [], warnings: ['crs-geographic'], features: 2 },
  'gcj02-declared.geojson': { errors: [], warnings: ['datum-shifted'], features: 1, args: ['--from', 'gcj02'] },
  'bd09-declared.geojson': { errors: [], warnings: ['datum-shifted'], features: 1, args: ['--from', 'bd09'] },
  'unclosed-ring.geojson': { errors: [], warnings: ['ring-not-closed'], features: 1 },
  'clockwise-outer.geojson': { errors: [], warnings: ['winding-fixed'], features: 1 },
  'bow-tie.geojson': { errors: [], warnings: ['self-intersection'], features: 1 },
  'hole-outside-shell.geojson': { errors: [], warnings: ['hole-outside-shell'], features: 1 },
  'null-geometry.geojson': { errors: [], warnings: ['geometry-null', 'geometry-empty'], features: 1 },
  'points-and-lines.geojson': { errors: [], warnings: ['not-an-area', 'not-an-area'], features: 3 },
  'chinese-keys.geojson': { errors: [], warnings: [], features: 2 },
  'proto-keys.geojson': { errors: [], warnings: [], features: 1 },
  'duplicate-keys.geojson': { errors: [], warnings: ['duplicate-key'], features: 2 },
  'shapefile-gbk-4527.zip': { errors: [], warnings: ['crs-converted'], features: 2 },
  'shapefile-gbk-no-cpg.zip': { errors: [], warnings: ['shapefile-encoding-guessed'], features: 1 },
  'zones.kml': { errors: [], warnings: [], features: 2 },
  'zones.kmz': { errors: [], warnings: [], features: 2 },
  'zones.topojson': { errors: [], warnings: [], features: 2 },
  'canonical.geojson': { errors: [], warnings: [], features: 2 },
  'hostile-ids.geojson': { errors: [], warnings: [], features: 3 },
  'shapefile-proto-field.zip': { errors: [], warnings: [], features: 1 },
  'overlays.kml': { errors: [], warnings: ['kml-not-a-zone', 'kml-not-a-zone', 'kml-not-a-zone', 'kml-not-a-zone'], features: 1 },
  'far-from-tianjin.geojson': { errors: [], warnings: ['winding-fixed', 'far-from-tianjin', 'far-from-tianjin'], features: 3 },
  'rsu-sites.csv': { errors: [], warnings: ['not-an-area', 'not-an-area', 'not-an-area'], features: 3 },
  'rsu-sites-gbk.csv': { errors: [], warnings: ['encoding-guessed', 'not-an-area', 'not-an-area', 'not-an-area'], features: 3 },
  'rsu-sites.tsv': { errors: [], warnings: ['not-an-area', 'not-an-area'], features: 2 },
  'rsu-sites-utf16.tsv': { errors: [], warnings: ['not-an-area'], features: 1 },
  'rsu-gcj02.csv': { errors: [], warnings: ['not-an-area', 'datum-shifted'], features: 1, args: ['--from', 'gcj02'] },
  'zones-wkt.csv': { errors: [], warnings: ['csv-wkt-invalid', 'geometry-null'], features: 2 },
  'guessed-columns.csv': { errors: [], warnings: ['csv-columns-guessed', 'not-an-area', 'not-an-area'], features: 2 },
  'bad-position-row.csv': { errors: ['position-invalid'], warnings: ['not-an-area'], features: 1 },
};

function validate(folder: string, name: string, args: string[] = []) {
  const outcome = runZones(['validate', join(CORPUS, folder, name), '--json', ...args], readFile);
  return { exitCode: outcome.exitCode, report: JSON.parse(outcome.stdout) };
}

const codes = (messages: { code: string }[]) => messages.map((message) => message.code);

describe('import fixture corpus through zones validate', () => {
  it.each(Object.entries(BAD))('bad/%s is rejected (exit 1) with its errors, naming the file', (name, expected) => {
    const { exitCode, report } = validate('bad', name, expected.args);
    expect(exitCode).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.features).toBe(0);
    expect(codes(report.errors)).toEqual(expected.errors);
    expect(codes(report.warnings)).toEqual(expected.warnings);
    for (const error of report.errors) expect(error.message).toContain(name);
  });

  it.each(Object.entries(AWKWARD))('awkward/%s loads (exit 0) with its warnings listed', (name, expected) => {
    const { exitCode, report } = validate('awkward', name, expected.args);
    expect(exitCode).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.features).toBe(expected.features);
    expect(codes(report.errors)).toEqual(expected.errors);
    expect(codes(report.warnings)).toEqual(expected.warnings);
  });

  it.each([
    ['bad', BAD],
    ['awkward', AWKWARD],
  ] as const)('every file in %s/ has an expected outcome here and a line in the README', (folder, table) => {
    const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8');
    const files = readdirSync(join(CORPUS, folder)).sort();
    expect(files).toEqual(Object.keys(table).sort());
    for (const file of files) expect(readme).toContain(`\`${file}\``);
  });

  it('gives the bow-tie a make-valid repair when asked', () => {
    const { report } = validate('awkward', 'bow-tie.geojson', ['--make-valid']);
    expect(codes(report.warnings)).toEqual(['geometry-made-valid']);
  });

  it('loads the GCJ-02 file unshifted and without a word when nothing is declared (it cannot be told from the numbers)', () => {
    const { report } = validate('awkward', 'gcj02-declared.geojson');
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([]);
    expect(report.coordinateSystem).toMatchObject({ detected: 'wgs84', applied: [] });
  });
});
