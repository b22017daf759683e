import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runZones, type ReadFile } from '../../src/cli/runZones';
import { xmlDepthExceeds } from '../../src/import/formats/xmlDepth';
import { importFile } from '../../src/import/importFile';
import { FIXTURES } from '../support/fixtures';

/** Every file of tests/fixtures/import/hostile/ through `zones validate` (in-process), as its README lists them. */
const HOSTILE = join(FIXTURES, 'import', 'hostile');
const readFile: ReadFile = (path) => ({ ok: true, bytes: readFileSync(path) });
const NAMES = ['西青区车联网自动驾驶示范道路', '东丽区智能网联测试区', '津南区无人配送示范区'];

interface Case {
  ok: boolean;
  errors: string[];
  warnings: string[];
  features: number;
  encoding?: string;
}

const CASES: Record<string, Case> = {
  'dbf-lying-count.zip': { ok: true, errors: [], warnings: ['shapefile-dbf-short'], features: 1 },
  'shp-truncated.zip': { ok: true, errors: ['shapefile-record-truncated'], warnings: [], features: 2 },
  'shp-missing-record.zip': { ok: true, errors: ['shapefile-record-missing'], warnings: [], features: 2 },
  'shp-lying-point-count.zip': { ok: true, errors: ['shapefile-record-invalid'], warnings: [], features: 2 },
  'shp-lying-record-length.zip': { ok: true, errors: ['shapefile-record-invalid'], warnings: [], features: 2 },
  'shp-cpg-utf8-over-gbk.zip': { ok: true, errors: [], warnings: ['encoding-contradicted'], features: 3, encoding: 'gb18030' },
  'shp-ldid-gbk.zip': { ok: true, errors: [], warnings: [], features: 3, encoding: 'gbk' },
  'zip-encrypted.zip': { ok: false, errors: ['zip-encrypted'], warnings: [], features: 0 },
  'zip-lying-sizes.zip': { ok: false, errors: ['zip-sizes-wrong'], warnings: [], features: 0 },
  'zip-lying-compressed-size.zip': { ok: false, errors: ['zip-sizes-wrong'], warnings: [], features: 0 },
  'geojson-gbk.geojson': { ok: true, errors: [], warnings: ['encoding-guessed'], features: 3, encoding: 'gb18030' },
  'geojson-big5.geojson': { ok: true, errors: [], warnings: ['encoding-guessed'], features: 3, encoding: 'gb18030' },
  'geojson-utf16le-bom.geojson': { ok: true, errors: [], warnings: [], features: 3, encoding: 'utf-16le' },
  'geojson-utf16be-bom.geojson': { ok: true, errors: [], warnings: [], features: 3, encoding: 'utf-16be' },
  'geojson-replacement-char.geojson': { ok: true, errors: [], warnings: ['text-undecodable'], features: 3, encoding: 'utf-8' },
  'kml-gbk-declared.kml': { ok: true, errors: [], warnings: [], features: 3, encoding: 'gbk' },
  'kml-utf8-declared-gbk-bytes.kml': { ok: true, errors: [], warnings: ['encoding-contradicted'], features: 3, encoding: 'gb18030' },
  'kml-deep.kml': { ok: false, errors: ['kml-too-deep'], warnings: [], features: 0 },
  'topojson-bad-arc.topojson': { ok: false, errors: ['topojson-arc-invalid'], warnings: [], features: 0 },
};

function validate(name: string, args: string[] = []) {
  const outcome = runZones(['validate', join(HOSTILE, name), '--json', ...args], readFile);
  return { exitCode: outcome.exitCode, report: JSON.parse(outcome.stdout) };
}
const codes = (messages: { code: string }[]) => messages.map((message) => message.code);
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(HOSTILE, name)));

describe('hostile fixtures through zones validate', () => {
  it.each(Object.entries(CASES))('%s', (name, expected) => {
    const { exitCode, report } = validate(name);
    expect(exitCode).toBe(expected.ok ? 0 : 1);
    expect(report.ok).toBe(expected.ok);
    expect(report.features).toBe(expected.features);
    expect(codes(report.errors)).toEqual(expected.errors);
    expect(codes(report.warnings)).toEqual(expected.warnings);
    if (expected.encoding) expect(report.encoding.encoding).toBe(expected.encoding);
    for (const message of [...report.errors, ...report.warnings]) expect(message.message).toContain(name);
  });

  it('lists every file of the folder here and in its README', () => {
    const readme = readFileSync(join(HOSTILE, 'README.md'), 'utf8');
    const files = readdirSync(HOSTILE).filter((file) => file !== 'README.md').sort();
    expect(files).toEqual(Object.keys(CASES).sort());
    for (const file of files) expect(readme).toContain(`\`${file}\``);
  });
});

describe('nothing lost without a word', () => {
  it('names the record whose geometry is cut short, with its attributes, and loads the others', () => {
    const result = importFile(bytesOf('shp-truncated.zip'), 'shp-truncated.zip');
    expect(result.zones.map((zone) => zone.properties.name_zh)).toEqual(NAMES.slice(0, 2));
    expect(result.skippedFeatureIndices).toEqual([2]);
    expect(result.errors[0]).toMatchObject({ code: 'shapefile-record-truncated', featureIndex: 2, featureName: NAMES[2] });
  });

  it('finds the records after one whose length lies through the .shx, and names the damaged one', () => {
    const result = importFile(bytesOf('shp-lying-record-length.zip'), 'shp-lying-record-length.zip');
    expect(result.zones.map((zone) => zone.properties.name_zh)).toEqual([NAMES[0], NAMES[2]]);
    expect(result.errors[0]).toMatchObject({ code: 'shapefile-record-invalid', featureIndex: 1, featureName: NAMES[1] });
  });

  it('reads the records a lying .dbf holds and says how many it claimed', () => {
    const result = importFile(bytesOf('dbf-lying-count.zip'), 'dbf-lying-count.zip');
    expect(result.zones.map((zone) => zone.properties.name_zh)).toEqual(['谎报记录数']);
    expect(result.warnings[0]!.params).toMatchObject({ declared: 4_000_000_000, present: 1 });
  });

  it('loads a shape past the end of a short .dbf without attributes, naming it', () => {
    // The full .shp with a .dbf of one record: records 2 and 3 have shapes but no attributes.
    const parts = unzipSync(bytesOf('shp-truncated.zip'));
    const full = unzipSync(bytesOf('shp-ldid-gbk.zip'));
    const dbf = parts['zones.dbf']!;
    const header = new DataView(dbf.buffer, dbf.byteOffset).getUint16(8, true);
    const recordLength = new DataView(dbf.buffer, dbf.byteOffset).getUint16(10, true);
    const result = importFile(zipSync({ 'z.shp': full['zones.shp']!, 'z.shx': full['zones.shx']!, 'z.dbf': dbf.slice(0, header + recordLength), 'z.cpg': parts['zones.cpg']! }), 'short-dbf.zip');
    expect(result.zones).toHaveLength(3);
    expect(result.warnings.filter((warning) => warning.code === 'shapefile-attributes-missing').map((warning) => warning.featureIndex)).toEqual([1, 2]);
    expect(codes(result.warnings)).toContain('shapefile-dbf-short');
  });
});

describe('zip archives are checked before they are inflated', () => {
  it('refuses an end record that counts more entries than its directory can hold, without looping over them', () => {
    const zip = zipSync({ 'zones.shp': new Uint8Array(200), 'zones.dbf': new Uint8Array(40) });
    const view = new DataView(zip.buffer);
    const end = zip.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    view.setUint16(end + 8, 60_000, true);
    view.setUint16(end + 10, 60_000, true);
    const result = importFile(zip, 'many.zip');
    expect(result.errors).toEqual([expect.objectContaining({ code: 'zip-truncated', params: expect.objectContaining({ entries: 60_000 }) })]);
  });

  it('reads entry names a Chinese Windows zipped in GBK', () => {
    const parts = unzipSync(bytesOf('shp-ldid-gbk.zip'));
    const zip = zipSync({ 'aaaa.shp': parts['zones.shp']!, 'aaaa.shx': parts['zones.shx']! });
    // Replace the ASCII name "aaaa" by the GBK bytes of 区域 in every header; fflate set no UTF-8 flag for ASCII names.
    for (let at = 0; at + 4 <= zip.length; at += 1) if (zip[at] === 0x61 && zip[at + 1] === 0x61 && zip[at + 2] === 0x61 && zip[at + 3] === 0x61) zip.set([0xc7, 0xf8, 0xd3, 0xf2], at);
    const result = importFile(zip, 'gbk-names.zip');
    expect(result.zones).toHaveLength(3);
    expect(result.warnings[0]).toMatchObject({ code: 'shapefile-missing-dbf', params: expect.objectContaining({ layer: '区域' }) });
  });
});

describe('text decoding', () => {
  it.each(['geojson-gbk.geojson', 'geojson-utf16le-bom.geojson', 'geojson-utf16be-bom.geojson', 'kml-gbk-declared.kml', 'kml-utf8-declared-gbk-bytes.kml', 'shp-cpg-utf8-over-gbk.zip', 'shp-ldid-gbk.zip'])(
    '%s: names decoded right, no U+FFFD',
    (name) => {
      const result = importFile(bytesOf(name), name);
      expect(result.zones.map((zone) => zone.properties.name_zh)).toEqual(NAMES);
      expect(JSON.stringify(result.features)).not.toContain('\uFFFD');
    },
  );

  it('takes a UTF-16 declaration without a byte-order mark for the contradiction it is', () => {
    const kml = '<?xml version="1.0" encoding="UTF-16"?><kml><Document><Placemark><name>西青</name><Point><coordinates>117.1,39.1</coordinates></Point></Placemark></Document></kml>';
    const result = importFile(new TextEncoder().encode(kml), 'utf16-declared.kml');
    expect(result.features[0]!.properties.name_zh).toBe('西青');
    expect(result.encoding).toMatchObject({ encoding: 'utf-8', declared: 'UTF-16', contradicted: true });
  });

  it('sniffs UTF-16 text by its byte-order mark when the name says nothing', () => {
    const result = importFile(bytesOf('geojson-utf16le-bom.geojson'), 'zones.txt');
    expect(result).toMatchObject({ ok: true, format: 'geojson', encoding: { encoding: 'utf-16le', basis: 'bom' } });
  });

  it('re-reads with the encoding the editor chooses (Big5), and reports it', () => {
    const guessed = importFile(bytesOf('geojson-big5.geojson'), 'big5.geojson');
    expect(guessed.zones[0]!.properties.name_zh).not.toBe('西青區車聯網示範道路');
    const chosen = importFile(bytesOf('geojson-big5.geojson'), 'big5.geojson', { encoding: 'big5' });
    expect(chosen.zones.map((zone) => zone.properties.name_zh)).toEqual(['西青區車聯網示範道路', '東麗區智能網聯測試區', '津南區無人配送示範區']);
    expect(chosen.encoding).toEqual({ encoding: 'big5', basis: 'chosen' });
    expect(chosen.warnings).toEqual([]);
  });

  it('takes --encoding on the command line and reports the encoding in its JSON', () => {
    const { report } = validate('geojson-big5.geojson', ['--encoding', 'big5']);
    expect(report.encoding).toEqual({ encoding: 'big5', basis: 'chosen', declared: null, contradicted: false, unknownDeclared: false });
    expect(report.warnings).toEqual([]);
    const area = JSON.parse(runZones(['area', join(HOSTILE, 'geojson-gbk.geojson'), '--json', '--encoding', 'GBK'], readFile).stdout);
    expect(area.encoding).toEqual({ encoding: 'gbk', basis: 'chosen', declared: null, contradicted: false, unknownDeclared: false });
    expect(area.features.map((feature: { name: string }) => feature.name)).toEqual(NAMES);
    expect(runZones(['validate', 'x.geojson', '--encoding', 'klingon'], readFile)).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('--encoding klingon') });
  });

  it('counts XML depth past comments and CDATA (KML descriptions carry HTML)', () => {
    expect(xmlDepthExceeds('<a><![CDATA[<b><b><b><b>]]><!-- <c><c><c> --><d/></a>', 2)).toBeNull();
    expect(xmlDepthExceeds('<a><b><c></c></b></a>', 2)).toBe(3);
  });
});

describe('sizes before reading', () => {
  it('the command refuses a 201 MiB file by its size (stat), before reading it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'zones-'));
    const path = join(folder, 'huge.geojson');
    try {
      writeFileSync(path, '');
      truncateSync(path, 201 * 1024 * 1024); // sparse: no disk space used
      const run = promisify(execFile);
      const outcome = await run(process.execPath, ['--import', 'tsx', 'src/cli/zones.ts', 'validate', path, '--json'], { cwd: join(import.meta.dirname, '..', '..') }).catch((error: { code: number; stdout: string }) => error);
      expect(outcome).toMatchObject({ code: 1 });
      expect(JSON.parse((outcome as { stdout: string }).stdout).errors[0]).toMatchObject({ code: 'file-too-large', params: expect.objectContaining({ megabytes: 201 }) });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
