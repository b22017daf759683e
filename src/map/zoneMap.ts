// @deck.gl/maplibre, not @deck.gl/mapbox: the latter reads `map.transform`, which MapLibre 6 removed.
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PickingInfo } from '@deck.gl/core';
import { bbox } from '@turf/turf';
import {
  AttributionControl,
  GeoJSONSource,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type LngLatBoundsLike,
  type PaddingOptions,
} from 'maplibre-gl';
// The production build does not emit MapLibre's worker beside its chunk, where MapLibre 6 looks
// for it ("Worker failed to load"); importing its URL makes Vite ship the file and tells us where.
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { ZoneFeature } from '../domain/zone';
import type { Language } from '../i18n/translate';
import { hoverZone, selectZone } from '../state/actions';
import { selectVisibleZones, selectZoneById } from '../state/selectors';
import type { AppStore } from '../state/store';
import {
  basemapSourceData,
  buildOfflineStyle,
  type BasemapData,
  DISTRICT_LABEL_LAYER_ID,
  nameProperty,
  NEIGHBOUR_LABEL_LAYER_ID,
  ZONE_LABEL_LAYER_ID,
  ZONE_LABEL_SOURCE_ID,
} from './offlineStyle';
import { zoneLabelPoints } from './zoneLabelPoints';
import { buildZoneLayers } from './zoneLayers';

setWorkerUrl(maplibreWorkerUrl);

/** Tianjin's extent, for the first view when the URL names none. */
export const TIANJIN_BOUNDS: LngLatBoundsLike = [
  [116.7, 38.55],
  [118.07, 40.25],
];

const FOCUS_PADDING_PIXELS = 60;

function zoneBounds(zone: ZoneFeature | { type: 'FeatureCollection'; features: ZoneFeature[] }): LngLatBoundsLike {
  const [west, south, east, north] = bbox(zone);
  return [
    [west, south],
    [east, north],
  ];
}

/** A linked zone, else all zones, else the city. */
function initialBounds(store: AppStore): LngLatBoundsLike {
  const state = store.getState();
  const linkedZone = selectZoneById(state, state.selectedZoneId);
  if (linkedZone) return zoneBounds(linkedZone);
  if (state.zones.length > 0) return zoneBounds({ type: 'FeatureCollection', features: state.zones });
  return TIANJIN_BOUNDS;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface ZoneMapOptions {
  container: HTMLElement;
  store: AppStore;
  attribution: string;
  /** Pixels on the map's left covered by a panel (the inspector), kept clear when framing a zone. */
  coveredLeftPixels?: () => number;
}

/**
 * The map adapter: owns the MapLibre map and the deck.gl overlay (interleaved, so zones sit
 * beneath the basemap's labels and everything is one canvas), draws what the store says, and
 * turns pointer events into store actions. Every subscription and listener is undone in
 * `destroy()`.
 */
export class ZoneMap {
  readonly map: MapLibreMap;
  private readonly overlay: MapLibreOverlay;
  private readonly store: AppStore;
  private readonly cleanups: Array<() => void> = [];
  private lastLayerInputs: { zones: ZoneFeature[]; selectedZoneId: string | null } | null = null;
  private readonly styleLoaded: Promise<void>;
  private readonly coveredLeftPixels: () => number;

  private readonly viewFromUrl: boolean;

  /**
   * Made before any data has arrived, so MapLibre's start-up (WebGL, its worker) overlaps the
   * data requests; `setBasemapData` and the store's zones fill it in.
   */
  constructor({ container, store, attribution, coveredLeftPixels = () => 0 }: ZoneMapOptions) {
    this.store = store;
    this.coveredLeftPixels = coveredLeftPixels;
    this.viewFromUrl = /(^#|&)map=/.test(window.location.hash);
    this.map = new MapLibreMap({
      container,
      style: buildOfflineStyle({ language: store.getState().language }),
      hash: 'map',
      bounds: this.viewFromUrl ? undefined : TIANJIN_BOUNDS,
      attributionControl: false,
      // Keeps the last frame readable so the picture can be exported (and screenshotted in tests).
      canvasContextAttributes: { preserveDrawingBuffer: true },
      maxZoom: 16,
      minZoom: 5,
    });
    this.map.addControl(new AttributionControl({ compact: false, customAttribution: attribution }), 'bottom-right');
    this.map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      // Deck-level handlers see every pointer event, so a click on empty map clears the selection.
      onHover: (info) => this.onHover(info as PickingInfo<ZoneFeature>),
      onClick: (info) => this.onClick(info as PickingInfo<ZoneFeature>),
    });
    this.map.addControl(this.overlay);
    this.styleLoaded = new Promise((resolve) => this.map.once('load', () => resolve()));
    this.styleLoaded.then(() => {
      this.setLabelLanguage(this.store.getState().language);
      this.redrawZones();
    });

    this.cleanups.push(
      store.subscribe(
        (state) => [selectVisibleZones(state), state.selectedZoneId] as const,
        () => this.redrawZones(),
        { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
      ),
      store.subscribe(
        (state) => state.language,
        (language) => this.setLabelLanguage(language),
      ),
      store.subscribe(
        (state) => state.focusRequest,
        (request) => {
          if (request) this.flyToZone(request.zoneId);
        },
      ),
    );
    const onMouseOut = () => hoverZone(this.store, null);
    this.map.getCanvasContainer().addEventListener('mouseleave', onMouseOut);
    this.cleanups.push(() => this.map.getCanvasContainer().removeEventListener('mouseleave', onMouseOut));
  }

  async setBasemapData(data: BasemapData): Promise<void> {
    await this.styleLoaded;
    for (const [sourceId, collection] of Object.entries(basemapSourceData(data))) {
      const source = this.map.getSource(sourceId);
      if (source instanceof GeoJSONSource) source.setData(collection);
    }
  }

  /**
   * The first view, once the zones are known, unless the URL names one: a link to a zone frames
   * that zone; otherwise all zones are framed.
   */
  frameInitialView(): void {
    if (this.viewFromUrl) return;
    this.map.fitBounds(initialBounds(this.store), { padding: this.focusPadding(), maxZoom: 13, duration: 0 });
  }

  /** Resolves once the basemap and the current zones have been drawn for the first time. */
  async whenDrawn(): Promise<void> {
    await this.styleLoaded;
    this.redrawZones();
    // 'idle' comes after a frame with every source loaded (setData is asynchronous) and no
    // animation running; the repaint makes sure there is such a frame to wait for.
    await new Promise<void>((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  flyToZone(zoneId: string): void {
    const zone = selectZoneById(this.store.getState(), zoneId);
    if (!zone) return;
    this.map.fitBounds(zoneBounds(zone), { padding: this.focusPadding(), duration: prefersReducedMotion() ? 0 : 1200, maxZoom: 13 });
  }

  private focusPadding(): PaddingOptions {
    const padding = FOCUS_PADDING_PIXELS;
    return { top: padding, bottom: padding, right: padding, left: padding + this.coveredLeftPixels() };
  }

  private redrawZones(): void {
    if (!this.map.isStyleLoaded()) return;
    const state = this.store.getState();
    const zones = selectVisibleZones(state);
    const { selectedZoneId } = state;
    if (this.lastLayerInputs && this.lastLayerInputs.zones === zones && this.lastLayerInputs.selectedZoneId === selectedZoneId) return;
    const zonesChanged = this.lastLayerInputs?.zones !== zones;
    this.lastLayerInputs = { zones, selectedZoneId };
    this.overlay.setProps({
      layers: buildZoneLayers({ zones, selectedZoneId }),
    });
    if (zonesChanged) {
      const source = this.map.getSource(ZONE_LABEL_SOURCE_ID);
      if (source instanceof GeoJSONSource) source.setData(zoneLabelPoints(zones));
    }
  }

  private onHover(info: PickingInfo<ZoneFeature>): void {
    const zoneId = info.object?.properties.id;
    hoverZone(this.store, zoneId ? { zoneId, x: info.x, y: info.y } : null);
    this.map.getCanvas().style.cursor = zoneId ? 'pointer' : '';
  }

  private onClick(info: PickingInfo<ZoneFeature>): void {
    selectZone(this.store, info.object?.properties.id ?? null);
  }

  private setLabelLanguage(language: Language): void {
    if (!this.map.isStyleLoaded()) return;
    for (const layerId of [NEIGHBOUR_LABEL_LAYER_ID, DISTRICT_LABEL_LAYER_ID, ZONE_LABEL_LAYER_ID]) {
      this.map.setLayoutProperty(layerId, 'text-field', ['get', nameProperty(language)]);
    }
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.map.removeControl(this.overlay);
    this.overlay.finalize();
    this.map.remove();
  }
}
