import type { FeatureCollection, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { DistrictFeature } from '../domain/district';
import type { Language } from '../i18n/translate';
import { LIGHT_THEME, type BasemapTheme } from './basemapTheme';
import { ZONE_KIND_COLOURS, cssColour, zoneKindColour } from './zoneColours';

export const DISTRICT_LABEL_LAYER_ID = 'district-labels';
export const NEIGHBOUR_LABEL_LAYER_ID = 'neighbour-labels';
export const ZONE_LABEL_SOURCE_ID = 'zone-labels';
export const ZONE_LABEL_LAYER_ID = 'zone-labels';
/** Zone outlines, drawn by MapLibre (see outlineOverlay.ts); deck.gl's zone fills go beneath. */
export const ZONE_OUTLINE_SOURCE_ID = 'zone-outlines';
export const ZONE_OUTLINE_LAYER_ID = 'zone-outlines';
/** The selected zone's outline, from the same source (filtered by id; see `selectedOutlineFilter`). */
export const ZONE_SELECTED_OUTLINE_LAYER_ID = 'zone-selected-outline';

/** The selected outline layer's filter: the zone of that id, or none. */
export function selectedOutlineFilter(zoneId: string | null): ['==', ['get', 'id'], string] {
  return ['==', ['get', 'id'], zoneId ?? ''];
}

/** The text property shown for each language; data keeps both names. */
export function nameProperty(language: Language): 'name_zh' | 'name_en' {
  return language === 'zh-CN' ? 'name_zh' : 'name_en';
}

interface Labelled {
  name_zh: string;
  name_en: string;
  label: [number, number];
}

/** Point features at each outline's `label` position, for MapLibre's symbol layers. */
function labelPoints(properties: Labelled[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: properties.map(({ name_zh, name_en, label }) => ({
      type: 'Feature',
      properties: { name_zh, name_en },
      geometry: { type: 'Point', coordinates: label },
    })),
  };
}

function isLabelled(properties: unknown): properties is Labelled {
  const candidate = properties as Partial<Labelled> | null;
  return typeof candidate?.name_zh === 'string' && typeof candidate.name_en === 'string' && Array.isArray(candidate.label);
}

export interface BasemapData {
  districts: DistrictFeature[];
  contextLand: FeatureCollection;
}

/** The GeoJSON of each basemap source, so the data can arrive after the map is made. */
export function basemapSourceData({ districts, contextLand }: BasemapData): Record<string, FeatureCollection> {
  return {
    'context-land': contextLand,
    districts: { type: 'FeatureCollection', features: districts },
    'district-label-points': labelPoints(districts.map((district) => district.properties)),
    // Neighbouring prefectures (Beijing, Hebei…) are named too, so the city reads in context.
    'neighbour-label-points': labelPoints(contextLand.features.map((feature) => feature.properties).filter(isLabelled)),
  };
}

export const EMPTY_BASEMAP_DATA: BasemapData = { districts: [], contextLand: { type: 'FeatureCollection', features: [] } };

export interface OfflineStyleInput {
  data?: BasemapData;
  language: Language;
  theme?: BasemapTheme;
  /** Multiplies type sizes and line widths (presenter mode on big screens; see presenter/roomScale.ts). */
  scale?: number;
}

/**
 * The default basemap: built entirely from files in `data/`, so the app draws with no network.
 * It has no `glyphs` URL: MapLibre then draws label text with the system's local fonts (Chinese
 * included), so no glyph server is needed.
 */
export function buildOfflineStyle({ data = EMPTY_BASEMAP_DATA, language, theme = LIGHT_THEME, scale = 1 }: OfflineStyleInput): StyleSpecification {
  const label = ['get', nameProperty(language)] as ['get', string];
  const geojson = (collection: FeatureCollection) => ({ type: 'geojson' as const, data: collection });
  const sourceData = basemapSourceData(data);
  return {
    version: 8,
    name: 'Tianjin offline',
    sources: {
      ...Object.fromEntries(Object.entries(sourceData).map(([id, collection]) => [id, geojson(collection)])),
      [ZONE_LABEL_SOURCE_ID]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [ZONE_OUTLINE_SOURCE_ID]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': theme.sea } },
      { id: 'context-land', type: 'fill', source: 'context-land', paint: { 'fill-color': theme.contextLand, 'fill-outline-color': theme.contextLand } },
      // The first context feature is a land mask (gaps between source outlines filled); only the
      // neighbouring prefectures get outlines.
      {
        id: 'context-outline',
        type: 'line',
        source: 'context-land',
        filter: ['==', ['get', 'role'], 'neighbour'],
        paint: { 'line-color': theme.contextOutline, 'line-width': 0.8 * scale },
      },
      {
        id: NEIGHBOUR_LABEL_LAYER_ID,
        type: 'symbol',
        source: 'neighbour-label-points',
        layout: { 'text-field': label, 'text-font': ['sans-serif'], 'text-size': 12 * scale },
        paint: { 'text-color': theme.contextLabel, 'text-halo-color': theme.contextLand, 'text-halo-width': 1.2 * scale },
      },
      { id: 'district-fill', type: 'fill', source: 'districts', paint: { 'fill-color': theme.district, 'fill-outline-color': theme.district } },
      {
        id: 'district-outline',
        type: 'line',
        source: 'districts',
        paint: { 'line-color': theme.districtOutline, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8 * scale, 12, 2 * scale] },
      },
      {
        id: ZONE_OUTLINE_LAYER_ID,
        type: 'line',
        source: ZONE_OUTLINE_SOURCE_ID,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': [
            'match',
            ['get', 'kind'],
            'pilot-zone',
            cssColour(ZONE_KIND_COLOURS['pilot-zone']),
            'demo-zone',
            cssColour(ZONE_KIND_COLOURS['demo-zone']),
            'scenario-area',
            cssColour(ZONE_KIND_COLOURS['scenario-area']),
            cssColour(zoneKindColour('')),
          ],
          'line-width': 2 * scale,
        },
      },
      {
        id: ZONE_SELECTED_OUTLINE_LAYER_ID,
        type: 'line',
        source: ZONE_OUTLINE_SOURCE_ID,
        filter: selectedOutlineFilter(null),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': theme.selectedZoneOutline, 'line-width': 4 * scale },
      },
      {
        id: DISTRICT_LABEL_LAYER_ID,
        type: 'symbol',
        source: 'district-label-points',
        layout: {
          'text-field': label,
          'text-font': ['sans-serif'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11 * scale, 12, 16 * scale],
          'text-max-width': 8,
        },
        paint: { 'text-color': theme.districtLabel, 'text-halo-color': theme.districtLabelHalo, 'text-halo-width': 1.5 * scale },
      },
      {
        id: ZONE_LABEL_LAYER_ID,
        type: 'symbol',
        source: ZONE_LABEL_SOURCE_ID,
        layout: {
          'text-field': label,
          'text-font': ['sans-serif'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11 * scale, 12, 15 * scale],
          'text-max-width': 9,
          'text-optional': true,
        },
        paint: { 'text-color': theme.zoneLabel, 'text-halo-color': theme.zoneLabelHalo, 'text-halo-width': 1.6 * scale },
      },
    ],
  };
}
