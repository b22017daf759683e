import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Language } from '../../i18n/translate';
import type { BasemapTheme } from '../basemapTheme';
import { buildOfflineStyle, DISTRICT_LABEL_LAYER_ID, NEIGHBOUR_LABEL_LAYER_ID, ZONE_LABEL_LAYER_ID, ZONE_OUTLINE_LAYER_ID, ZONE_SELECTED_OUTLINE_LAYER_ID, type BasemapData } from '../offlineStyle';
import type { BasemapChoice } from './basemapChoice';

/** What the map's own layers look like, whatever lies beneath them. */
export interface BasemapLook {
  data: BasemapData;
  language: Language;
  theme: BasemapTheme;
  scale: number;
}

export interface RasterBasemap {
  /** Source id in the style. */
  id: string;
  tiles: string[];
  tileSize: number;
  maxzoom: number;
  attribution: string;
}

/** How a basemap is drawn: the embedded style, raster tiles under our layers, or a style from a URL. */
export type BasemapPlan = { kind: 'offline' } | { kind: 'raster'; rasters: RasterBasemap[] } | { kind: 'style'; url: string };

const OPENFREEMAP_STYLE_URL = 'https://tiles.openfreemap.org/styles/liberty';

function tiandituLayer(layer: 'vec' | 'cva', key: string): RasterBasemap {
  const servers = [0, 1, 2, 3, 4, 5, 6, 7];
  return {
    id: `tianditu-${layer}`,
    tiles: servers.map(
      (server) =>
        `https://t${server}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key.trim())}`,
    ),
    tileSize: 256,
    maxzoom: 18,
    attribution: layer === 'vec' ? '© 天地图 Tianditu' : '',
  };
}

/** The tiles or style behind each choice. Tianditu's key goes in the tile URLs (`tk=`). */
export function basemapPlan(choice: BasemapChoice): BasemapPlan {
  switch (choice.id) {
    case 'offline':
      return { kind: 'offline' };
    case 'openfreemap':
      return { kind: 'style', url: OPENFREEMAP_STYLE_URL };
    case 'osm':
      return {
        kind: 'raster',
        rasters: [{ id: 'osm', tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 19, attribution: '© OpenStreetMap contributors' }],
      };
    case 'tianditu':
      // Vector base plus its Chinese annotation layer, both Web Mercator (`_w`) on CGCS2000: no shift.
      return { kind: 'raster', rasters: [tiandituLayer('vec', choice.key), tiandituLayer('cva', choice.key)] };
    case 'amap':
      return {
        kind: 'raster',
        rasters: [
          {
            id: 'amap',
            tiles: [1, 2, 3, 4].map((server) => `https://webrd0${server}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}`),
            tileSize: 256,
            maxzoom: 18,
            attribution: '© 高德地图 AutoNavi (GCJ-02)',
          },
        ],
      };
    case 'custom':
      // A URL with {z} is a tile template; anything else is a MapLibre style document.
      return /\{z\}/.test(choice.url)
        ? { kind: 'raster', rasters: [{ id: 'custom-tiles', tiles: [choice.url], tileSize: 256, maxzoom: 19, attribution: new URL(choice.url).host }] }
        : { kind: 'style', url: choice.url };
  }
}

/** Our source ids: everything else in a style belongs to the basemap (its failures are the basemap's). */
export const OWN_SOURCE_IDS: ReadonlySet<string> = new Set(Object.keys(buildOfflineStyle({ language: 'zh-CN' }).sources));

const OVERLAY_LAYER_IDS = new Set(['district-outline', ZONE_OUTLINE_LAYER_ID, ZONE_SELECTED_OUTLINE_LAYER_ID, NEIGHBOUR_LABEL_LAYER_ID, DISTRICT_LABEL_LAYER_ID, ZONE_LABEL_LAYER_ID]);

/** Labels an online basemap already draws; ours stay in the style (the map adapter styles them by id) but hidden. */
const HIDDEN_OVER_ONLINE = new Set([NEIGHBOUR_LABEL_LAYER_ID, DISTRICT_LABEL_LAYER_ID]);

/**
 * The layers of ours every basemap keeps, above it: district outlines and zone names. The district
 * label layer stays (hidden) as the anchor the deck.gl zone layers are inserted beneath.
 * `font` is the glyph font to use where the basemap's style loads glyphs from a server; `null`
 * there means no usable font was found and zone names are hidden rather than failing.
 */
export function overlayOf(look: BasemapLook, font?: string[] | null): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
  const offline = buildOfflineStyle(look);
  const layers = offline.layers
    .filter((layer) => OVERLAY_LAYER_IDS.has(layer.id))
    .map((layer): LayerSpecification => {
      if (layer.type !== 'symbol') return layer;
      const hidden = HIDDEN_OVER_ONLINE.has(layer.id) || font === null;
      return { ...layer, layout: { ...layer.layout, ...(font ? { 'text-font': font } : {}), visibility: hidden ? 'none' : 'visible' } };
    });
  const usedSources = new Set(layers.map((layer) => ('source' in layer ? layer.source : undefined)).filter((id): id is string => typeof id === 'string'));
  const sources = Object.fromEntries(Object.entries(offline.sources).filter(([id]) => usedSources.has(id)));
  return { sources, layers };
}

/** Raster tiles beneath our layers. No glyph server: names are drawn with local fonts, as offline. */
export function rasterStyle(rasters: readonly RasterBasemap[], look: BasemapLook): StyleSpecification {
  const overlay = overlayOf(look);
  return {
    version: 8,
    name: rasters.map((raster) => raster.id).join(' + '),
    sources: {
      ...Object.fromEntries(
        rasters.map((raster) => [
          raster.id,
          { type: 'raster', tiles: raster.tiles, tileSize: raster.tileSize, maxzoom: raster.maxzoom, attribution: raster.attribution || undefined } satisfies SourceSpecification,
        ]),
      ),
      ...overlay.sources,
    },
    layers: [
      { id: 'basemap-background', type: 'background', paint: { 'background-color': look.theme.sea } },
      ...rasters.map((raster): LayerSpecification => ({ id: `basemap-${raster.id}`, type: 'raster', source: raster.id })),
      ...overlay.layers,
    ],
  };
}

/** The first plain font stack a style's labels use, for our labels over it. */
export function fontOf(style: StyleSpecification): string[] | null {
  for (const layer of style.layers) {
    if (layer.type !== 'symbol') continue;
    const font = layer.layout?.['text-font'];
    if (Array.isArray(font) && font.length > 0 && font.every((item) => typeof item === 'string')) return font as string[];
  }
  return null;
}

/**
 * Attribution from someone else's style as plain text: MapLibre's attribution control inserts it
 * as HTML, so tags are removed and any stray angle bracket escaped (entities such as `&copy;` stay).
 */
export function plainAttribution(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s+/g, ' ').trim();
}

/** A style fetched from a URL with our layers on top and its attributions made plain text. */
export function composeOnlineStyle(fetched: StyleSpecification, look: BasemapLook): StyleSpecification {
  const font = fetched.glyphs ? fontOf(fetched) : undefined;
  const overlay = overlayOf(look, font);
  const sources = Object.fromEntries(
    Object.entries(fetched.sources).map(([id, source]) => {
      const attribution = 'attribution' in source && typeof source.attribution === 'string' ? plainAttribution(source.attribution) : undefined;
      return [id, attribution === undefined ? source : { ...source, attribution }];
    }),
  ) as Record<string, SourceSpecification>;
  const ownIds = new Set(overlay.layers.map((layer) => layer.id));
  return {
    ...fetched,
    sources: { ...sources, ...overlay.sources },
    layers: [...fetched.layers.filter((layer) => !ownIds.has(layer.id)), ...overlay.layers],
  };
}
