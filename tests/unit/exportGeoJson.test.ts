import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/importFile';
import type { ImportResult } from '../../src/import/importResult';
import { exportGeoJson } from '../../src/persist/exportGeoJson';
import { FIXTURES } from '../support/fixtures';

const AWKWARD = join(FIXTURES, 'import', 'awkward');
const DECLARED: Record<string, 'gcj02' | 'bd09'> = { 'gcj02-declared.geojson': 'gcj02', 'bd09-declared.geojson': 'bd09' };
const read = (name: string) => importFile(readFileSync(join(AWKWARD, name)), name, DECLARED[name] ? { from: DECLARED[name] } : {});
const exported = (result: ImportResult) => exportGeoJson(result.features, { collectionMembers: result.collectionMembers });
const reimport = (text: string, name: string) => importFile(new TextEncoder().encode(text), name);

describe('GeoJSON export round-trips the import', () => {
  it.each(readdirSync(AWKWARD).sort())('%s: import → export → import gives identical features', (name) => {
    const first = read(name);
    const text = exported(first);
    // The export is GeoJSON in WGS-84, repaired: read back, nothing is left to convert or fix.
    const second = reimport(text, `${name}.geojson`);
    expect(second.ok).toBe(true);
    expect(second.features).toEqual(first.features);
    expect(second.collectionMembers).toEqual(first.collectionMembers);
    // A zone outside Tianjin stays outside: its note is about the data, not something export fixes.
    expect(second.warnings.filter((warning) => !['not-an-area', 'self-intersection', 'hole-outside-shell', 'crs-geographic', 'far-from-tianjin'].includes(warning.code))).toEqual([]);
    expect(exported(second)).toBe(text);
  });

  it('writes a file already in canonical form back byte for byte', () => {
    const bytes = readFileSync(join(AWKWARD, 'canonical.geojson'));
    expect(exported(importFile(bytes, 'canonical.geojson'))).toBe(bytes.toString('utf8'));
  });

  it('keeps properties (nested, null, Chinese, order), ids, foreign members and full precision', () => {
    const text = `{"type":"FeatureCollection","name":"图层","metadata":{"v":[1,null]},"features":[
{"type":"Feature","id":42,"title":"foreign","properties":{"名称":"区","nested":{"a":[1,{"b":null}]},"empty":null,"z":0.1,"a":-0},"geometry":{"type":"Polygon","coordinates":[[[117.00000000000001,39.1],[117.1,39.1],[117.1,39.2],[117.00000000000001,39.1]]]}}
]}`;
    const result = reimport(text, 'members.geojson');
    const output = JSON.parse(exported(result));
    const input = JSON.parse(text);
    expect(Object.keys(output)).toEqual(['type', 'name', 'metadata', 'features']);
    expect(output.metadata).toEqual(input.metadata);
    const [feature] = output.features;
    expect(Object.keys(feature)).toEqual(['type', 'id', 'title', 'properties', 'geometry']);
    expect(feature.id).toBe(42);
    expect(feature.title).toBe('foreign');
    expect(Object.keys(feature.properties).slice(0, 5)).toEqual(['名称', 'nested', 'empty', 'z', 'a']);
    expect(feature.properties.nested).toEqual({ a: [1, { b: null }] });
    expect(feature.properties.empty).toBeNull();
    expect(feature.geometry).toEqual(input.features[0].geometry);
    expect(exported(result)).toContain('117.00000000000001');
  });

  it('writes an empty collection', () => {
    expect(exportGeoJson([])).toBe('{"type":"FeatureCollection","features":[]}\n');
  });
});
