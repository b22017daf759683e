import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runZones, type ReadFile } from '../../src/cli/runZones';
import { parseDistricts } from '../../src/data/parseDistricts';
import { importFile } from '../../src/import/importFile';
import { exportCsv } from '../../src/persist/exportCsv';
import { FIXTURES } from '../support/fixtures';

/** Files as offices send them (issue 11): ids, keys and elements that are not what they seem, and zones outside Tianjin. */
const awkward = (name: string) => join(FIXTURES, 'import', 'awkward', name);
const readFromDisk: ReadFile = (path) => ({ ok: true, bytes: readFileSync(path) });
const parsed = parseDistricts(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'districts.geojson'), 'utf8'));
const districts = parsed.ok ? parsed.districts : [];

describe('ids and keys from files are data, never the prototype chain', () => {
  it('measures zones whose ids are __proto__, constructor or a URL fragment, each with its own area', () => {
    const report = JSON.parse(runZones(['area', awkward('hostile-ids.geojson'), '--json'], readFromDisk).stdout);
    expect(report.features.map((feature: { id: string }) => feature.id)).toEqual(['evil&present=1&lang=en#step=x', '__proto__', 'constructor']);
    for (const feature of report.features) expect(feature.area_m2).toBeGreaterThan(1e7);
  });

  it('keeps a .dbf field named __proto__ as an ordinary property', () => {
    const result = importFile(readFileSync(awkward('shapefile-proto-field.zip')), 'shapefile-proto-field.zip');
    const properties = result.features[0]!.properties as unknown as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(properties, '__proto__')?.value).toBe('原型字段值');
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(properties.name_zh).toBe('原型字段区');
  });
});

describe('only areas count as zones', () => {
  it('skips KML overlays and network links with a note, and fetches nothing', () => {
    const result = importFile(readFileSync(awkward('overlays.kml')), 'overlays.kml');
    expect(result.zones.map((zone) => zone.properties.name_zh)).toEqual(['真实区域']);
    expect(result.features).toHaveLength(1);
    const skipped = result.warnings.filter((warning) => warning.code === 'kml-not-a-zone');
    expect(skipped.map((warning) => [warning.params.element, warning.params.names])).toEqual([
      ['GroundOverlay', '叠加图'],
      ['PhotoOverlay', '全景照片'],
      ['ScreenOverlay', '图例'],
      ['NetworkLink', '远程图层'],
    ]);
  });
});

describe('zones outside Tianjin are flagged in every file', () => {
  it('names each, with its distance from the nearest district, converted or not', () => {
    const result = importFile(readFileSync(awkward('far-from-tianjin.geojson')), 'far.geojson', { tianjinDistricts: districts });
    expect(result.outsideTianjin).toEqual([1, 2]);
    const far = result.warnings.filter((warning) => warning.code === 'far-from-tianjin');
    expect(far.map((warning) => warning.featureId)).toEqual(['sydney', 'antimeridian']);
    // Sydney is about 8,900 km from Tianjin's centre; the nearest district's edge is a little closer.
    expect(far[0]!.params.distanceKilometres).toBeGreaterThan(8_500);
    expect(far[0]!.params.distanceKilometres).toBeLessThan(9_000);
    expect(far[0]!.params.nearestDistrict).toMatch(/区$/);
  });

  it('does not flag the shipped zones, nor a zone that crosses the border with no vertex inside', () => {
    const shipped = importFile(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'zones.geojson')), 'zones.geojson', { tianjinDistricts: districts });
    expect(shipped.outsideTianjin).toEqual([]);
    // A long thin box across Tianjin from Hebei to the sea: its corners are all outside.
    const across = { type: 'Feature', properties: { id: 'across' }, geometry: { type: 'Polygon', coordinates: [[[116.0, 39.1], [118.9, 39.1], [118.9, 39.11], [116.0, 39.11], [116.0, 39.1]]] } };
    expect(importFile(new TextEncoder().encode(JSON.stringify(across)), 'across.geojson', { tianjinDistricts: districts }).outsideTianjin).toEqual([]);
  });

  it('lists them as far-from-tianjin warnings in the command line', () => {
    const report = JSON.parse(runZones(['validate', awkward('far-from-tianjin.geojson'), '--json'], readFromDisk, districts).stdout);
    expect(report.warnings.filter((warning: { code: string }) => warning.code === 'far-from-tianjin').map((warning: { feature: number }) => warning.feature)).toEqual([1, 2]);
  });
});

describe('spreadsheet lists', () => {
  const read = (name: string, options = {}) => importFile(readFileSync(awkward(name)), name, { tianjinDistricts: districts, ...options });

  it('reads points from 经度/纬度, keeps every other column as text, a formula-like cell included', () => {
    const result = read('rsu-sites.csv');
    expect(result.format).toBe('csv');
    expect(result.features.map((feature) => feature.geometry)).toEqual([
      { type: 'Point', coordinates: [117.0512, 39.0731] },
      { type: 'Point', coordinates: [117.0603, 39.0815] },
      { type: 'Point', coordinates: [117.0711, 39.0902] },
    ]);
    expect(result.features.map((feature) => feature.properties.name_zh)).toEqual(['西青路侧单元一', '=HYPERLINK("http://127.0.0.1:9/","点我")', '+86 22 1234 5678']);
    expect(result.spreadsheet).toMatchObject({ columns: ['编号', '名称', '经度', '纬度', '区县'], chosen: { longitude: '经度', latitude: '纬度', wkt: null }, basis: 'named' });
    expect(result.outsideTianjin).toEqual([]);
  });

  it('reads a GBK list as GB18030 with a warning naming it, to the same names', () => {
    const gbk = read('rsu-sites-gbk.csv');
    expect(gbk.warnings[0]).toMatchObject({ code: 'encoding-guessed', params: expect.objectContaining({ encoding: 'gb18030' }) });
    expect(gbk.features[0]!.properties.name_zh).toBe('西青路侧单元一');
    expect(JSON.stringify(gbk.features)).not.toContain('\ufffd');
    const utf16 = read('rsu-sites-utf16.tsv');
    expect(utf16.warnings.map((warning) => warning.code)).not.toContain('encoding-guessed');
    expect(utf16.features[0]!.properties.name_zh).toBe('西青路侧单元一');
  });

  it('reads zones from a WKT column, naming a row whose WKT is cut off', () => {
    const result = read('zones-wkt.csv');
    expect(result.zones.map((zone) => [zone.properties.id, zone.geometry.type])).toEqual([
      ['wkt-1', 'Polygon'],
      ['wkt-2', 'MultiPolygon'],
    ]);
    expect(result.warnings.find((warning) => warning.code === 'csv-wkt-invalid')).toMatchObject({ featureIndex: 2 });
    expect(result.skippedFeatureIndices).toEqual([2]);
  });

  it('converts a declared GCJ-02 list like any other format, and lets the editor choose the columns', () => {
    const asIs = read('rsu-gcj02.csv').features[0]!.geometry as { coordinates: number[] };
    const shifted = read('rsu-gcj02.csv', { from: 'gcj02' }).features[0]!.geometry as { coordinates: number[] };
    expect(Math.abs(asIs.coordinates[0]! - shifted.coordinates[0]!)).toBeGreaterThan(0.003);
    const swapped = read('rsu-sites.tsv', { spreadsheetColumns: { longitude: 'lat', latitude: 'lng' } });
    expect(swapped.spreadsheet?.basis).toBe('chosen');
    // lat/lng chosen the wrong way round: the coordinate detection swaps them back and says so.
    expect(swapped.warnings.map((warning) => warning.code)).toContain('axes-swapped');
    expect(swapped.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [117.3012, 39.1003] });
  });

  it('round-trips through the CSV export (WKT column)', () => {
    const zones = read('zones-wkt.csv');
    const exported = exportCsv(zones.features);
    const back = importFile(new TextEncoder().encode(exported), 'export.csv');
    expect(back.spreadsheet?.chosen.wkt).toBe('wkt');
    expect(back.features.map((feature) => feature.geometry)).toEqual(zones.features.map((feature) => feature.geometry));
    expect(back.features.map((feature) => feature.properties.name_zh)).toEqual(['WKT区域一', 'WKT两块']);
    const points = read('rsu-sites.csv');
    const pointsBack = importFile(new TextEncoder().encode(exportCsv(points.features)), 'points.csv');
    expect(pointsBack.features.map((feature) => feature.geometry)).toEqual(points.features.map((feature) => feature.geometry));
  });
});
