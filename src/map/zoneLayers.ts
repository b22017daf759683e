import { GeoJsonLayer } from '@deck.gl/layers';
import type { ZoneFeature } from '../domain/zone';
import type { FillMesh } from './fillMesh';
import { fillMeshLayer } from './fillMeshLayer';
import { ZONE_OUTLINE_LAYER_ID } from './offlineStyle';
import { zoneKindColour } from './zoneColours';

export interface ZoneLayerInput {
  zones: ZoneFeature[];
  selectedZoneId: string | null;
  /** Multiplies line widths (presenter mode on big screens). */
  lineWidthScale?: number;
  /** Over the dark presenter basemap: stronger fills and a white outline on the selected zone. */
  dark?: boolean;
  /** False for big collections, whose outlines MapLibre draws (see outlineOverlay.ts). */
  stroked?: boolean;
  /**
   * For big collections, `zones`' fills as one mesh with the worker's triangles (fillMesh.ts):
   * drawn unstroked from binary attributes, picked by the zone's index in `zones`.
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
 * zones are drawn beneath the basemap's labels, and beneath the outlines MapLibre draws for big
 * collections (which sit just below the district labels; see offlineStyle.ts).
 */
const BENEATH_LABELS = { beforeId: ZONE_OUTLINE_LAYER_ID };
const SELECTED_FILL_ALPHA = 150;
const DARK_FILL_ALPHA = 175;
const DARK_SELECTED_FILL_ALPHA = 215;

/**
 * The deck.gl layers that draw the zones, inserted beneath the basemap's labels (interleaved
 * mode) so district and zone names stay readable over the fills.
 */
export function buildZoneLayers({ zones, selectedZoneId, lineWidthScale = 1, dark = false, stroked = true, fills }: ZoneLayerInput) {
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
        stroked,
        getFillColor: (zone) => [...zoneKindColour(zone.properties.kind), fillAlpha],
        getLineColor: (zone) => [...zoneKindColour(zone.properties.kind), 255],
        getLineWidth: 2,
        lineWidthUnits: 'pixels',
        lineWidthScale,
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
      stroked: true,
      getFillColor: (zone) => [...zoneKindColour(zone.properties.kind), selectedFillAlpha],
      getLineColor: dark ? [255, 255, 255, 255] : [20, 24, 32, 255],
      getLineWidth: 4,
      lineWidthUnits: 'pixels',
      lineWidthScale,
      updateTriggers: { getFillColor: selectedFillAlpha },
    }),
  ];
}
