// @deck.gl/maplibre, not @deck.gl/mapbox: the latter reads `map.transform`, which MapLibre 6 removed.
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PickingInfo } from '@deck.gl/core';
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type LngLatBoundsLike,
} from 'maplibre-gl';
// The production build does not emit MapLibre's worker beside its chunk, where MapLibre 6 looks
// for it ("Worker failed to load"); importing its URL makes Vite ship the file and tells us where.
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { DistrictFeature } from '../domain/district';
import type { ZoneFeature } from '../domain/zone';
import type { Language } from '../i18n/translate';
import { hoverZone, selectZone } from '../state/actions';
import { selectVisibleZones, selectZoneById } from '../state/selectors';
import type { AppStore } from '../state/store';
import {
  buildOfflineStyle,
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

function zoneBounds(zone: ZoneFeature): LngLatBoundsLike {
  const [west, south, east, north] = bbox(zone);
  return [
    [west, south],
    [east, north],
  ];
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface ZoneMapOptions {
  container: HTMLElement;
  store: AppStore;
  districts: DistrictFeature[];
  contextLand: FeatureCollection;
  attribution: string;
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

  constructor({ container, store, districts, contextLand, attribution }: ZoneMapOptions) {
    this.store = store;
    const hasViewInUrl = /(^#|&)map=/.test(window.location.hash);
    const linkedZone = selectZoneById(store.getState(), store.getState().selectedZoneId);
    this.map = new MapLibreMap({
      container,
      style: buildOfflineStyle({ districts, contextLand, language: store.getState().language }),
      hash: 'map',
      // A link's own view wins; a link to a zone without one frames that zone.
      bounds: hasViewInUrl ? undefined : linkedZone ? zoneBounds(linkedZone) : TIANJIN_BOUNDS,
      fitBoundsOptions: { padding: FOCUS_PADDING_PIXELS, maxZoom: 13 },
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

  /** Resolves once the basemap and the current zones have been drawn for the first time. */
  async whenDrawn(): Promise<void> {
    await this.styleLoaded;
    this.redrawZones();
    await new Promise<void>((resolve) => {
      if (this.map.loaded() && !this.map.isMoving()) {
        this.map.once('render', () => resolve());
        this.map.triggerRepaint();
      } else {
        this.map.once('idle', () => resolve());
      }
    });
  }

  flyToZone(zoneId: string): void {
    const zone = selectZoneById(this.store.getState(), zoneId);
    if (!zone) return;
    this.map.fitBounds(zoneBounds(zone), { padding: FOCUS_PADDING_PIXELS, duration: prefersReducedMotion() ? 0 : 1200, maxZoom: 13 });
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
      if (source && 'setData' in source) (source as { setData(data: FeatureCollection): void }).setData(zoneLabelPoints(zones));
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
