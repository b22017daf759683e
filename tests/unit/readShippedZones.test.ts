import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShippedZones } from '../../src/data/readShippedZones';
import { parseGeoJsonText } from '../../src/import/parseGeoJson';

const shipped = readFileSync(resolve(import.meta.dirname, '../../data/zones.geojson'), 'utf8');

describe('the shipped zones, read before the first frame without the import pipeline', () => {
  it('gives exactly what the full import pipeline gives for data/zones.geojson', () => {
    const light = readShippedZones(shipped, 'data/zones.geojson');
    const full = parseGeoJsonText(shipped, 'data/zones.geojson');
    expect(light.errors).toEqual([]);
    expect(full.errors).toEqual([]);
    expect(full.warnings).toEqual([]);
    expect(light.zones).toEqual(full.zones);
    expect(light.zones.length).toBeGreaterThan(0);
  });

  it('skips a broken feature with the pipeline\'s message and keeps the others', () => {
    const value = JSON.parse(shipped) as { features: Array<{ geometry: unknown }> };
    value.features[1]!.geometry = { type: 'Polygon', coordinates: [[[117, 39], [117.1, 39]]] };
    const text = JSON.stringify(value);
    const light = readShippedZones(text, 'zones.geojson');
    expect(light.zones).toHaveLength(value.features.length - 1);
    expect(light.errors).toEqual(parseGeoJsonText(text, 'zones.geojson').errors);
    expect(light.errors[0]!.featureIndex).toBe(1);
  });

  it('refuses a file that is not plain WGS-84 GeoJSON, or not JSON, naming it', () => {
    const withCrs = readShippedZones(JSON.stringify({ ...JSON.parse(shipped), crs: { type: 'name', properties: { name: 'EPSG:3857' } } }), 'zones.geojson');
    expect(withCrs.zones).toEqual([]);
    expect(withCrs.errors[0]).toMatchObject({ code: 'crs-unsupported', fileName: 'zones.geojson' });
    expect(readShippedZones('{"type":"FeatureCollection","features":[', 'zones.geojson').errors[0]).toMatchObject({ code: 'invalid-json' });
    expect(readShippedZones('{"type":"FeatureCollection","features":[]}', 'zones.geojson').errors[0]).toMatchObject({ code: 'no-loadable-feature' });
  });
});
