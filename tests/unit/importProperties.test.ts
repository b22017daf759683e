import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/importFile';
import type { ImportOptions } from '../../src/import/importResult';
import { parseGeoJsonText } from '../../src/import/parseGeoJson';
import { ORIGINAL_VALUES_MEMBER } from '../../src/import/properties/originalValues';
import { listPropertyKeys } from '../../src/import/properties/propertyKeys';
import { suggestPropertyMapping } from '../../src/import/properties/propertyMapping';
import { exportGeoJson } from '../../src/persist/exportGeoJson';
import { FIXTURES } from '../support/fixtures';

const path = (name: string) => join(FIXTURES, 'import', 'awkward', name);
const read = (name: string, options: ImportOptions = {}) => importFile(readFileSync(path(name)), name, options);
const fileFeatures = (name: string) => JSON.parse(readFileSync(path(name), 'utf8')).features as { properties: Record<string, unknown> }[];
const square = '{"type":"Polygon","coordinates":[[[117.2,39.1],[117.21,39.1],[117.21,39.11],[117.2,39.11],[117.2,39.1]]]}';
const withProperties = (properties: string) => `{"type":"FeatureCollection","features":[{"type":"Feature","properties":${properties},"geometry":${square}}]}`;

describe('property mapping', () => {
  it('suggests the Chinese keys a file uses, and lists every key with samples', () => {
    const features = fileFeatures('chinese-keys.geojson');
    expect(suggestPropertyMapping(features)).toEqual({ name_zh: '名称', name_en: null, district: '区县', kind: '类型', scenarios: '场景', phase: '年份', since: null, source: null });
    expect(listPropertyKeys(features)).toEqual([
      { key: '名称', featureCount: 2, samples: ['西青先导区', '东丽示范区'] },
      { key: '区县', featureCount: 2, samples: ['西青区', '东丽区'] },
      { key: '类型', featureCount: 2, samples: ['先导区', '示范区'] },
      { key: '年份', featureCount: 2, samples: ['2021年', '2022'] },
      { key: '场景', featureCount: 2, samples: ['公交、共享汽车', '校园接驳'] },
      { key: '备注', featureCount: 2, samples: ['{"来源":["规划",null],"层级":2}', 'null'] },
      { key: '空值', featureCount: 2, samples: ['null'] },
    ]);
  });

  it('fills the schema from the mapped keys, converting what is safe', () => {
    const result = read('chinese-keys.geojson');
    expect(result.propertyMapping.name_zh).toBe('名称');
    expect(result.zones.map((zone) => zone.properties)).toEqual([
      expect.objectContaining({ id: 'xq-pilot', name_zh: '西青先导区', district: '西青区', kind: 'pilot-zone', phase: 2021, scenarios: ['公交', '共享汽车'] }),
      expect.objectContaining({ id: 'dl-demo', name_zh: '东丽示范区', district: '东丽区', kind: 'demo-zone', phase: 2022, scenarios: ['校园接驳'] }),
    ]);
  });

  it('keeps every key the file had, in order and untouched; schema fields come after', () => {
    const result = read('chinese-keys.geojson');
    fileFeatures('chinese-keys.geojson').forEach((original, index) => {
      const properties = result.features[index]!.properties as Record<string, unknown>;
      const originalKeys = Object.keys(original.properties);
      expect(Object.keys(properties).slice(0, originalKeys.length)).toEqual(originalKeys);
      for (const key of originalKeys) expect(properties[key]).toEqual(original.properties[key]);
      expect(Object.keys(properties).slice(originalKeys.length)).toEqual(['id', 'name_zh', 'name_en', 'district', 'kind', 'scenarios', 'phase', 'source', 'geometry_status']);
    });
  });

  it('uses the editor\'s choice over the suggestion; null means none; an absent key is reported', () => {
    const result = read('chinese-keys.geojson', { propertyMapping: { name_zh: '区县', district: null, phase: '没有这个键' } });
    expect(result.zones[0]!.properties).toMatchObject({ name_zh: '西青区', district: '', phase: null });
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'mapping-key-missing', params: expect.objectContaining({ field: 'phase', key: '没有这个键' }) })]);
  });

  it('does not take a GIS "type" for the kind unless it names one', () => {
    expect(suggestPropertyMapping([{ properties: { type: '工业用地' } }]).kind).toBeNull();
    expect(suggestPropertyMapping([{ properties: { type: '示范区' } }]).kind).toBe('type');
    expect(suggestPropertyMapping([{ properties: { kind: 'test-track' } }]).kind).toBe('kind');
  });

  it('leaves phase null (JSON-safe), not NaN, when nothing says', () => {
    const phase = parseGeoJsonText(withProperties('{"id":"a"}'), 'p.geojson').zones[0]!.properties.phase;
    expect(phase).toBeNull();
  });
});

describe('schema keys whose values had to be converted', () => {
  const text = withProperties('{"id":7,"kind":"公交专用","phase":"2021","scenarios":"bus, shared-car","geometry_status":"draft","note":"x"}');

  it('give the app typed values and remember the file\'s', () => {
    const feature = parseGeoJsonText(text, 'typed.geojson').features[0]! as unknown as Record<string, unknown>;
    expect(feature.properties).toMatchObject({ id: '7', kind: 'scenario-area', phase: 2021, scenarios: ['bus', 'shared-car'], geometry_status: 'authoritative', note: 'x' });
    expect(Object.keys(feature.properties as object).slice(0, 6)).toEqual(['id', 'kind', 'phase', 'scenarios', 'geometry_status', 'note']);
    expect(feature[ORIGINAL_VALUES_MEMBER]).toEqual({
      id: { value: 7, imported: '7' },
      kind: { value: '公交专用', imported: 'scenario-area' },
      phase: { value: '2021', imported: 2021 },
      scenarios: { value: 'bus, shared-car', imported: ['bus', 'shared-car'] },
      geometry_status: { value: 'draft', imported: 'authoritative' },
    });
  });

  it('are exported as the file had them, unless edited since', () => {
    const result = parseGeoJsonText(text, 'typed.geojson');
    const exported = JSON.parse(exportGeoJson(result.features)).features[0];
    expect(exported.properties).toEqual({ id: 7, kind: '公交专用', phase: '2021', scenarios: 'bus, shared-car', geometry_status: 'draft', note: 'x', name_zh: '7', name_en: '', district: '', source: 'file typed.geojson' });
    expect(exported[ORIGINAL_VALUES_MEMBER]).toBeUndefined();
    result.features[0]!.properties.phase = 2023;
    expect(JSON.parse(exportGeoJson(result.features)).features[0].properties.phase).toBe(2023);
  });
});

describe('hostile keys stay data', () => {
  it('keeps __proto__ and constructor as plain own keys and pollutes nothing', () => {
    const result = read('proto-keys.geojson');
    const properties = result.zones[0]!.properties as Record<string, unknown>;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.keys(properties).slice(0, 5)).toEqual(['__proto__', 'constructor', 'toString', '名称', '区县']);
    expect(Object.getOwnPropertyDescriptor(properties, '__proto__')!.value).toEqual({ polluted: true });
    expect(properties.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(properties.name_zh).toBe('原型键测试区');
    expect(exportGeoJson(result.features)).toContain('"__proto__":{"polluted":true}');
  });
});
