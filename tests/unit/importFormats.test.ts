import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canonicalEncoding, decodeText } from '../../src/import/encoding/textEncoding';
import { importFile } from '../../src/import/importFile';
import { MAX_IMPORT_BYTES } from '../../src/import/importLimits';
import { FIXTURES } from '../support/fixtures';
import { translateImportMessage } from '../../src/i18n/importMessages';

const bytesOf = (folder: string, name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'import', folder, name)));

describe('formats, sniffed by name and by bytes', () => {
  it.each([
    ['shapefile-gbk-4527.zip', 'zones.bin', 'shapefile'],
    ['zones.kml', 'zones.xml', 'kml'],
    ['zones.topojson', 'zones.json', 'topojson'],
    ['zones.topojson', 'zones', 'topojson'],
    ['bom.geojson', 'zones.txt', 'geojson'],
    ['zones.kmz', 'zones.kmz', 'kmz'],
  ])('%s named %s is read as %s', (fixture, fileName, format) => {
    const result = importFile(bytesOf('awkward', fixture), fileName);
    expect(result.format).toBe(format);
    expect(result.ok).toBe(true);
  });

  it('reads a KMZ that arrives as a .zip', () => {
    const result = importFile(bytesOf('awkward', 'zones.kmz'), 'zones.zip');
    expect(result.ok).toBe(true);
    expect(result.format).toBe('kmz');
  });

  it('refuses a file over the size cap before reading it, naming both sizes', () => {
    const result = importFile(new Uint8Array(MAX_IMPORT_BYTES + 1), 'huge.geojson');
    expect(result.errors).toEqual([expect.objectContaining({ code: 'file-too-large', params: expect.objectContaining({ megabytes: 201, limitMegabytes: 200 }) })]);
  });

  it('refuses a zip that would expand past the cap (a zip bomb) without inflating it', () => {
    const zip = zipSync({ 'zones.shp': new Uint8Array(1000), 'zones.dbf': new Uint8Array(10) });
    const view = new DataView(zip.buffer);
    // Central directory entries (PK\1\2) hold the uncompressed size at +24: claim 4 GiB.
    for (let at = 0; at + 4 < zip.length; at += 1) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0xfffffff0, true);
    const result = importFile(zip, 'bomb.zip');
    expect(result.errors).toEqual([expect.objectContaining({ code: 'zip-too-large' })]);
    expect(translateImportMessage('en', result.errors[0]!)).toContain('expand');
  });

  it('tells a lone .shp to come zipped', () => {
    expect(translateImportMessage('en', importFile(new Uint8Array([0, 0, 39, 10, 1]), 'zones.shp').errors[0]!)).toContain('one .zip');
  });

  it('reports what is wrong, never throws, on random bytes in every format', () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251);
    for (const name of ['x.geojson', 'x.topojson', 'x.kml', 'x.kmz', 'x.zip']) {
      const result = importFile(noise, name);
      expect(result.ok).toBe(false);
      expect(translateImportMessage('en', result.errors[0]!).startsWith(`${name}: `)).toBe(true);
    }
  });
});

describe('zipped shapefiles', () => {
  it('decodes GBK attributes per the .cpg and reprojects per the .prj', () => {
    const result = importFile(bytesOf('awkward', 'shapefile-gbk-4527.zip'), 'zones.zip');
    expect(result.zones.map((zone) => [zone.properties.name_zh, zone.properties.district, zone.properties.kind, zone.properties.phase])).toEqual([
      ['西青区车联网先导区', '西青区', 'pilot-zone', 2020],
      ['东丽区示范区', '东丽区', 'demo-zone', 2022],
    ]);
    expect(Object.keys(result.zones[0]!.properties).slice(0, 4)).toEqual(['名称', '区县', '类型', '年份']);
    expect(result.coordinateSystem).toMatchObject({ stated: 'CGCS2000_3_Degree_GK_Zone_39', source: 'epsg:4527' });
    const [longitude, latitude] = (result.zones[0]!.geometry.coordinates[0] as number[][])[0]!;
    expect(longitude).toBeCloseTo(117.012345678912, 9);
    expect(latitude).toBeCloseTo(39.051234567891, 9);
    expect(result.zones[0]!.geometry).not.toHaveProperty('bbox');
  });

  it('guesses GBK, and says so, when nothing names the encoding and the text is not UTF-8', () => {
    const result = importFile(bytesOf('awkward', 'shapefile-gbk-no-cpg.zip'), 'zones.zip');
    expect(result.zones[0]!.properties.name_zh).toBe('西青无编码说明');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['shapefile-encoding-guessed']);
  });

  it.each([
    ['GBK', 'gbk'],
    ['936', 'gbk'],
    ['ANSI 936', 'gbk'],
    ['CP936', 'gbk'],
    ['GB18030', 'gb18030'],
    ['UTF-8', 'utf-8'],
    ['utf8', 'utf-8'],
    ['950', 'big5'],
    ['1252', 'windows-1252'],
  ])('reads the declared encoding %j as %s', (declared, encoding) => {
    expect(canonicalEncoding(declared)).toBe(encoding);
    expect(decodeText(new TextEncoder().encode('abc'), { declared }).report).toEqual({ encoding, basis: 'declared', declared });
  });

  it('reads an unknown declaration by the bytes, and says it was unknown', () => {
    expect(canonicalEncoding('klingon')).toBeNull();
    expect(decodeText(new TextEncoder().encode('西青'), { declared: 'klingon' })).toEqual({ text: '西青', report: { encoding: 'utf-8', basis: 'utf-8', declared: 'klingon', unknownDeclared: true } });
  });

  it('reads the first of several shapefiles in one zip and names the others', () => {
    const files = unzipSync(bytesOf('awkward', 'shapefile-gbk-4527.zip'));
    const renamed = Object.fromEntries(Object.entries(files).flatMap(([path, data]) => [[path, data], [path.replace('区域', '第二层'), data]]));
    const result = importFile(zipSync(renamed), 'two-layers.zip');
    expect(result.ok).toBe(true);
    expect(result.warnings[0]).toMatchObject({ code: 'shapefile-several-layers', params: expect.objectContaining({ layer: '区域.shp', others: '第二层.shp' }) });
  });

  it('loads shapes without attributes when the .dbf is missing', () => {
    const files = unzipSync(bytesOf('awkward', 'shapefile-gbk-4527.zip'));
    const withoutDbf = Object.fromEntries(Object.entries(files).filter(([path]) => !path.endsWith('.dbf')));
    const result = importFile(zipSync(withoutDbf), 'no-dbf.zip');
    expect(result.features).toHaveLength(2);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['shapefile-missing-dbf', 'crs-converted']);
  });
});

describe('KML and TopoJSON', () => {
  it('turns a KML MultiGeometry of polygons into one MultiPolygon zone, with its ExtendedData', () => {
    const result = importFile(bytesOf('awkward', 'zones.kml'), 'zones.kml');
    expect(result.zones.map((zone) => [zone.id, zone.geometry.type, zone.properties.name_zh, zone.properties.district])).toEqual([
      ['xq-kml', 'Polygon', '西青KML区', '西青区'],
      ['two-parts', 'MultiPolygon', '两块区域', '东丽区'],
    ]);
  });

  it('rebuilds TopoJSON polygons from shared arcs', () => {
    const result = importFile(bytesOf('awkward', 'zones.topojson'), 'zones.topojson');
    expect(result.zones.map((zone) => zone.geometry.coordinates[0])).toEqual([
      [[117.05, 39.05], [117.05, 39.1], [117, 39.1], [117, 39.05], [117.05, 39.05]],
      [[117.05, 39.05], [117.1, 39.05], [117.1, 39.1], [117.05, 39.1], [117.05, 39.05]],
    ]);
  });
});
