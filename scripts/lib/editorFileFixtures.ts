/**
 * Import fixtures for issue 11 (files as offices send them): ids and keys that are not plain
 * words, KML elements that are not zones, zones far from Tianjin and spreadsheet lists. Called by
 * scripts/generate-import-fixtures.ts, which owns `write`; deterministic like the rest.
 */
import { zipSync } from 'fflate';
import { encoder, writeShapefile } from './shapefileWriter';

type Write = (folder: 'bad' | 'awkward', name: string, content: string | Uint8Array) => void;
type Ring = number[][];

const ZIP_TIME = new Date('2024-01-01T00:00:00Z');
const encode = (value: string) => new TextEncoder().encode(value);
const json = (value: unknown) => `${JSON.stringify(value)}\n`;

/** A rectangle, counter-clockwise, from its west, south, east and north edges. */
const box = (west: number, south: number, east: number, north: number): Ring => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];
const area = (id: string, name: string, ring: Ring) => ({
  type: 'Feature',
  properties: { id, name_zh: name, district: '西青区', kind: 'scenario-area', phase: 2023 },
  geometry: { type: 'Polygon', coordinates: [ring] },
});

/** A zone id that tries to end the URL's `zone=` early and open the presenter in English. */
export const URL_INJECTION_ID = 'evil&present=1&lang=en#step=x';

export function editorFileFixtures(write: Write): void {
  write(
    'awkward',
    'hostile-ids.geojson',
    json({
      type: 'FeatureCollection',
      features: [
        area(URL_INJECTION_ID, '注入测试区', box(117.02, 39.02, 117.06, 39.05)),
        area('__proto__', '原型编号区', box(117.07, 39.02, 117.11, 39.05)),
        area('constructor', '构造器编号区', box(117.12, 39.02, 117.16, 39.05)),
      ],
    }),
  );
  const shapes = writeShapefile(
    [
      { name: '__proto__', type: 'C', length: 20 },
      { name: 'name_zh', type: 'C', length: 40 },
    ],
    [{ rings: [box(117.02, 39.02, 117.06, 39.05).reverse()], values: ['原型字段值', '原型字段区'] }],
    'utf-8',
  );
  write('awkward', 'shapefile-proto-field.zip', zipSync({ 'zones.shp': shapes.shp, 'zones.shx': shapes.shx, 'zones.dbf': shapes.dbf, 'zones.cpg': encode('UTF-8') }, { mtime: ZIP_TIME }));
  write('awkward', 'overlays.kml', overlaysKml());
  write(
    'awkward',
    'far-from-tianjin.geojson',
    json({
      type: 'FeatureCollection',
      features: [
        area('in-tianjin', '西青区内', box(117.02, 39.02, 117.06, 39.05)),
        area('sydney', '悉尼附近', box(151.1, -33.95, 151.25, -33.8)),
        area('antimeridian', '跨日界线', [[179.9, -16.9], [-179.9, -16.9], [-179.9, -16.7], [179.9, -16.7], [179.9, -16.9]]),
      ],
    }),
  );
}

/** RSU sites as an office's Excel list: Chinese headers, a name that looks like a formula, one row without a usable position. */
const RSU_ROWS = [
  ['编号', '名称', '经度', '纬度', '区县'],
  ['rsu-1', '西青路侧单元一', '117.0512', '39.0731', '西青区'],
  ['rsu-2', '=HYPERLINK("http://127.0.0.1:9/","点我")', '117.0603', '39.0815', '西青区'],
  ['rsu-3', '+86 22 1234 5678', '117.0711', '39.0902', '西青区'],
];

/** Cells as Excel writes them: quoted when they hold the separator, a quote or a line break. */
function table(rows: readonly (readonly string[])[], separator = ','): string {
  const cell = (text: string) => (/[",\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return `${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
}

export function spreadsheetFixtures(write: Write): void {
  write('awkward', 'rsu-sites.csv', `\uFEFF${table(RSU_ROWS)}`);
  write('awkward', 'rsu-sites-gbk.csv', encoder('gbk')(table(RSU_ROWS.map((row) => row.map((cell) => cell.replace('=HYPERLINK("http://127.0.0.1:9/","点我")', '西青路侧单元二'))))));
  // Excel's "Unicode Text": UTF-16 little-endian with a byte-order mark, tab-separated.
  const utf16 = table(RSU_ROWS.slice(0, 2), '\t');
  write('awkward', 'rsu-sites-utf16.tsv', Uint8Array.from([0xff, 0xfe, ...[...utf16].flatMap((character) => [character.charCodeAt(0) & 0xff, character.charCodeAt(0) >> 8])]));
  write('awkward', 'rsu-sites.tsv', table([['id', 'name_zh', 'lng', 'lat'], ['t1', '制表符分隔', '117.3012', '39.1003'], ['t2', '第二站', '117.3105', '39.1107']], '\t'));
  // AMap (GCJ-02) numbers: the same sites about 500 m off; `--from gcj02` moves them back.
  write('awkward', 'rsu-gcj02.csv', table([['名称', 'lng', 'lat'], ['高德站点', '117.0573', '39.0745']]));
  write(
    'awkward',
    'zones-wkt.csv',
    table([
      ['id', 'name_zh', 'district', 'wkt'],
      ['wkt-1', 'WKT区域一', '西青区', 'POLYGON ((117.02 39.02, 117.06 39.02, 117.06 39.05, 117.02 39.05, 117.02 39.02))'],
      ['wkt-2', 'WKT两块', '东丽区', 'MULTIPOLYGON (((117.3 39.08, 117.34 39.08, 117.34 39.11, 117.3 39.11, 117.3 39.08)), ((117.36 39.08, 117.4 39.08, 117.4 39.11, 117.36 39.11, 117.36 39.08)))'],
      ['wkt-3', '坏WKT', '东丽区', 'POLYGON ((117.3 39.08, 117.34'],
    ]),
  );
  write('awkward', 'guessed-columns.csv', table([['站名', 'A', 'B'], ['无列名站', '117.1534', '39.1201'], ['第二站', '117.1621', '39.1288']]));
  write('awkward', 'bad-position-row.csv', table([['名称', '经度', '纬度'], ['好站点', '117.2', '39.1'], ['坏站点', '117.2', '北纬39度']]));
  write('bad', 'no-coordinates.csv', table([['名称', '备注'], ['西青', '没有坐标']]));
  write('bad', 'header-only.csv', table([['名称', '经度', '纬度']]));
}

/** One real zone, and the four KML elements that must not become zones. */
function overlaysKml(): string {
  const coordinates = box(117.02, 39.02, 117.06, 39.05)
    .map(([x, y]) => `${x},${y},0`)
    .join(' ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
  <Document>
    <name>叠加层测试</name>
    <Placemark id="real-zone"><name>真实区域</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${coordinates}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
    <GroundOverlay><name>叠加图</name><Icon><href>http://127.0.0.1:9/overlay.png</href></Icon>
      <LatLonBox><north>39.2</north><south>39.0</south><east>117.2</east><west>117.0</west></LatLonBox></GroundOverlay>
    <PhotoOverlay><name>全景照片</name><Icon><href>http://127.0.0.1:9/photo.jpg</href></Icon><Point><coordinates>117.05,39.03,0</coordinates></Point></PhotoOverlay>
    <ScreenOverlay><name>图例</name><Icon><href>http://127.0.0.1:9/legend.png</href></Icon></ScreenOverlay>
    <NetworkLink><name>远程图层</name><Link><href>http://127.0.0.1:9/more.kml</href></Link>
      <Region><LatLonAltBox><north>39.3</north><south>38.9</south><east>117.4</east><west>116.9</west></LatLonAltBox></Region></NetworkLink>
  </Document>
</kml>
`;
}
