import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stressZones } from '../../scripts/lib/stressZones';
import { computeCoverage, type CoverageFeature } from '../../src/domain/coverage';
import { isCertifiedValidAsDrawn } from '../../src/domain/validAsDrawn';
import { importFile } from '../../src/import/importFile';
import { FIXTURES } from '../support/fixtures';

/** What the engine reports, with geometries that carry no certificate (fresh copies). */
const uncertified = (features: readonly CoverageFeature[]) => features.map((feature) => ({ ...feature, geometry: structuredClone(feature.geometry) }));
const INVALIDITY_CODES = new Set(['self-intersection', 'hole-outside-shell', 'overlapping-holes', 'overlapping-parts']);

describe('geometries the importer found valid are not checked again', () => {
  const awkward = join(FIXTURES, 'import', 'awkward');
  const files = readdirSync(awkward).filter((name) => name.endsWith('.geojson'));

  it.each(files)('%s: no zone with an invalidity warning is certified', (name) => {
    const result = importFile(readFileSync(join(awkward, name)), name);
    const warned = new Set(result.warnings.filter((warning) => INVALIDITY_CODES.has(warning.code)).map((warning) => warning.featureIndex));
    for (const [index, zone] of result.zones.entries()) {
      if (warned.has(index)) expect(isCertifiedValidAsDrawn(zone.geometry), `zone ${index}`).toBe(false);
      // A copy is another object: it carries no certificate.
      expect(isCertifiedValidAsDrawn(structuredClone(zone.geometry))).toBe(false);
    }
  });

  it('the zones of a clean file are all certified', () => {
    const result = importFile(readFileSync(join(awkward, 'canonical.geojson')), 'canonical.geojson');
    expect(result.zones.length).toBeGreaterThan(0);
    expect(result.zones.every((zone) => isCertifiedValidAsDrawn(zone.geometry))).toBe(true);
  });

  it('a bow-tie is not certified, and the engine still repairs it', () => {
    const result = importFile(readFileSync(join(awkward, 'bow-tie.geojson')), 'bow-tie.geojson');
    expect(result.zones.some((zone) => isCertifiedValidAsDrawn(zone.geometry))).toBe(false);
    expect(computeCoverage(result.zones).repairs.length).toBeGreaterThan(0);
  });

  it('500 overlapping zones imported from text: same areas, union and repairs as uncertified copies', () => {
    const collection = stressZones({ count: 500, seed: 11 });
    const result = importFile(new TextEncoder().encode(JSON.stringify(collection)), 'stress.geojson');
    expect(result.zones).toHaveLength(500);
    expect(result.zones.filter((zone) => isCertifiedValidAsDrawn(zone.geometry)).length).toBeGreaterThan(450);
    const options = { overlapPairs: false } as const;
    const certified = computeCoverage(result.zones, options);
    const checked = computeCoverage(uncertified(result.zones), options);
    expect(certified.perZone.map((zone) => zone.areaSquareMetres)).toEqual(checked.perZone.map((zone) => zone.areaSquareMetres));
    expect(certified.unionSquareMetres).toBe(checked.unionSquareMetres);
    expect(certified.repairs).toEqual(checked.repairs);
  });
});
