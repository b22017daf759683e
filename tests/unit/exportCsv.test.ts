import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geometryAreaSquareMetres } from '../../src/domain/geodesicArea';
import { importFile } from '../../src/import/importFile';
import { exportCsv, textCell } from '../../src/persist/exportCsv';
import { FIXTURES } from '../support/fixtures';
import { geoJSONToWkt } from 'betterknown';

const zones = importFile(readFileSync(join(FIXTURES, 'import', 'awkward', 'chinese-keys.geojson')), 'chinese-keys.geojson').zones;

describe('CSV export', () => {
  it('writes one row per zone with areas, a BOM for Excel and CRLF lines', () => {
    const csv = exportCsv(zones);
    expect(csv.startsWith('\uFEFFid,name_zh,name_en,district,kind,scenarios,phase,area_m2,area_km2,geometry_status,wkt\r\n')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[3]).toBe('');
    const area = geometryAreaSquareMetres(zones[0]!.geometry);
    expect(rows[1]).toBe(`xq-pilot,西青先导区,,西青区,pilot-zone,公交; 共享汽车,2021,${area.toFixed(2)},${(area / 1e6).toFixed(6)},authoritative,"${geoJSONToWkt(zones[0]!.geometry)}"`);
    expect(area / 1e6).toBeGreaterThan(50);
    expect(area / 1e6).toBeLessThan(60);
  });

  it('takes the areas the caller measured', () => {
    expect(exportCsv(zones, { areaSquareMetres: () => 1_500_000 }).split('\r\n')[1]).toContain(',1500000.00,1.500000,');
  });

  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(textCell('西青, "先导"区')).toBe('"西青, ""先导""区"');
    expect(textCell('line\nbreak')).toBe('"line\nbreak"');
    expect(textCell('=HYPERLINK("http://x","点")')).toBe('"\'=HYPERLINK(""http://x"",""点"")"');
    for (const start of ['+', '-', '@', '\t']) expect(textCell(`${start}1`)).toBe(`'${start}1`);
    expect(textCell(null)).toBe('');
  });

  it('leaves the phase cell empty when unknown', () => {
    const zone = structuredClone(zones[0]!);
    zone.properties.phase = null;
    expect(exportCsv([zone]).split('\r\n')[1]!.split(',')[6]).toBe('');
  });
});
