import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/importFile';
import { parseGeoJsonText, readGeoJsonValue } from '../../src/import/parseGeoJson';
import { jsonErrorOffset } from '../../src/import/rules/jsonErrorOffset';
import { FIXTURES } from '../support/fixtures';
import { translateImportMessage } from '../../src/i18n/importMessages';

const read = (folder: 'good' | 'bad', name: string) => importFile(readFileSync(join(FIXTURES, folder, name)), name);
const square = '[[117.2,39.1],[117.21,39.1],[117.21,39.11],[117.2,39.11],[117.2,39.1]]';
const feature = (properties: string, geometry = `{"type":"Polygon","coordinates":[${square}]}`) =>
  `{"type":"Feature","properties":${properties},"geometry":${geometry}}`;
const collection = (...features: string[]) => `{"type":"FeatureCollection","features":[${features.join(',')}]}`;

describe('GeoJSON import: whole-file rules', () => {
  it('gives the extent of what loaded, after conversion, and none for a rejected file', () => {
    const text = collection(feature('{"id":"a"}'), feature('{"id":"b"}', '{"type":"Point","coordinates":[117.5,39.3]}'), feature('{"id":"c"}', 'null'));
    expect(parseGeoJsonText(text, 'extent.geojson').extent).toEqual([117.2, 39.1, 117.5, 39.3]);
    const swapped = collection(feature('{"id":"a"}', '{"type":"Point","coordinates":[39.3,117.5]}'));
    expect(parseGeoJsonText(swapped, 'swapped.geojson').extent).toEqual([117.5, 39.3, 117.5, 39.3]);
    expect(parseGeoJsonText('{"type":"FeatureCollection","features":[]}', 'empty.geojson').extent).toBeNull();
  });

  it('reads a Topology that arrives as .geojson as TopoJSON', () => {
    expect(read('bad', 'wrong-type.geojson')).toMatchObject({ ok: false, format: 'topojson', errors: [expect.objectContaining({ code: 'no-loadable-feature' })] });
  });

  it('converts the metres of a projected crs member instead of rejecting (issue 4)', () => {
    const result = read('bad', 'crs-3857.geojson');
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['crs-converted', 'not-an-area', 'far-from-tianjin']);
    expect(read('bad', 'projected-metres.geojson').warnings.map((warning) => warning.code)).toEqual(['projection-detected']);
  });

  it.each([
    ['not-json.geojson', 'invalid-json'],
    ['nested-200000.geojson', 'nesting-too-deep'],
    ['empty-collection.geojson', 'no-loadable-feature'],
    ['empty-file.geojson', 'file-empty'],
  ])('%s is rejected with %s, naming the file', (name, code) => {
    const result = read('bad', name);
    expect(result.ok).toBe(false);
    expect(result.features).toEqual([]);
    expect(result.errors[0]).toMatchObject({ code, severity: 'error', fileName: name });
    expect(translateImportMessage('en', result.errors[0]!).startsWith(`${name}: `)).toBe(true);
  });

  it('warns of every repeated name in an object, names the feature and the member, and keeps the last value as JSON.parse does', () => {
    const text = collection(feature('{"id":"a","name":"first","name":"second"}'), feature('{"id":"b","name":"x"}', `{"type":"Polygon","type":"Polygon","coordinates":[${square}]}`));
    const result = parseGeoJsonText(text, 'dups.geojson');
    expect(result.ok).toBe(true);
    expect(result.features.map((loaded) => loaded.properties.name_zh)).toEqual(['second', 'x']);
    const duplicates = result.warnings.filter((warning) => warning.code === 'duplicate-key');
    expect(duplicates.map((warning) => [warning.featureIndex, warning.params.key, warning.params.where])).toEqual([
      [0, 'name', 'features[0].properties'],
      [1, 'type', 'features[1].geometry'],
    ]);
    expect(translateImportMessage('en', duplicates[0]!)).toMatch(/^dups\.geojson: feature #0: the name "name" appears more than once/);
    // An escaped spelling is the same name; the same name in different objects is not a repeat.
    expect(parseGeoJsonText(collection(feature('{"id":"a","n\\u0061me":"1","name":"2"}')), 'x.geojson').warnings.map((warning) => warning.code)).toContain('duplicate-key');
    expect(parseGeoJsonText(collection(feature('{"id":"a","name":"1"}'), feature('{"id":"b","name":"2"}')), 'x.geojson').warnings).toEqual([]);
  });

  it('lists twenty repeated names and counts the rest', () => {
    const properties = `{"id":"a",${Array.from({ length: 30 }, (_, index) => `"k${index}":1,"k${index}":2`).join(',')}}`;
    const codes = parseGeoJsonText(collection(feature(properties)), 'many.geojson').warnings.map((warning) => warning.code);
    expect(codes.filter((code) => code === 'duplicate-key')).toHaveLength(20);
    expect(parseGeoJsonText(collection(feature(properties)), 'many.geojson').warnings.find((warning) => warning.code === 'duplicate-key-more')?.params.count).toBe(10);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const result = parseGeoJsonText('{\n  "type": "FeatureCollection",\n  "features": [,]\n}', 'broken.geojson');
    expect(result.errors[0]).toMatchObject({ code: 'invalid-json', params: { line: 3, column: 16 } });
  });

  it('reads a FeatureCollection, a lone Feature and a bare geometry', () => {
    expect(parseGeoJsonText(collection(feature('{"id":"a"}')), 'c.geojson').zones.map((zone) => zone.properties.id)).toEqual(['a']);
    expect(parseGeoJsonText(feature('{"id":"b"}'), 'f.geojson').zones).toHaveLength(1);
    const bare = read('good', 'bare-geometry.geojson');
    expect(bare.ok).toBe(true);
    expect(bare.zones[0]!.properties.id).toBe('bare-geometry-1');
  });

  it('strips a byte-order mark', () => {
    const result = read('good', 'with-bom.geojson');
    expect(result.ok).toBe(true);
    expect(result.zones[0]!.properties.name_zh).toBe('带BOM的文件');
    expect(parseGeoJsonText(`\uFEFF${feature('{"id":"x"}')}`, 'x.geojson').ok).toBe(true);
  });

  it('accepts a longitude/latitude crs member with a warning', () => {
    const text = `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[${feature('{"id":"a"}')}]}`;
    const result = parseGeoJsonText(text, 'crs.geojson');
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['crs-geographic']);
  });
});

describe('GeoJSON import: feature rules', () => {
  it.each([
    ['ring-of-3.geojson', 'ring-too-short', { where: 'ring 0', positions: 3 }],
    ['latitude-out-of-range.geojson', 'latitude-out-of-range', { where: 'ring 0, position 2', latitude: 91.5 }],
  ])('%s: the only feature fails %s, so the file is rejected', (name, code, params) => {
    const result = read('bad', name);
    expect(result.ok).toBe(false);
    expect(result.errors.map((error) => error.code)).toEqual([code, 'no-loadable-feature']);
    expect(result.errors[0]).toMatchObject({ featureIndex: 0, params });
  });

  it('names the feature by index, id and name', () => {
    const error = read('bad', 'ring-of-3.geojson').errors[0]!;
    expect(error).toMatchObject({ featureIndex: 0, featureId: 'tri', featureName: '三点环' });
    expect(translateImportMessage('en', error)).toBe(
      'ring-of-3.geojson: feature #0 (id "tri", name "三点环"): ring 0 has 3 position(s); a ring needs at least 4 (the last repeating the first).',
    );
  });

  it('hints at projected metres and at swapped axes when they cannot be converted', () => {
    // Metres that land nowhere near Tianjin in any known projection are not converted.
    const metres = parseGeoJsonText(feature('{"id":"m"}', '{"type":"Point","coordinates":[-5000000,9000000]}'), 'm.geojson');
    expect(translateImportMessage('en', metres.errors[0]!)).toContain('projected metres');
    // One swapped position among good ones: the file is not swapped as a whole, so the rule says so.
    const swapped = parseGeoJsonText(collection(feature('{"id":"a"}'), feature('{"id":"s"}', '{"type":"Point","coordinates":[39.1,117.2]}')), 's.geojson');
    expect(translateImportMessage('en', swapped.errors[0]!)).toContain('swapped');
  });

  it('skips bad and empty features, keeps the rest, and lists what was skipped', () => {
    const result = read('good', 'mixed-one-broken.geojson');
    expect(result.ok).toBe(true);
    expect(result.features.map((entry) => entry.properties.id)).toEqual(['area-1', 'stop', 'route']);
    expect(result.zones.map((zone) => zone.properties.id)).toEqual(['area-1']);
    expect(result.sourceIndices).toEqual([0, 1, 2]);
    expect(result.skippedFeatureIndices).toEqual([3, 4, 5]);
    expect(result.errors.map((error) => [error.code, error.featureIndex])).toEqual([['ring-too-short', 5]]);
    expect(result.warnings.map((warning) => [warning.code, warning.featureIndex])).toEqual([
      ['not-an-area', 1],
      ['not-an-area', 2],
      ['geometry-null', 3],
      ['geometry-empty', 4],
    ]);
  });

  it('rejects the whole file for one bad feature when asked to', () => {
    const text = readFileSync(join(FIXTURES, 'good', 'mixed-one-broken.geojson'), 'utf8');
    const result = parseGeoJsonText(text, 'mixed.geojson', { onFeatureError: 'reject-file' });
    expect(result.ok).toBe(false);
    expect(result.features).toEqual([]);
  });

  it('closes an unclosed ring, with a warning', () => {
    const result = read('good', 'unclosed-ring.geojson');
    expect(result.ok).toBe(true);
    const ring = result.zones[0]!.geometry.coordinates[0] as number[][];
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'ring-not-closed', featureIndex: 0, params: expect.objectContaining({ rings: 1 }) })]);
  });

  it.each([
    ['a position of one number', '{"type":"Point","coordinates":[117]}', 'position-invalid'],
    ['a position with text', '{"type":"Point","coordinates":["117",39]}', 'position-invalid'],
    ['a non-finite number', '{"type":"LineString","coordinates":[[117,39],[1e999,39]]}', 'position-invalid'],
    ['a line of one position', '{"type":"LineString","coordinates":[[117,39]]}', 'line-too-short'],
    ['an unknown type', '{"type":"Circle","coordinates":[117,39]}', 'geometry-type-unknown'],
    ['coordinates that are not an array', '{"type":"Polygon","coordinates":"none"}', 'coordinates-invalid'],
    ['a polygon with an extra level of nesting', `{"type":"Polygon","coordinates":[[${square}]]}`, 'coordinates-invalid'],
    ['deeply nested coordinates', `{"type":"Point","coordinates":[${'['.repeat(5000)}${']'.repeat(5000)}]}`, 'nesting-too-deep'],
  ])('rejects %s', (_label, geometry, code) => {
    const result = parseGeoJsonText(feature('{"id":"g"}', geometry), 'g.geojson');
    expect(result.errors[0]).toMatchObject({ code, featureIndex: 0 });
  });

  it('warns once per feature about positions with more than three values', () => {
    const result = parseGeoJsonText(feature('{"id":"z"}', '{"type":"LineString","coordinates":[[117,39,1,2],[117.1,39,1,2]]}'), 'z.geojson');
    expect(result.warnings.filter((warning) => warning.code === 'position-extra-values')).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ positions: 2 }) }),
    ]);
  });

  it('rejects properties nested too deeply', () => {
    const result = parseGeoJsonText(feature(`{"id":"d","deep":${'['.repeat(200)}${']'.repeat(200)}}`), 'd.geojson');
    expect(result.errors[0]).toMatchObject({ code: 'nesting-too-deep', featureId: 'd' });
  });
});

describe('GeoJSON import: properties onto the zone schema', () => {
  it('maps common keys, converts what is safe, and keeps every key in order', () => {
    const result = read('good', 'proto-keys.geojson');
    const properties = result.zones[0]!.properties;
    expect(properties).toMatchObject({
      name_zh: '原型键测试区',
      district: '东丽区',
      scenarios: ['bus', 'shared-car'],
      phase: 2022,
      kind: 'scenario-area',
      geometry_status: 'authoritative',
      source: 'file proto-keys.geojson',
      id: 'proto-keys-1',
    });
    expect(Object.keys(properties).slice(0, 8)).toEqual(['__proto__', 'constructor', 'toString', '名称', '区县', 'scenarios', 'phase', 'nested']);
    expect(properties.nested).toEqual({ a: [1, { b: null }] });
  });

  it('keeps __proto__ and constructor as plain data: nothing is polluted', () => {
    const properties = read('good', 'proto-keys.geojson').zones[0]!.properties as Record<string, unknown>;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.hasOwn(properties, '__proto__')).toBe(true);
    expect(properties.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(properties.toString).toBe('plain text');
  });

  it('makes ids unique within a file and warns', () => {
    const result = parseGeoJsonText(collection(feature('{"id":"same"}'), feature('{"id":"same"}'), feature('{}')), 'ids.geojson');
    expect(result.zones.map((zone) => zone.properties.id)).toEqual(['same', 'same-2', 'ids-3']);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'duplicate-id', featureIndex: 1, params: expect.objectContaining({ id: 'same-2' }) })]);
  });

  it('takes the phase from since, and leaves it unknown (null) when nothing says', () => {
    const result = parseGeoJsonText(collection(feature('{"id":"a","since":"2021-06"}'), feature('{"id":"b"}')), 'p.geojson');
    expect(result.zones[0]!.properties.phase).toBe(2021);
    expect(result.zones[1]!.properties.phase).toBeNull();
  });

  it('reports an unknown kind and shows it as a scenario area', () => {
    const result = parseGeoJsonText(feature('{"id":"k","kind":"test-track"}'), 'k.geojson');
    expect(result.zones[0]!.properties.kind).toBe('scenario-area');
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'kind-unknown', params: expect.objectContaining({ kind: 'test-track' }) })]);
  });

  it('keeps foreign members and the feature id', () => {
    const result = parseGeoJsonText('{"type":"Feature","id":7,"bbox":[117.2,39.1,117.21,39.11],"title":"x","properties":null,' + `"geometry":{"type":"Polygon","coordinates":[${square}]}}`, 'f.geojson');
    const loaded = result.features[0] as unknown as Record<string, unknown>;
    expect(loaded.id).toBe(7);
    expect(loaded.bbox).toEqual([117.2, 39.1, 117.21, 39.11]);
    expect(loaded.title).toBe('x');
    expect(result.zones[0]!.properties.id).toBe('7');
  });
});

describe('GeoJSON import: positions used in place', () => {
  // parseGeoJsonText owns the value it parsed and reads its positions in place (rings closed and
  // rewound there); readGeoJsonValue on a caller's value copies them first. Same outcome for
  // every GeoJSON file of the fixture corpora, awkward and bad ones included.
  const corpus = ['good', 'bad', 'import/awkward', 'import/bad'].flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((name) => name.endsWith('.geojson'))
      .map((name) => join(folder, name)),
  );

  it.each(corpus)('%s', (path) => {
    const text = readFileSync(join(FIXTURES, path), 'utf8');
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return expect(parseGeoJsonText(text, path).ok).toBe(false);
    }
    const copied = readGeoJsonValue(value, path);
    const inPlace = parseGeoJsonText(text, path);
    expect(inPlace.features).toEqual(copied.features);
    expect(inPlace.errors).toEqual(copied.errors);
    expect(inPlace.warnings.filter((warning) => warning.code !== 'duplicate-key')).toEqual(copied.warnings);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": [1, 2,]}', 12],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ['{"a": tru}', 6],
    ['{} x', 3],
    ['"\\q"', 1],
    [`${'['.repeat(100000)}1${']'.repeat(99999)}}`, 200000],
  ])('finds the first error in %s', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('finds none in valid JSON', () => {
    expect(jsonErrorOffset('{"a": [1, -2.5e3, "x\\u00e9", true, null, {}], "b": {"c": []}}')).toBe(-1);
  });
});
