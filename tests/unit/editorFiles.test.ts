import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runZones, type ReadFile } from '../../src/cli/runZones';
import { parseDistricts } from '../../src/data/parseDistricts';
import { importFile } from '../../src/import/importFile';
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
