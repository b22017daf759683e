import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runZones, type ReadFile } from '../../src/cli/runZones';
import { FIXTURES, readJson, relativeDifference } from '../support/fixtures';

/** Runs the real command in a child process, as a person or a script would. */
const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

async function zones(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/zones.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const fixture = (...path: string[]) => join(FIXTURES, ...path);
const readFromDisk: ReadFile = (path) => ({ ok: true, bytes: readFileSync(path) });

describe('zones area', () => {
  it('prints the JSON of issue 3 and exits 0 (through npm, as documented)', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'zones', '--', 'area', fixture('coverage', 'in', 'half-overlap.geojson'), '--json'], { cwd: ROOT });
    const report = JSON.parse(stdout);
    expect(Object.keys(report).slice(0, 9)).toEqual(['features', 'sum_m2', 'union_m2', 'overlap_m2', 'target_m2', 'progress', 'method', 'repairs', 'warnings']);
    expect(report.features).toEqual([
      { index: 0, id: 'A', name: 'A', area_m2: expect.any(Number) },
      { index: 1, id: 'B', name: 'B', area_m2: expect.any(Number) },
    ]);
    const expected = readJson<{ zoneAreasSquareMetres: number[]; unionSquareMetres: number }>('coverage', 'out', 'half-overlap.json');
    expect(relativeDifference(report.union_m2, expected.unionSquareMetres)).toBeLessThan(1e-9);
    expect(relativeDifference(report.sum_m2, expected.zoneAreasSquareMetres[0]! + expected.zoneAreasSquareMetres[1]!)).toBeLessThan(1e-9);
    expect(report.overlap_m2).toBeCloseTo(report.sum_m2 - report.union_m2, 3);
    expect(report.target_m2).toBe(600e6);
    expect(report.progress).toBeCloseTo(report.union_m2 / 600e6, 12);
    expect(report.method).toBe('WGS-84 ellipsoid, geodesic edges (GeographicLib)');
    expect(report.repairs).toEqual([]);
  });

  // In-process from here on where only the command's logic is under test: spawning costs a second each.
  it('takes a target in km² and reports repairs', () => {
    const { exitCode: code, stdout } = runZones(['area', fixture('coverage', 'in', 'bow-tie.geojson'), '--json', '--target', '2'], readFromDisk);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.target_m2).toBe(2e6);
    expect(report.progress).toBeCloseTo(report.union_m2 / 2e6, 12);
    expect(report.repairs).toEqual([{ index: 0, id: 'bow', kind: 'self-intersection', detail: expect.stringContaining('#0 (bow)') }]);
  });

  it('reports an unclosed ring the importer closed as a repair', () => {
    const report = JSON.parse(runZones(['area', fixture('good', 'unclosed-ring.geojson'), '--json'], readFromDisk).stdout);
    expect(report.repairs).toEqual([expect.objectContaining({ index: 0, id: 'open', kind: 'ring-closed' })]);
  });

  it('prints a table without --json', () => {
    const { exitCode: code, stdout } = runZones(['area', fixture('coverage', 'in', 'three-way.geojson')], readFromDisk);
    expect(code).toBe(0);
    expect(stdout).toMatch(/union \(coverage\)\s+19\.227055 km²/);
    expect(stdout).toContain('WGS-84 ellipsoid, geodesic edges (GeographicLib)');
  });

  it('lists the pairs that overlap most with --pairs, and how many overlap', () => {
    const plain = JSON.parse(runZones(['area', fixture('coverage', 'in', 'three-way.geojson'), '--json'], readFromDisk).stdout);
    expect(plain).not.toHaveProperty('overlap_pairs');
    const report = JSON.parse(runZones(['area', fixture('coverage', 'in', 'three-way.geojson'), '--json', '--pairs'], readFromDisk).stdout);
    // A, B and C stacked 1 km apart: A∩B and B∩C 2 km wide, A∩C 1 km.
    expect(report.overlap_pairs.largest.map((pair: { a: { id: string }; b: { id: string } }) => [pair.a.id, pair.b.id])).toEqual([
      ['A', 'B'],
      ['B', 'C'],
      ['A', 'C'],
    ]);
    expect(report.overlap_pairs.count).toBe(3);
    expect(report.overlap_pairs.complete).toBe(true);
    const total = report.overlap_pairs.largest.reduce((sum: number, pair: { overlap_m2: number }) => sum + pair.overlap_m2, 0);
    expect(report.overlap_pairs.total_m2).toBeCloseTo(total, 6);
    expect(runZones(['area', fixture('coverage', 'in', 'three-way.geojson'), '--pairs'], readFromDisk).stdout).toMatch(/Overlapping pairs: 3, /);
  });

  // Rejected files exit 1 with a JSON error (in-process; `zones validate` below spawns one).
  it.each([
    ['not-json.geojson', 'invalid-json'],
    ['nested-200000.geojson', 'nesting-too-deep'],
    ['wrong-type.geojson', 'no-loadable-feature'],
    ['ring-of-3.geojson', 'ring-too-short'],
    ['latitude-out-of-range.geojson', 'latitude-out-of-range'],
    ['empty-collection.geojson', 'no-loadable-feature'],
  ])('exits 1 with a JSON error on bad/%s (%s)', (name, code) => {
    const outcome = runZones(['area', fixture('bad', name), '--json'], readFromDisk);
    expect(outcome.exitCode).toBe(1);
    const { error } = JSON.parse(outcome.stdout);
    expect(error.code).toBe(code);
    expect(error.message).toContain(name);
  });

  it('prints the file\'s messages in English by default and in Chinese with --lang zh-CN', () => {
    const file = fixture('bad', 'ring-of-3.geojson');
    const english = JSON.parse(runZones(['area', file, '--json'], readFromDisk).stdout).error;
    expect(english.message).toBe(`${file}: feature #0 (id "tri", name "三点环"): ring 0 has 3 position(s); a ring needs at least 4 (the last repeating the first).`);
    const chinese = JSON.parse(runZones(['area', file, '--json', '--lang', 'zh-CN'], readFromDisk).stdout).error;
    expect(chinese.code).toBe(english.code);
    expect(chinese.message).toBe(`${file}：要素 #0（id "tri"，名称 "三点环"）：环 0 只有 3 个点；环至少需要 4 个点（最后一点与第一点相同）。`);
    const table = runZones(['validate', fixture('import', 'awkward', 'gcj02-declared.geojson'), '--from', 'gcj02', '--lang', 'zh-cn'], readFromDisk);
    expect(table.stdout).toMatch(/^.*gcj02-declared\.geojson：可导入，格式 geojson，1 个要素\n/);
    expect(table.stdout).toMatch(/\n提示：.*从 GCJ-02（高德、腾讯） 转换为 WGS-84/);
    const chineseTable = runZones(['area', fixture('coverage', 'in', 'three-way.geojson'), '--lang', 'zh-CN'], readFromDisk).stdout;
    expect(chineseTable).toMatch(/并集（覆盖面积）\s+19\.227055 km²/);
    expect(chineseTable).toContain('面积算法：WGS-84 椭球面');
    expect(runZones(['area', file, '--lang', 'fr'], readFromDisk)).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('--lang fr is not one of zh-CN, en') });
  });

  it('reads any format and takes --from, keeping the JSON shape (spawned)', async () => {
    const result = await zones('area', fixture('import', 'awkward', 'gcj02-declared.geojson'), '--json', '--from', 'gcj02');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report).slice(0, 9)).toEqual(['features', 'sum_m2', 'union_m2', 'overlap_m2', 'target_m2', 'progress', 'method', 'repairs', 'warnings']);
    expect(report.warnings.map((warning: { code: string }) => warning.code)).toEqual(['datum-shifted']);
    const shapefile = runZones(['area', fixture('import', 'awkward', 'shapefile-gbk-4527.zip'), '--json'], readFromDisk);
    expect(JSON.parse(shapefile.stdout).features.map((feature: { name: string }) => feature.name)).toEqual(['西青区车联网先导区', '东丽区示范区']);
  });

  it('exits 1 when the file cannot be read', async () => {
    const result = await zones('area', fixture('bad', 'no-such-file.geojson'), '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error).toMatchObject({ code: 'file-unreadable', message: expect.stringContaining('no such file') });
  });
});

describe('zones validate', () => {
  it('exits 0 for a file that loads, listing warnings and skipped features', () => {
    const result = runZones(['validate', fixture('good', 'mixed-one-broken.geojson'), '--json'], readFromDisk);
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: true, features: 3 });
    expect(report.errors).toEqual([expect.objectContaining({ code: 'ring-too-short', feature: 5, featureId: 'broken', featureName: '坏要素' })]);
    expect(report.warnings.map((warning: { code: string }) => warning.code)).toEqual(['not-an-area', 'not-an-area', 'geometry-null', 'geometry-empty']);
  });

  it('exits 1 for a rejected file', async () => {
    const result = await zones('validate', fixture('import', 'bad', 'corrupt.zip'), '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, features: 0, errors: [expect.objectContaining({ code: 'zip-invalid', feature: null })] });
  });

  it('exits 0 for a zipped shapefile, naming the format and the conversion in text', async () => {
    const result = await zones('validate', fixture('import', 'awkward', 'shapefile-gbk-4527.zip'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('loads as shapefile, 2 feature(s)');
    expect(result.stdout).toContain('coordinates: Read as EPSG:4527');
  });
});

describe('zones usage', () => {
  it('prints help and exits 0 when asked', async () => {
    const result = await zones('help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('zones area FILE [--json] [--target KM2]');
  });

  it('exits 2 with help on stderr for wrong usage', async () => {
    const result = await zones('area');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('zones: missing FILE');
    expect(result.stderr).toContain('Usage:');
  });

  // The same rule for every kind of wrong usage, without spawning a process for each.
  const unreadable: ReadFile = () => ({ ok: false, reason: 'not read in this test' });
  it.each([[[]], [['frobnicate']], [['area', 'a.geojson', '--bogus']], [['area', 'a.geojson', '--target', 'lots']], [['area', 'a.geojson', 'b.geojson']], [['validate', 'a.geojson', '--from', 'wgs-84']], [['validate', 'a.geojson', '--from']]])(
    'runZones exits 2 with help on stderr for %j',
    (args) => {
      const outcome = runZones(args, unreadable);
      expect(outcome.exitCode).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toContain('Usage:');
    },
  );
});
