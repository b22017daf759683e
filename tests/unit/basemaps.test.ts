import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { basemapCoordinates, checkBasemapUrl, isTiandituKey } from '../../src/map/basemaps/basemapChoice';
import { BasemapHealth, CONSECUTIVE_ERRORS_AFTER_LOADING, ERRORS_BEFORE_FIRST_TILE } from '../../src/map/basemaps/basemapHealth';
import { basemapPlan, composeOnlineStyle, fontOf, OWN_SOURCE_IDS, plainAttribution, rasterStyle, type BasemapLook } from '../../src/map/basemaps/basemapStyle';
import { DARK_THEME, LIGHT_THEME } from '../../src/map/basemapTheme';
import { buildOfflineStyle, DISTRICT_LABEL_LAYER_ID, EMPTY_BASEMAP_DATA, ZONE_LABEL_LAYER_ID, ZONE_OUTLINE_LAYER_ID, ZONE_SELECTED_OUTLINE_LAYER_ID } from '../../src/map/offlineStyle';

const look: BasemapLook = { data: EMPTY_BASEMAP_DATA, language: 'zh-CN', theme: LIGHT_THEME, scale: 1 };

describe('basemap choices', () => {
  it('GCJ-02 is the AMap-style tiles and custom basemaps marked so', () => {
    expect(basemapCoordinates({ id: 'amap' })).toBe('gcj02');
    expect(basemapCoordinates({ id: 'custom', url: 'https://a/{z}/{x}/{y}', coordinates: 'gcj02' })).toBe('gcj02');
    for (const id of ['offline', 'openfreemap', 'osm'] as const) expect(basemapCoordinates({ id })).toBe('wgs84');
    expect(basemapCoordinates({ id: 'tianditu', key: 'k' })).toBe('wgs84');
  });

  it('puts the Tianditu key into every tile URL, encoded, with its annotation layer', () => {
    const plan = basemapPlan({ id: 'tianditu', key: ' 0123456789abcdef0123456789abcdef ' });
    expect(plan.kind).toBe('raster');
    if (plan.kind !== 'raster') return;
    expect(plan.rasters.map((raster) => raster.id)).toEqual(['tianditu-vec', 'tianditu-cva']);
    for (const raster of plan.rasters) for (const url of raster.tiles) expect(url.endsWith('&tk=0123456789abcdef0123456789abcdef')).toBe(true);
    expect(isTiandituKey('0123456789abcdef0123456789ABCDEF')).toBe(true);
    expect(isTiandituKey('not a key')).toBe(false);
  });

  it('treats a URL with {z} as a tile template and anything else as a style document; https only', () => {
    expect(basemapPlan({ id: 'custom', url: 'https://tiles.example.org/{z}/{x}/{y}.png', coordinates: 'wgs84' }).kind).toBe('raster');
    expect(basemapPlan({ id: 'custom', url: 'https://example.org/style.json', coordinates: 'wgs84' })).toEqual({ kind: 'style', url: 'https://example.org/style.json' });
    expect(checkBasemapUrl(' https://example.org/style.json ')).toEqual({ ok: true, url: 'https://example.org/style.json' });
    expect(checkBasemapUrl('http://example.org/style.json')).toEqual({ ok: false, problem: 'not-https' });
    expect(checkBasemapUrl('javascript:alert(1)')).toEqual({ ok: false, problem: 'not-https' });
    expect(checkBasemapUrl('style.json')).toEqual({ ok: false, problem: 'not-a-url' });
    expect(checkBasemapUrl('  ')).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('basemap styles', () => {
  it('raster basemaps keep our district outlines, zone names and the layer the zones are drawn beneath', () => {
    const plan = basemapPlan({ id: 'osm' });
    if (plan.kind !== 'raster') throw new Error('expected raster');
    const style = rasterStyle(plan.rasters, look);
    const ids = style.layers.map((layer) => layer.id);
    // The zones (deck.gl) are drawn beneath ZONE_OUTLINE_LAYER_ID, so it must be in every style.
    expect(ids).toEqual(['basemap-background', 'basemap-osm', 'neighbour-labels', 'district-outline', ZONE_OUTLINE_LAYER_ID, ZONE_SELECTED_OUTLINE_LAYER_ID, DISTRICT_LABEL_LAYER_ID, ZONE_LABEL_LAYER_ID]);
    expect(style.sources.osm).toMatchObject({ type: 'raster', attribution: '© OpenStreetMap contributors' });
    expect(style.glyphs).toBeUndefined();
  });

  it('a fetched style gets our layers on top, in its own font, and plain-text attribution', () => {
    const fetched: StyleSpecification = {
      version: 8,
      glyphs: 'https://example.org/fonts/{fontstack}/{range}.pbf',
      sources: { vector: { type: 'vector', url: 'https://example.org/tiles.json', attribution: '<a href="https://osm.org" onclick="steal()">© OSM</a> <img src=x onerror=alert(1)>' } },
      layers: [
        { id: 'water', type: 'fill', source: 'vector', 'source-layer': 'water' },
        { id: 'place', type: 'symbol', source: 'vector', 'source-layer': 'place', layout: { 'text-font': ['Noto Sans Regular'], 'text-field': '{name}' } },
      ],
    };
    const composed = composeOnlineStyle(fetched, { ...look, theme: DARK_THEME, scale: 2 });
    expect(composed.layers.slice(0, 2).map((layer) => layer.id)).toEqual(['water', 'place']);
    const zoneLabels = composed.layers.find((layer) => layer.id === ZONE_LABEL_LAYER_ID)!;
    expect(zoneLabels.layout).toMatchObject({ 'text-font': ['Noto Sans Regular'], visibility: 'visible' });
    expect(composed.layers.find((layer) => layer.id === DISTRICT_LABEL_LAYER_ID)!.layout).toMatchObject({ visibility: 'none' });
    const attribution = (composed.sources.vector as { attribution: string }).attribution;
    expect(attribution).toBe('© OSM');
    expect(plainAttribution('<b>&copy; OSM</b> contributors > 3')).toBe('&copy; OSM contributors &gt; 3');
    expect(plainAttribution('x <img src=y onerror=alert(1)')).toBe('x &lt;img src=y onerror=alert(1)');
    expect(fontOf(fetched)).toEqual(['Noto Sans Regular']);
  });

  it('hides our names over a glyph style whose fonts it cannot tell', () => {
    const fetched: StyleSpecification = { version: 8, glyphs: 'https://example.org/{fontstack}/{range}.pbf', sources: {}, layers: [] };
    const composed = composeOnlineStyle(fetched, look);
    expect(composed.layers.find((layer) => layer.id === ZONE_LABEL_LAYER_ID)!.layout).toMatchObject({ visibility: 'none' });
  });

  it('sizes type and lines for the room and uses the dark theme in presenter mode', () => {
    const style = buildOfflineStyle({ language: 'en', theme: DARK_THEME, scale: 3 });
    const neighbourLabels = style.layers.find((layer) => layer.id === 'neighbour-labels')!;
    expect(neighbourLabels.layout).toMatchObject({ 'text-size': 36 });
    const sea = style.layers.find((layer) => layer.id === 'sea')!;
    expect(sea.paint).toEqual({ 'background-color': DARK_THEME.sea });
    expect(OWN_SOURCE_IDS.has('districts')).toBe(true);
    expect(OWN_SOURCE_IDS.has('osm')).toBe(false);
  });
});

describe('basemap health', () => {
  it('gives up after a few errors before any tile has loaded', () => {
    const health = new BasemapHealth();
    const answers = Array.from({ length: ERRORS_BEFORE_FIRST_TILE }, () => health.recordError());
    expect(answers).toEqual([...Array(ERRORS_BEFORE_FIRST_TILE - 1).fill(false), true]);
  });

  it('after loading, tolerates scattered errors but not a run of them', () => {
    const health = new BasemapHealth();
    health.recordTile();
    for (let index = 0; index < 20; index += 1) {
      expect(health.recordError()).toBe(false);
      health.recordTile();
    }
    const run = Array.from({ length: CONSECUTIVE_ERRORS_AFTER_LOADING }, () => health.recordError());
    expect(run.at(-1)).toBe(true);
    expect(run.slice(0, -1).every((answer) => !answer)).toBe(true);
  });
});
