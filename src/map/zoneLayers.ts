import { GeoJsonLayer } from '@deck.gl/layers';
import type { ZoneFeature } from '../domain/zone';
import type { FillMesh } from './fillMesh';
import { fillMeshLayer } from './fillMeshLayer';
import { ZONE_OUTLINE_LAYER_ID } from './offlineStyle';
import { zoneKindColour } from './zoneColours';

export interface ZoneLayerInput {
  zones: ZoneFeature[];
  selectedZoneId: string | null;
  /** Over the dark presenter basemap: stronger fills. */
  dark?: boolean;
  /**
   * For big collections, `zones`' fills as one mesh with the worker's triangles (fillMesh.ts):
   * drawn from binary attributes, picked by the zone's index in `zones`.
   */
  fills?: FillMesh;
}

/**
 * The id of the layer big collections are filled by: picking reports an index into the zones it
 * was given. Not 'zones' (the GeoJsonLayer of small collections): deck.gl matches layers by id,
 * and a layer of another class under the same id inherits state it cannot use.
 */
export const ZONE_FILL_MESH_LAYER_ID = 'zone-fills';

const FILL_ALPHA = 96;

/**
 * Read by @deck.gl/maplibre in interleaved mode (not part of deck.gl's layer prop types): the
 * zones are drawn beneath the basemap's labels, and beneath the zone outlines MapLibre draws
 * (see offlineStyle.ts and outlineOverlay.ts).
 */
const BENEATH_LABELS = { beforeId: ZONE_OUTLINE_LAYER_ID };
const SELECTED_FILL_ALPHA = 150;
const DARK_FILL_ALPHA = 175;
const DARK_SELECTED_FILL_ALPHA = 215;

/**
 * The deck.gl layers that fill the zones (translucent, by kind, the selected one stronger), with
 * picking and hover highlight, inserted beneath the basemap's labels (interleaved mode) so
 * district and zone names stay readable over them. Outlines are MapLibre's.
 */
export function buildZoneLayers({ zones, selectedZoneId, dark = false, fills }: ZoneLayerInput) {
  const selected = zones.filter((zone) => zone.properties.id === selectedZoneId);
  const fillAlpha = dark ? DARK_FILL_ALPHA : FILL_ALPHA;
  const selectedFillAlpha = dark ? DARK_SELECTED_FILL_ALPHA : SELECTED_FILL_ALPHA;
  const all = fills
    ? fillMeshLayer({
        ...BENEATH_LABELS,
        id: ZONE_FILL_MESH_LAYER_ID,
        mesh: fills,
        colourOf: (index) => [...zoneKindColour(zones[index]!.properties.kind), fillAlpha],
        colourKey: fillAlpha,
        pickable: true,
      })
    : new GeoJsonLayer<ZoneFeature['properties']>({
        ...BENEATH_LABELS,
        id: 'zones',
        data: zones,
        pickable: true,
        autoHighlight: true,
        highlightColor: [255, 255, 255, 70],
        filled: true,
        stroked: false,
        getFillColor: (zone) => [...zoneKindColour(zone.properties.kind), fillAlpha],
        updateTriggers: { getFillColor: fillAlpha },
      });
  return [
    all,
    new GeoJsonLayer<ZoneFeature['properties']>({
      ...BENEATH_LABELS,
      id: 'zone-selected',
      data: selected,
      pickable: false,
      filled: true,
      stroked: false,
      getFillColor: (zone) => [...zoneKindColour(zone.properties.kind), selectedFillAlpha],
      updateTriggers: { getFillColor: selectedFillAlpha },
    }),
  ];
}
