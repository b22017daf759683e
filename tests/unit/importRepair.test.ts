import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/coverage';
import { importFile } from '../../src/import/importFile';
import type { ImportOptions } from '../../src/import/importResult';
import { doubledSignedArea } from '../../src/import/repair/ringWinding';
import { FIXTURES } from '../support/fixtures';
import { translateImportMessage } from '../../src/i18n/importMessages';

const read = (name: string, options: ImportOptions = {}) => importFile(readFileSync(join(FIXTURES, 'import', 'awkward', name)), name, options);
const fileRing = (name: string) => JSON.parse(readFileSync(join(FIXTURES, 'import', 'awkward', name), 'utf8')).features[0].geometry.coordinates[0] as number[][];

describe('winding', () => {
  it('reverses a clockwise outer ring to RFC 7946 order, with a note', () => {
    const result = read('clockwise-outer.geojson');
    const ring = (result.zones[0]!.geometry as Polygon).coordinates[0]!;
    expect(doubledSignedArea(ring)).toBeGreaterThan(0);
    expect(ring).toEqual(fileRing('clockwise-outer.geojson').slice().reverse());
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'winding-fixed', params: expect.objectContaining({ rings: 1 }) })]);
  });

  it('keeps the winding when asked not to rewind', () => {
    const result = read('clockwise-outer.geojson', { repair: { rewind: false } });
    expect((result.zones[0]!.geometry as Polygon).coordinates[0]).toEqual(fileRing('clockwise-outer.geojson'));
    expect(result.warnings).toEqual([]);
  });
});

describe('invalid outlines: warned, made valid on request', () => {
  it('never draws a bow-tie silently: the warning says so and offers make-valid', () => {
    const result = read('bow-tie.geojson');
    expect((result.zones[0]!.geometry as Polygon).coordinates[0]).toEqual(fileRing('bow-tie.geojson'));
    const warning = result.warnings.find((candidate) => candidate.code === 'self-intersection')!;
    expect(warning).toMatchObject({ featureIndex: 0, featureId: 'bow', params: expect.objectContaining({ where: 'polygon 0, ring 0' }) });
    expect(translateImportMessage('en', warning)).toMatch(/crosses itself \(a bow-tie/);
    expect(translateImportMessage('en', warning)).toMatch(/make valid/);
  });

  it('makes a bow-tie its two lobes, the reading the area engine measures', () => {
    const result = read('bow-tie.geojson', { repair: { makeValid: true } });
    const geometry = result.zones[0]!.geometry as MultiPolygon;
    expect(geometry.type).toBe('MultiPolygon');
    expect(geometry.coordinates).toHaveLength(2);
    for (const [shell] of geometry.coordinates) {
      expect(doubledSignedArea(shell!)).toBeGreaterThan(0);
      expect(shell![0]).toEqual(shell![shell!.length - 1]);
      // Every vertex is one of the file's or the crossing point (117.05, 39.05).
      for (const position of shell!) expect([[117, 39], [117.1, 39.1], [117.1, 39], [117, 39.1], [117.05, 39.05]]).toContainEqual(position.map((value) => Number(value.toFixed(12))));
    }
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'geometry-made-valid', params: { causes: 'self-intersection', parts: 2, fileName: 'bow-tie.geojson', featureIndex: 0, featureId: 'bow', featureName: '领结' } })]);
    const asDrawn = computeCoverage(read('bow-tie.geojson').zones, { breakdowns: false, overlapPairs: false });
    const repaired = computeCoverage(result.zones, { breakdowns: false, overlapPairs: false });
    expect(repaired.repairs).toEqual([]);
    // The engine crosses geodesic edges, make-valid the straight lon/lat ones: the crossing points
    // differ by centimetres, the areas by about a millionth.
    expect(Math.abs(repaired.perZone[0]!.areaSquareMetres / asDrawn.perZone[0]!.areaSquareMetres - 1)).toBeLessThan(1e-5);
  });

  it('warns about a hole outside its shell, and make-valid drops it', () => {
    expect(read('hole-outside-shell.geojson').warnings.map((warning) => warning.code)).toEqual(['hole-outside-shell']);
    const repaired = read('hole-outside-shell.geojson', { repair: { makeValid: true } });
    const geometry = repaired.zones[0]!.geometry as Polygon;
    expect(geometry.type).toBe('Polygon');
    expect(geometry.coordinates).toHaveLength(1);
    expect(repaired.warnings.map((warning) => warning.params.causes)).toEqual(['hole-outside-shell']);
  });

  it('leaves valid outlines alone when make-valid is on', () => {
    const plain = read('chinese-keys.geojson');
    const asked = read('chinese-keys.geojson', { repair: { makeValid: true } });
    expect(asked.features).toEqual(plain.features);
    expect(asked.warnings).toEqual([]);
  });
});

describe('rings and empty geometries', () => {
  it('closes an unclosed ring, with a warning', () => {
    const result = read('unclosed-ring.geojson');
    const ring = (result.zones[0]!.geometry as Polygon).coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'ring-not-closed', params: expect.objectContaining({ rings: 1 }) })]);
  });

  it('skips null and empty geometries with a note each, and loads the rest', () => {
    const result = read('null-geometry.geojson');
    expect(result.features.map((feature) => feature.properties.id)).toEqual(['ok']);
    expect(result.skippedFeatureIndices).toEqual([1, 2]);
    expect(result.warnings.map((warning) => [warning.code, warning.featureId])).toEqual([
      ['geometry-null', 'none'],
      ['geometry-empty', 'empty'],
    ]);
  });
});
