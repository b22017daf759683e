/**
 * Writes `data/zones.geojson`, the default zones: every zone the three-year plan names, plus two
 * later scenario areas its "other suitable areas" allows. The plan publishes no boundaries, so each
 * outline is drawn by hand to show roughly where the zone lies (`geometry_status: "illustrative"`),
 * then clipped to its district shrunk by DISTRICT_INSET_METRES so that it lies clearly inside it.
 *
 * Run with `npm run data:zones` after `npm run data:basemap`. Prints each zone's ellipsoidal area,
 * how much of the hand outline the clip removed, the overlaps and the union by phase.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { ZoneFeature, ZoneGeometry, ZoneProperties } from '../src/domain/zone';
import { COVERAGE_TARGET_SQUARE_METRES } from '../src/domain/zone';
import { geometryAreaSquareMetres } from '../src/domain/geodesicArea';
import { normaliseGeometry } from './lib/rings';

const dataDirectory = fileURLToPath(new URL('../data/', import.meta.url));

/** How far inside its district boundary a zone must stay, in metres. */
const DISTRICT_INSET_METRES = 300;

/** Zone coordinates are stored to 6 decimals (0.1 m). */
const DECIMALS = 6;

/** A clip that removes more than this share of a hand outline means the outline needs redrawing. */
const MAXIMUM_CLIPPED_SHARE = 0.1;

const PLAN = '《天津市新型基础设施建设三年行动方案（2021—2023年）》';

const PLAN_OTHER_AREAS = `${PLAN}“其他具备条件的区域”（other suitable areas）`;

interface ZoneDesign {
  properties: ZoneProperties;
  /** Hand-drawn outline: [longitude, latitude] vertices in WGS-84, either winding, not closed. */
  outline: Position[];
}

/** In tour order: the pilot zone first, then by phase, sweeping across the city. */
const ZONES: ZoneDesign[] = [
  {
    properties: {
      id: 'xiqing-pilot-zone',
      name_zh: '天津（西青）国家级车联网先导区',
      name_en: 'Tianjin (Xiqing) National Connected-Vehicle Pilot Zone',
      district: '西青区',
      kind: 'pilot-zone',
      scenarios: ['v2x-road', 'bus', 'shared-car'],
      phase: 2020,
      since: '2020-06',
      source: `${PLAN}；2019年工业和信息化部批复，2020年6月揭牌（approved by MIIT in 2019, inaugurated June 2020）`,
      geometry_status: 'illustrative',
      description_zh:
        '国家级车联网先导区：在西青区主要区域（中北、精武、杨柳青、西青开发区、大学城一带）建设车联网无线通信路侧环境，升级重点区域交通设施的车联网功能。',
      description_en:
        "National pilot zone building a V2X roadside network across Xiqing's main built-up areas (Zhongbei, Jingwu, Yangliuqing, the Xiqing development area, University Town) and adding connected-vehicle functions to traffic facilities in key areas.",
    },
    outline: [
      [116.958, 39.128], [116.962, 39.152], [116.99, 39.163], [117.03, 39.153], [117.07, 39.164],
      [117.098, 39.16], [117.112, 39.148], [117.114, 39.12], [117.132, 39.092], [117.16, 39.068],
      [117.19, 39.056], [117.228, 39.05], [117.262, 39.046], [117.272, 39.03], [117.264, 39.006],
      [117.238, 38.992], [117.198, 38.987], [117.16, 38.994], [117.126, 39.006], [117.094, 39.023],
      [117.058, 39.046], [117.026, 39.066], [116.993, 39.086], [116.964, 39.104],
    ],
  },
  {
    properties: {
      id: 'xiqing-university-town-shuttle',
      name_zh: '西青大学城校园接驳示范区',
      name_en: 'Xiqing University Town Campus-Shuttle Demonstration Area',
      district: '西青区',
      kind: 'scenario-area',
      scenarios: ['campus-shuttle'],
      phase: 2021,
      source: PLAN,
      geometry_status: 'illustrative',
      description_zh: '在西青大学城各校区之间开展智能网联校园接驳车示范应用；位于先导区内。',
      description_en:
        'Connected, automated campus shuttles between the campuses of Xiqing University Town; it lies inside the pilot zone.',
    },
    outline: [
      [117.098, 39.046], [117.122, 39.04], [117.146, 39.043], [117.156, 39.056], [117.152, 39.072],
      [117.13, 39.079], [117.112, 39.076], [117.1, 39.066], [117.093, 39.056],
    ],
  },
  {
    properties: {
      id: 'baodi-zgc-5g-demo',
      name_zh: '宝坻京津中关村科技城5G智能网联示范区',
      name_en: 'Baodi Jing-Jin Zhongguancun Science City 5G Intelligent Connected-Vehicle Demonstration Zone',
      district: '宝坻区',
      kind: 'demo-zone',
      scenarios: ['v2x-road', 'campus-shuttle', 'bus'],
      phase: 2021,
      source: PLAN,
      geometry_status: 'illustrative',
      description_zh: '方案支持宝坻京津中关村科技城建设的5G智能网联示范区，在科技城道路上测试和示范5G车联网应用。',
      description_en:
        'The 5G connected-vehicle demonstration zone the plan supports in the Jing-Jin Zhongguancun Science City, testing and showing 5G V2X applications on its roads.',
    },
    outline: [
      [117.262, 39.556], [117.286, 39.546], [117.318, 39.548], [117.33, 39.56], [117.324, 39.574],
      [117.34, 39.588], [117.332, 39.604], [117.306, 39.608], [117.29, 39.596], [117.272, 39.59],
      [117.258, 39.574],
    ],
  },
  {
    properties: {
      id: 'dongli-airport-scenario',
      name_zh: '东丽临空经济区—东丽湖应用场景区',
      name_en: 'Dongli Airport Economic Area – Dongli Lake Scenario Area',
      district: '东丽区',
      kind: 'scenario-area',
      scenarios: ['shared-car', 'bus'],
      phase: 2021,
      source: PLAN,
      geometry_status: 'illustrative',
      description_zh: '东丽区典型应用场景：在临空经济区至东丽湖一带开展共享汽车和公交车智能网联示范。',
      description_en:
        "Dongli's typical application scenario: connected shared cars and buses from the airport economic area to Dongli Lake.",
    },
    outline: [
      [117.322, 39.1], [117.352, 39.092], [117.392, 39.094], [117.428, 39.102], [117.446, 39.122],
      [117.448, 39.15], [117.466, 39.176], [117.47, 39.205], [117.452, 39.224], [117.42, 39.226],
      [117.398, 39.212], [117.388, 39.186], [117.372, 39.162], [117.346, 39.152], [117.326, 39.134],
      [117.318, 39.116],
    ],
  },
  {
    properties: {
      id: 'binhai-eco-city',
      name_zh: '中新天津生态城应用场景区',
      name_en: 'Sino-Singapore Tianjin Eco-City Scenario Area',
      district: '滨海新区',
      kind: 'scenario-area',
      scenarios: ['bus', 'shared-car', 'campus-shuttle'],
      phase: 2021,
      source: PLAN,
      geometry_status: 'illustrative',
      description_zh:
        '滨海新区典型应用场景：在中新天津生态城（方案中的人工智能先行区和5G全覆盖应用实验室）开展公交车、共享汽车和接驳车智能网联示范。',
      description_en:
        "Binhai's typical application scenario in the Sino-Singapore Tianjin Eco-City, which the plan also makes its AI pilot area and 5G full-coverage lab: connected buses, shared cars and shuttles.",
    },
    outline: [
      [117.712, 39.108], [117.742, 39.098], [117.782, 39.1], [117.812, 39.112], [117.834, 39.13],
      [117.842, 39.16], [117.84, 39.196], [117.826, 39.226], [117.796, 39.24], [117.764, 39.236],
      [117.746, 39.218], [117.738, 39.19], [117.73, 39.16], [117.712, 39.14], [117.706, 39.122],
    ],
  },
  {
    properties: {
      id: 'binhai-teda-yujiapu',
      name_zh: '经开区—于家堡应用场景区',
      name_en: 'TEDA – Yujiapu Scenario Area',
      district: '滨海新区',
      kind: 'scenario-area',
      scenarios: ['bus', 'shared-car', 'robotaxi'],
      phase: 2022,
      source: PLAN,
      geometry_status: 'illustrative',
      description_zh: '滨海新区应用场景：在天津经济技术开发区至于家堡金融区一带开展公交车、共享汽车和自动驾驶出租车示范。',
      description_en:
        'Binhai scenario area from the Tianjin Economic-Technological Development Area (TEDA) to the Yujiapu financial district: connected buses, shared cars and robotaxis.',
    },
    outline: [
      [117.65, 39.042], [117.66, 39.018], [117.684, 39.008], [117.698, 38.992], [117.712, 38.984],
      [117.726, 38.988], [117.732, 39.004], [117.754, 39.012], [117.76, 39.042], [117.754, 39.074],
      [117.724, 39.085], [117.686, 39.083], [117.656, 39.068],
    ],
  },
  {
    properties: {
      id: 'binhai-dongjiang-port',
      name_zh: '东疆港区物流与公交应用场景区',
      name_en: 'Dongjiang Port Area Logistics and Bus Scenario Area',
      district: '滨海新区',
      kind: 'scenario-area',
      scenarios: ['logistics', 'bus'],
      phase: 2023,
      source: PLAN_OTHER_AREAS,
      geometry_status: 'illustrative',
      description_zh: '本项目依据方案“其他具备条件的区域”所设的示例：在东疆港区开展智能网联物流车和港区公交示范；方案未点名此区域。',
      description_en:
        "An example this project assumes under the plan's \"other suitable areas\": connected logistics trucks and port buses in the Dongjiang port area; the plan does not name it.",
    },
    outline: [
      [117.776, 39.0], [117.8, 38.992], [117.828, 38.996], [117.832, 39.03], [117.826, 39.06],
      [117.812, 39.072], [117.788, 39.074], [117.78, 39.052], [117.772, 39.028],
    ],
  },
  {
    properties: {
      id: 'jinnan-haihe-education-park',
      name_zh: '津南海河教育园区校园接驳应用场景区',
      name_en: 'Jinnan Haihe Education Park Campus-Shuttle Scenario Area',
      district: '津南区',
      kind: 'scenario-area',
      scenarios: ['campus-shuttle', 'bus'],
      phase: 2023,
      source: PLAN_OTHER_AREAS,
      geometry_status: 'illustrative',
      description_zh: '本项目依据方案“其他具备条件的区域”所设的示例：在海河教育园区开展校园接驳车和公交车智能网联示范；方案未点名此区域。',
      description_en:
        "An example this project assumes under the plan's \"other suitable areas\": connected campus shuttles and buses in the Haihe Education Park; the plan does not name it.",
    },
    outline: [
      [117.298, 38.972], [117.324, 38.962], [117.356, 38.962], [117.378, 38.97], [117.386, 38.988],
      [117.372, 39.006], [117.344, 39.012], [117.324, 39.004], [117.302, 39.004], [117.292, 38.99],
    ],
  },
];

type DistrictFeature = Feature<Polygon | MultiPolygon, { name_zh: string }>;

function readDistricts(): Map<string, DistrictFeature> {
  const text = readFileSync(`${dataDirectory}districts.geojson`, 'utf8');
  const collection = JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon, { name_zh: string }>;
  return new Map(collection.features.map((feature) => [feature.properties.name_zh, feature]));
}

function round(value: number): number {
  const scale = 10 ** DECIMALS;
  return Math.round(value * scale) / scale;
}

function areaOf(feature: Feature<Polygon | MultiPolygon> | null): number {
  return feature ? geometryAreaSquareMetres(feature.geometry) : 0;
}

interface Built {
  feature: ZoneFeature;
  outlineSquareMetres: number;
  clippedShare: number;
}

/** Clips the hand outline to its district, shrunk inward, and rounds it. */
function buildZone(design: ZoneDesign, districts: Map<string, DistrictFeature>): Built {
  const { id, district } = design.properties;
  const districtFeature = districts.get(district);
  if (!districtFeature) throw new Error(`${id}: no district ${district} in data/districts.geojson`);
  const outline = turf.polygon([[...design.outline, design.outline[0]!]]);
  const shrunk = turf.buffer(districtFeature, -DISTRICT_INSET_METRES, { units: 'meters' });
  if (!shrunk) throw new Error(`${id}: shrinking ${district} left nothing`);
  const clipped = turf.intersect(turf.featureCollection([outline, shrunk as Feature<Polygon | MultiPolygon>]));
  if (!clipped || clipped.geometry.type !== 'Polygon') {
    throw new Error(`${id}: the clip to ${district} did not leave one polygon; redraw the outline`);
  }
  const geometry: ZoneGeometry = normaliseGeometry(clipped.geometry, round);
  const outlineSquareMetres = areaOf(outline);
  const clippedShare = 1 - geometryAreaSquareMetres(geometry) / outlineSquareMetres;
  if (clippedShare > MAXIMUM_CLIPPED_SHARE) {
    throw new Error(`${id}: the clip removed ${(clippedShare * 100).toFixed(1)} % of the outline; redraw it`);
  }
  const feature: ZoneFeature = { type: 'Feature', properties: { ...design.properties }, geometry };
  return { feature, outlineSquareMetres, clippedShare };
}

function squareKilometres(squareMetres: number): string {
  return (squareMetres / 1e6).toFixed(1);
}

function unionArea(features: ZoneFeature[]): number {
  if (features.length === 0) return 0;
  if (features.length === 1) return areaOf(features[0]!);
  return areaOf(turf.union(turf.featureCollection(features)));
}

function report(built: Built[], districts: Map<string, DistrictFeature>): void {
  console.log('id                               outline km²  zone km²  clipped  outside district');
  for (const { feature, outlineSquareMetres, clippedShare } of built) {
    const district = districts.get(feature.properties.district)!;
    const outside = areaOf(turf.difference(turf.featureCollection([feature, district])));
    console.log(
      `${feature.properties.id.padEnd(32)} ${squareKilometres(outlineSquareMetres).padStart(11)}` +
        `  ${squareKilometres(geometryAreaSquareMetres(feature.geometry)).padStart(8)}` +
        `  ${(clippedShare * 100).toFixed(1).padStart(5)} %  ${outside.toFixed(0).padStart(6)} m²`,
    );
  }
  const features = built.map(({ feature }) => feature);
  for (let i = 0; i < features.length; i += 1) {
    for (let j = i + 1; j < features.length; j += 1) {
      const overlap = turf.intersect(turf.featureCollection([features[i]!, features[j]!]));
      if (overlap) {
        console.log(
          `overlap: ${features[i]!.properties.id} ∩ ${features[j]!.properties.id} = ${squareKilometres(areaOf(overlap))} km²`,
        );
      }
    }
  }
  // Every default zone has a phase; `phase` is null only for imported zones that do not say.
  const phases = [...new Set(features.map((feature) => feature.properties.phase).filter((phase) => phase !== null))].sort((a, b) => a - b);
  for (const phase of phases) {
    const union = unionArea(features.filter((feature) => feature.properties.phase !== null && feature.properties.phase <= phase));
    const target = phase >= 2023 ? ` (target ${squareKilometres(COVERAGE_TARGET_SQUARE_METRES)} km² by 2023)` : '';
    console.log(`union of phase ≤ ${phase}: ${squareKilometres(union)} km²${target}`);
  }
}

function main(): void {
  const districts = readDistricts();
  const built = ZONES.map((design) => buildZone(design, districts));
  const ids = new Set(built.map(({ feature }) => feature.properties.id));
  if (ids.size !== built.length) throw new Error('zone ids are not unique');
  const lines = built.map(({ feature }) => JSON.stringify(feature));
  const text = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
  writeFileSync(`${dataDirectory}zones.geojson`, text);
  console.log(`data/zones.geojson: ${built.length} zones, ${Buffer.byteLength(text)} bytes`);
  report(built, districts);
}

main();
