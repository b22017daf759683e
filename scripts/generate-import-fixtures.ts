/**
 * Writes the import fixture corpus, tests/fixtures/import/{bad,awkward}/, one file per case (the
 * README there lists each with its expected outcome). Binary cases (zipped shapefiles, KMZ, a
 * corrupt zip) cannot be written by hand, and projected or shifted coordinates are computed from
 * one WGS-84 outline, so everything is generated here:
 *
 *   npx tsx scripts/generate-import-fixtures.ts
 *
 * Output is deterministic (fixed zip timestamps), so regenerating changes nothing unless this
 * script changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import gcoord from 'gcoord';
import proj4 from 'proj4';
import { importFile } from '../src/import/importFile';
import { exportGeoJson } from '../src/persist/exportGeoJson';
import { editorFileFixtures, spreadsheetFixtures } from './lib/editorFileFixtures';
import { writeShapefile, type ShapefileField } from './lib/shapefileWriter';

const ROOT = join(import.meta.dirname, '..', 'tests', 'fixtures', 'import');
const ZIP_TIME = new Date('2024-01-01T00:00:00Z');

type Ring = number[][];

/** A zone in Xiqing, counter-clockwise, with coordinates at full double precision. */
const XIQING: Ring = [
  [117.012345678912, 39.051234567891],
  [117.098765432198, 39.051234567891],
  [117.098765432198, 39.119876543219],
  [117.012345678912, 39.119876543219],
  [117.012345678912, 39.051234567891],
];
/** A zone in Dongli. */
const DONGLI: Ring = [
  [117.3, 39.08],
  [117.4, 39.08],
  [117.4, 39.15],
  [117.3, 39.15],
  [117.3, 39.08],
];

const EPSG_4527 = '+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=39500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const EPSG_4548 = '+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const PRJ_4527 =
  'PROJCS["CGCS2000_3_Degree_GK_Zone_39",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",39500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

const project = (definition: string) => (ring: Ring): Ring => ring.map((position) => proj4('EPSG:4326', definition, position));
const toDatum = (to: typeof gcoord.GCJ02 | typeof gcoord.BD09) => (ring: Ring): Ring => ring.map((position) => gcoord.transform(position.slice() as [number, number], gcoord.WGS84, to) as number[]);
const polygon = (...rings: Ring[]) => ({ type: 'Polygon', coordinates: rings });
const feature = (properties: unknown, geometry: unknown, extra: Record<string, unknown> = {}) => ({ type: 'Feature', ...extra, properties, geometry });
const collection = (features: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'FeatureCollection', ...extra, features });
const zone = (id: string, name: string) => ({ id, name_zh: name, district: '西青区', kind: 'demo-zone', scenarios: ['bus'], phase: 2022 });

function write(folder: 'bad' | 'awkward', name: string, content: string | Uint8Array): void {
  mkdirSync(join(ROOT, folder), { recursive: true });
  writeFileSync(join(ROOT, folder, name), content);
}
const json = (value: unknown) => `${JSON.stringify(value)}\n`;
const zip = (files: Zippable) => zipSync(files, { mtime: ZIP_TIME });
const text = (value: string) => new TextEncoder().encode(value);

function badFixtures(): void {
  write('bad', 'not-json.geojson', 'zones: this is not JSON {\n');
  write('bad', 'truncated.geojson', json(collection([feature(zone('t', '截断'), polygon(XIQING))])).slice(0, 120));
  write('bad', 'wrong-types.geojson', json(collection([feature(zone('w', '类型错误'), { type: 'Polygon', coordinates: [XIQING.map(([x, y]) => [String(x), String(y)])] })])));
  write('bad', 'ring-of-3.geojson', json(collection([feature({ id: 'tri', name_zh: '三点环' }, polygon([XIQING[0]!, XIQING[1]!, XIQING[0]!]))])));
  write('bad', 'latitude-out-of-range.geojson', json(collection([feature({ id: 'north', name_zh: '纬度越界' }, polygon([[117.2, 39.1], [117.3, 39.1], [117.3, 91.5], [117.2, 39.1]]))])));
  write('bad', 'nested-200000.geojson', `${'['.repeat(200_000)}${']'.repeat(200_000)}\n`);
  write('bad', 'empty.geojson', '');
  write('bad', 'no-loadable-feature.geojson', json(collection([feature({ id: 'a' }, null), feature({ id: 'b' }, { type: 'Polygon', coordinates: [] })])));
  write('bad', 'unknown-crs.geojson', json(collection([feature(zone('x', '西安80'), polygon(XIQING))], { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2385' } } })));
  const shapes = writeShapefile([{ name: 'name', type: 'C', length: 20 }], [{ rings: [XIQING.slice().reverse()], values: ['a'] }], 'utf-8');
  write('bad', 'shapefile-missing-shp.zip', zip({ 'zones.dbf': shapes.dbf, 'zones.shx': shapes.shx, 'zones.prj': text(PRJ_4527) }));
  const corrupt = zip({ 'zones.shp': shapes.shp, 'zones.dbf': shapes.dbf }).slice(0, 60);
  write('bad', 'corrupt.zip', corrupt);
  write('bad', 'unsupported.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  write('bad', 'broken.kml', '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>断开</name></Document>\n');
  write('bad', 'kmz-without-kml.kmz', zip({ 'images/icon.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47]) }));
  write('bad', 'broken.topojson', json({ type: 'Topology', objects: { zones: { type: 'GeometryCollection', geometries: [] } } }));
}

function awkwardFixtures(): void {
  const two = [feature(zone('xq', '西青测试区'), polygon(XIQING)), feature({ ...zone('dl', '东丽测试区'), district: '东丽区' }, polygon(DONGLI))];
  write('awkward', 'bom.geojson', `\uFEFF${json(collection(two))}`);
  write('awkward', 'bare-geometry.geojson', json(polygon(XIQING)));
  write('awkward', 'single-feature.geojson', json(feature(zone('one', '单个要素'), polygon(XIQING), { id: 'one' })));
  write('awkward', 'swapped-axes.geojson', json(collection([feature(zone('sw', '经纬颠倒'), polygon(XIQING.map(([x, y]) => [y!, x!])))])));
  write('awkward', 'epsg-3857.geojson', json(collection([feature(zone('wm', 'Web墨卡托'), polygon(project('EPSG:3857')(XIQING)))])));
  write('awkward', 'epsg-4527.geojson', json(collection([feature(zone('gk', '高斯克吕格39带'), polygon(project(EPSG_4527)(XIQING)))])));
  write('awkward', 'epsg-4548.geojson', json(collection([feature(zone('gk117', '中央经线117'), polygon(project(EPSG_4548)(XIQING)))])));
  const metres = project(EPSG_4527)(XIQING);
  const xs = metres.map((position) => position[0]!);
  const ys = metres.map((position) => position[1]!);
  write(
    'awkward',
    'crs-member-4527.geojson',
    json(collection([feature(zone('crs', '声明坐标系'), polygon(metres))], { name: '西青区示范区', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4527' } }, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] })),
  );
  write('awkward', 'crs-crs84.geojson', json(collection(two, { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } })));
  write('awkward', 'gcj02-declared.geojson', json(collection([feature(zone('amap', '高德坐标'), polygon(toDatum(gcoord.GCJ02)(XIQING)))])));
  write('awkward', 'bd09-declared.geojson', json(collection([feature(zone('baidu', '百度坐标'), polygon(toDatum(gcoord.BD09)(XIQING)))])));
  write('awkward', 'unclosed-ring.geojson', json(collection([feature(zone('open', '未闭合'), polygon(XIQING.slice(0, -1)))])));
  write('awkward', 'clockwise-outer.geojson', json(collection([feature(zone('cw', '顺时针外环'), polygon(XIQING.slice().reverse()))])));
  const bowTie = [[117.0, 39.0], [117.1, 39.1], [117.1, 39.0], [117.0, 39.1], [117.0, 39.0]];
  write('awkward', 'bow-tie.geojson', json(collection([feature(zone('bow', '领结'), polygon(bowTie))])));
  const farHole = [[117.5, 39.5], [117.5, 39.51], [117.51, 39.51], [117.51, 39.5], [117.5, 39.5]];
  write('awkward', 'hole-outside-shell.geojson', json(collection([feature(zone('hole', '洞在外'), polygon(XIQING, farHole))])));
  write('awkward', 'null-geometry.geojson', json(collection([feature(zone('ok', '有几何'), polygon(XIQING)), feature(zone('none', '无几何'), null), feature(zone('empty', '空几何'), { type: 'MultiPolygon', coordinates: [] })])));
  write(
    'awkward',
    'points-and-lines.geojson',
    json(collection([feature(zone('area', '区域'), polygon(XIQING)), feature({ id: 'stop', name_zh: '公交站' }, { type: 'Point', coordinates: [117.05, 39.08] }), feature({ id: 'route', name_zh: '接驳线' }, { type: 'LineString', coordinates: [[117.02, 39.06], [117.09, 39.11]] })])),
  );
  write(
    'awkward',
    'chinese-keys.geojson',
    json(collection([
      feature({ 名称: '西青先导区', 区县: '西青区', 类型: '先导区', 年份: '2021年', 场景: '公交、共享汽车', 备注: { 来源: ['规划', null], 层级: 2 }, 空值: null }, polygon(XIQING), { id: 'xq-pilot' }),
      feature({ 名称: '东丽示范区', 区县: '东丽区', 类型: '示范区', 年份: 2022, 场景: '校园接驳', 备注: null, 空值: null }, polygon(DONGLI), { id: 'dl-demo' }),
    ])),
  );
  const polygonText = JSON.stringify(polygon(XIQING));
  write(
    'awkward',
    'proto-keys.geojson',
    `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"toString":"plain text","名称":"原型键测试区","区县":"东丽区"},"geometry":${polygonText}}]}\n`,
  );
  shapefileFixtures();
  kmlFixtures();
  write('awkward', 'zones.topojson', json(topology()));
  const canonical = importFile(text(json(collection(two))), 'canonical.geojson');
  write('awkward', 'canonical.geojson', exportGeoJson(canonical.features, { collectionMembers: canonical.collectionMembers }));
}

const SHAPE_FIELDS: ShapefileField[] = [
  { name: '名称', type: 'C', length: 40 },
  { name: '区县', type: 'C', length: 20 },
  { name: '类型', type: 'C', length: 20 },
  { name: '年份', type: 'N', length: 4 },
];

function shapefileFixtures(): void {
  // Shapefile outer rings are clockwise: reverse the counter-clockwise outlines.
  const clockwise = (ring: Ring) => ring.slice().reverse();
  const records = [
    { rings: [clockwise(project(EPSG_4527)(XIQING))], values: ['西青区车联网先导区', '西青区', '先导区', 2020] },
    { rings: [clockwise(project(EPSG_4527)(DONGLI))], values: ['东丽区示范区', '东丽区', '示范区', 2022] },
  ];
  const gbk = writeShapefile(SHAPE_FIELDS, records, 'gbk');
  write('awkward', 'shapefile-gbk-4527.zip', zip({ 'zones/区域.shp': gbk.shp, 'zones/区域.shx': gbk.shx, 'zones/区域.dbf': gbk.dbf, 'zones/区域.prj': text(PRJ_4527), 'zones/区域.cpg': text('GBK') }));
  const lonLat = writeShapefile(SHAPE_FIELDS, [{ rings: [clockwise(XIQING)], values: ['西青无编码说明', '西青区', '示范区', 2023] }], 'gbk');
  write('awkward', 'shapefile-gbk-no-cpg.zip', zip({ 'zones.shp': lonLat.shp, 'zones.shx': lonLat.shx, 'zones.dbf': lonLat.dbf }));
}

function kmlFixtures(): void {
  const coordinates = (ring: Ring) => ring.map(([x, y]) => `${x},${y},0`).join(' ');
  const placemark = (id: string, name: string, district: string, rings: Ring[]) => `
    <Placemark id="${id}">
      <name>${name}</name>
      <ExtendedData><Data name="district"><value>${district}</value></Data><Data name="phase"><value>2022</value></Data></ExtendedData>
      <MultiGeometry>${rings.map((ring) => `<Polygon><outerBoundaryIs><LinearRing><coordinates>${coordinates(ring)}</coordinates></LinearRing></outerBoundaryIs></Polygon>`).join('')}</MultiGeometry>
    </Placemark>`;
  const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
  <Document>
    <name>天津车联网区域</name>${placemark('xq-kml', '西青KML区', '西青区', [XIQING])}${placemark('two-parts', '两块区域', '东丽区', [DONGLI, XIQING.map(([x, y]) => [x! + 0.5, y!])])}
  </Document>
</kml>
`;
  write('awkward', 'zones.kml', kml);
  write('awkward', 'zones.kmz', zip({ 'doc.kml': text(kml), 'files/readme.txt': text('images would go here') }));
}

/** Two zones sharing an edge, as TopoJSON stores it: the shared arc once, used by both. */
function topology() {
  return {
    type: 'Topology',
    objects: {
      zones: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], id: 'west', properties: { name_zh: '西块', district: '西青区' } },
          { type: 'Polygon', arcs: [[2, ~0]], id: 'east', properties: { name_zh: '东块', district: '西青区' } },
        ],
      },
    },
    arcs: [
      [[117.05, 39.05], [117.05, 39.1]],
      [[117.05, 39.1], [117.0, 39.1], [117.0, 39.05], [117.05, 39.05]],
      [[117.05, 39.05], [117.1, 39.05], [117.1, 39.1], [117.05, 39.1]],
    ],
  };
}

badFixtures();
awkwardFixtures();
editorFileFixtures(write);
spreadsheetFixtures(write);
console.log(`import fixtures written to ${ROOT}`);
