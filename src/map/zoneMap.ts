// @deck.gl/maplibre, not @deck.gl/mapbox: the latter reads `map.transform`, which MapLibre 6 removed.
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { shallow } from 'zustand/vanilla/shallow';
import type { LayersList, PickingInfo } from '@deck.gl/core';
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
  type StyleSpecification,
  type StyleSwapOptions,
} from 'maplibre-gl';
// The production build does not emit MapLibre's worker beside its chunk, where MapLibre 6 looks
// for it ("Worker failed to load"); importing its URL makes Vite ship the file and tells us where.
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Feature } from 'geojson';
import type { ZoneFeature } from '../domain/zone';
import type { LoadedFeature } from '../import/importResult';
import { basemapCoordinates } from './basemaps/basemapChoice';
import { shiftFeaturesToGcj02 } from './basemaps/gcj02Shift';
import type { Language } from '../i18n/translate';
import { hoverZone, selectZone } from '../state/actions';
import { selectZoneById } from '../state/selectors';
import type { AppState, AppStore } from '../state/store';
import {
  basemapSourceData,
  buildOfflineStyle,
  type BasemapData,
  DISTRICT_LABEL_LAYER_ID,
  EMPTY_BASEMAP_DATA,
  nameProperty,
  NEIGHBOUR_LABEL_LAYER_ID,
  ZONE_LABEL_LAYER_ID,
  ZONE_LABEL_SOURCE_ID,
  ZONE_OUTLINE_SOURCE_ID,
  ZONE_SELECTED_OUTLINE_LAYER_ID,
  selectedOutlineFilter,
} from './offlineStyle';
import { detailLevelForZoom } from './detail/detailLevels';
import { ZoneDetail } from './detail/zoneDetail';
import type { MapView } from './detail/detailRegion';
import { featuresForBasemap, selectShownZones } from './displayZones';
import { zoneLabelPoints } from './zoneLabelPoints';
import { buildImportPreviewLayers, type ImportPreview } from './importPreviewLayers';
import { outlineCollection } from './outlineOverlay';
import { buildOtherFeatureLayers } from './otherFeatureLayers';
import { parseMapView } from '../state/mapViewParameter';
import { buildFillMesh, type FillMesh } from './fillMesh';
import { whenSourcesLoaded } from './whenSourcesLoaded';
import { cameraOf, syncMapViewWithHash } from './mapViewHash';
import { buildZoneLayers, ZONE_FILL_MESH_LAYER_ID } from './zoneLayers';

setWorkerUrl(maplibreWorkerUrl);

/** Tianjin's extent, for the first view when the URL names none. */
export const TIANJIN_BOUNDS: LngLatBoundsLike = [
  [116.7, 38.55],
  [118.07, 40.25],
];

const FOCUS_PADDING_PIXELS = 60;

/** One empty list, so that "no labels" compares equal from one redraw to the next. */
const NO_LABELS: ZoneFeature[] = [];

type Framable = ZoneFeature | { type: 'FeatureCollection'; features: Array<ZoneFeature | LoadedFeature> };

function zoneBounds(zone: Framable): LngLatBoundsLike {
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
  /** The same on the right (the import review). */
  coveredRightPixels?: () => number;
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
  private lastLayerInputs: {
    zones: ZoneFeature[];
    selectedZoneId: string | null;
    lineWidthScale: number;
    dark: boolean;
    otherFeatures: LoadedFeature[];
    previewAfter: Feature[] | null;
    previewBefore: Feature[] | null;
  } | null = null;
  private lastLabelled: ZoneFeature[] | null = null;
  /** What the zone fill layer draws: picking reports an index into it. */
  private drawn: ZoneFeature[] = [];
  /** Fill meshes made for drawn lists (each list is memoised upstream, so this is too). */
  private readonly fillMeshes = new WeakMap<readonly Feature[], FillMesh>();
  /** What the outline source holds: every style starts it empty (null). */
  private lastOutlined: readonly ZoneFeature[] | null = null;
  /** Whose outline the selected-outline layer shows: every style starts with none (undefined: not set yet). */
  private lastSelectedOutline: string | null | undefined = undefined;
  private lastSelectedOf: { zones: readonly ZoneFeature[]; id: string | null; answer: ZoneFeature[] } | null = null;
  /** Simplified copies for big collections (src/map/detail); a copy's arrival draws again. */
  private readonly detail = new ZoneDetail(() => this.redrawZones());
  private basemapDataValue: BasemapData = EMPTY_BASEMAP_DATA;
  /**
   * Whether the current style has loaded (its sources can take data). Not `map.isStyleLoaded()`,
   * which also reads false while any source is still tiling new data: waiting on that put the
   * drawing of an import's zones a whole label placement (seconds on software WebGL) behind the
   * store, with the file's preview still drawn over them.
   */
  private styleReady = false;
  /** Set by whenDrawn(): nothing is drawn before the first picture's basemap is (see there). */
  private zonesMayDraw = false;
  /** What the overlay was last given. */
  private layers: LayersList = [];
  /** Layers were set while a source was loading; they are set again once none is (see placeLayerGroupsOnceLoaded). */
  private groupsPending = false;
  private readonly styleLoaded: Promise<void>;
  private readonly coveredLeftPixels: () => number;
  private readonly coveredRightPixels: () => number;

  private readonly viewFromUrl: boolean;

  /**
   * Made before any data has arrived, so MapLibre's start-up (WebGL, its worker) overlaps the
   * data requests; `setBasemapData` and the store's zones fill it in.
   */
  constructor({ container, store, attribution, coveredLeftPixels = () => 0, coveredRightPixels = () => 0 }: ZoneMapOptions) {
    this.store = store;
    this.coveredLeftPixels = coveredLeftPixels;
    this.coveredRightPixels = coveredRightPixels;
    const linkedView = parseMapView(window.location.hash);
    this.viewFromUrl = linkedView !== null;
    this.map = new MapLibreMap({
      container,
      style: buildOfflineStyle({ language: store.getState().language }),
      ...(linkedView ? cameraOf(linkedView) : { bounds: TIANJIN_BOUNDS }),
      attributionControl: false,
      // Keeps the last frame readable so the picture can be exported (and screenshotted in tests).
      canvasContextAttributes: { preserveDrawingBuffer: true },
      maxZoom: 16,
      minZoom: 5,
    });
    this.cleanups.push(syncMapViewWithHash(this.map));
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
    this.styleLoaded = new Promise((resolve) =>
      this.map.once('load', () => {
        performance.mark('map-loaded');
        this.styleReady = true;
        resolve();
      }),
    );
    // The zones are first drawn by whenDrawn(), once the basemap's data is in too: drawn before
    // it (zone labels placed, then the district labels arriving), the first picture took 1.2–1.5 s
    // longer in a third of runs.
    this.styleLoaded.then(() => this.setLabelLanguage(this.store.getState().language));

    this.cleanups.push(
      store.subscribe(
        (state) => [state.zones, selectShownZones(state), state.basemap, state.selectedZoneId, state.displayScale, state.presenter.active, state.otherFeatures, state.importSession] as const,
        () => this.redrawZones(),
        { equalityFn: shallow },
      ),
      // A file entering review is framed, so the editor sees where it will land.
      store.subscribe(
        (state) => (state.importSession?.state === 'review' ? state.importSession.result : null),
        (result) => {
          if (result?.ok && result.extent) this.frameExtent(result.extent);
        },
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
    // Big collections are drawn in more detail near the view once the camera settles.
    const onMoveEnd = () => this.redrawZones();
    this.map.on('moveend', onMoveEnd);
    this.cleanups.push(() => this.map.off('moveend', onMoveEnd));
    // Published on the map's element (`data-camera`): 'moving' from the start of a camera move
    // until the first 'idle' after it, 'still' then, so tests and scripts wait for a flight to end
    // instead of guessing how long it takes.
    const onMoveStart = () => (container.dataset.camera = 'moving');
    const onIdle = () => (container.dataset.camera = 'still');
    this.map.on('movestart', onMoveStart);
    this.map.on('idle', onIdle);
    this.cleanups.push(() => {
      this.map.off('movestart', onMoveStart);
      this.map.off('idle', onIdle);
    });
    const onMouseOut = () => hoverZone(this.store, null);
    this.map.getCanvasContainer().addEventListener('mouseleave', onMouseOut);
    this.cleanups.push(() => this.map.getCanvasContainer().removeEventListener('mouseleave', onMouseOut));
  }

  /** The embedded basemap's data, once loaded; a basemap switch builds its style from it. */
  get basemapData(): BasemapData {
    return this.basemapDataValue;
  }

  async setBasemapData(data: BasemapData): Promise<void> {
    this.basemapDataValue = data;
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
    // The first zones wait for the basemap's own sources: drawn while those were still being tiled
    // (zone labels placed, then the district labels arriving), the first picture took 1.2–2 s longer.
    await new Promise<void>((resolve) => this.cleanups.push(whenSourcesLoaded(this.map, resolve)));
    this.zonesMayDraw = true;
    this.redrawZones();
    // 'idle' comes after a frame with every source loaded (setData is asynchronous) and no
    // animation running; the repaint makes sure there is such a frame to wait for.
    await new Promise<void>((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  /**
   * Replaces the basemap style (src/map/basemaps builds it, with the basemap data and our label
   * layers in it); the zones and label language are put back once it has loaded.
   */
  setStyle(style: StyleSpecification | string, options: StyleSwapOptions = {}): void {
    // A new style starts with empty label and outline sources: fill them again.
    this.lastLayerInputs = null;
    this.lastLabelled = null;
    this.lastOutlined = null;
    this.lastSelectedOutline = undefined;
    this.styleReady = false;
    this.map.once('style.load', () => {
      this.styleReady = true;
      void this.setBasemapData(this.basemapDataValue);
      this.setLabelLanguage(this.store.getState().language);
      this.redrawZones();
    });
    this.map.setStyle(style, { ...options, diff: false });
  }

  /** Draws the map with this many canvas pixels per CSS pixel (the PNG export's 4K picture). */
  setPixelRatio(pixelRatio: number): void {
    this.map.setPixelRatio(pixelRatio);
  }

  flyToZone(zoneId: string): void {
    // The zone as drawn: over a GCJ-02 basemap that is the shifted copy.
    const state = this.store.getState();
    const found = selectZoneById(state, zoneId);
    if (!found) return;
    const zone = basemapCoordinates(state.basemap) === 'gcj02' ? shiftFeaturesToGcj02([found])[0]! : found;
    this.map.fitBounds(zoneBounds(zone), { padding: this.focusPadding(), duration: prefersReducedMotion() ? 0 : 1200, maxZoom: 13 });
  }

  /** Frames [west, south, east, north] (an import under review), clear of the panels over the map. */
  frameExtent([west, south, east, north]: readonly [number, number, number, number]): void {
    this.map.fitBounds([[west, south], [east, north]], { padding: this.focusPadding(), duration: prefersReducedMotion() ? 0 : 800, maxZoom: 14 });
  }

  private focusPadding(): PaddingOptions {
    const padding = FOCUS_PADDING_PIXELS;
    return { top: padding, bottom: padding, right: padding + this.coveredRightPixels(), left: padding + this.coveredLeftPixels() };
  }

  private redrawZones(): void {
    // Until the style has loaded there are no sources to fill; its 'load' or 'style.load' draws.
    if (!this.styleReady || !this.zonesMayDraw) return;
    const state = this.store.getState();
    const { zones, labelled, fills } = this.drawnZones(state);
    const { selectedZoneId } = state;
    const lineWidthScale = state.displayScale;
    const dark = state.presenter.active;
    const { otherFeatures } = state;
    const preview = this.importPreview(state);
    const last = this.lastLayerInputs;
    const inputs = { zones, selectedZoneId, lineWidthScale, dark, otherFeatures, previewAfter: preview?.after ?? null, previewBefore: preview?.before ?? null };
    if (last && shallow(last, inputs)) return;
    this.lastLayerInputs = inputs;
    this.drawn = zones;
    // Outlines are MapLibre's (outlineOverlay.ts): every zone drawn for small collections. Big
    // ones are filled only at the overview zooms (thousands of outlines a few pixels across add
    // nothing a fill does not show, and cost most of the frame), outlined near the view when
    // zoomed in, and at the overview only the selected zone is.
    const big = this.detail.applies(state.zones);
    const culled = detailLevelForZoom(this.map.getZoom()).culled;
    this.layers = [
      ...buildZoneLayers({ zones, selectedZoneId, dark, fills }),
      ...buildOtherFeatureLayers(otherFeatures, lineWidthScale),
      ...buildImportPreviewLayers(preview, lineWidthScale),
    ];
    this.overlay.setProps({ layers: this.layers });
    this.placeLayerGroupsOnceLoaded();
    const outlined = !big || culled ? zones : this.selectedOf(zones, selectedZoneId);
    if (outlined !== this.lastOutlined) {
      this.lastOutlined = outlined;
      const source = this.map.getSource(ZONE_OUTLINE_SOURCE_ID);
      if (source instanceof GeoJSONSource) source.setData(outlineCollection(outlined));
    }
    if (selectedZoneId !== this.lastSelectedOutline && this.map.getLayer(ZONE_SELECTED_OUTLINE_LAYER_ID)) {
      this.lastSelectedOutline = selectedZoneId;
      this.map.setFilter(ZONE_SELECTED_OUTLINE_LAYER_ID, selectedOutlineFilter(selectedZoneId));
    }
    if (labelled !== this.lastLabelled) {
      this.lastLabelled = labelled;
      const source = this.map.getSource(ZONE_LABEL_SOURCE_ID);
      if (source instanceof GeoJSONSource) source.setData(zoneLabelPoints(labelled));
    }
  }

  /**
   * deck.gl draws its layers inside MapLibre in groups, one per `beforeId`, and only adds a new
   * group to the style while `map.isStyleLoaded()`, which reads false while any source is still
   * tiling; it tries again on the next style change only. So when layers were set meanwhile (the
   * first zones at start, the first preview over labels being placed), they are set again once
   * the sources have loaded: otherwise their group never joins the map and they are not drawn.
   */
  private placeLayerGroupsOnceLoaded(): void {
    if (this.map.isStyleLoaded() || this.groupsPending) return;
    this.groupsPending = true;
    this.cleanups.push(
      whenSourcesLoaded(this.map, () => {
        this.groupsPending = false;
        // A new array: deck.gl resolves the groups again only when the layers it is given change.
        this.overlay.setProps({ layers: [...this.layers] });
      }),
    );
  }

  /** The drawn copy of the selected zone, as a list (memoised, so an unchanged selection compares equal). */
  private selectedOf(zones: readonly ZoneFeature[], selectedZoneId: string | null): ZoneFeature[] {
    const memo = this.lastSelectedOf;
    if (memo && memo.zones === zones && memo.id === selectedZoneId) return memo.answer;
    const answer = zones.filter((zone) => zone.properties.id === selectedZoneId);
    this.lastSelectedOf = { zones, id: selectedZoneId, answer };
    return answer;
  }

  private currentView(): MapView {
    const bounds = this.map.getBounds();
    return { zoom: this.map.getZoom(), bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()] };
  }

  /**
   * The zones to draw and to label. Small collections: the shown zones as they are. Big ones:
   * copies at the view's level of detail, near the view when zoomed in, filled from one mesh of
   * the worker's triangles; labelled only when zoomed in (at the overview thousands of names
   * collide into a random few, and placing them took MapLibre several frames of ~1 s each on
   * software WebGL). Shifted to GCJ-02 after simplifying, when the basemap is.
   */
  private drawnZones(state: AppState): { zones: ZoneFeature[]; labelled: ZoneFeature[]; fills?: FillMesh } {
    const shown = selectShownZones(state);
    if (!this.detail.applies(state.zones)) {
      const zones = featuresForBasemap(shown, state.basemap);
      return { zones, labelled: zones };
    }
    const view = this.currentView();
    const copies = this.detail.forView(shown, view);
    const zones = featuresForBasemap(copies, state.basemap);
    return { zones, labelled: detailLevelForZoom(view.zoom).culled ? zones : NO_LABELS, fills: this.fillMeshOf(copies, zones) };
  }

  /**
   * The fills of `drawn` (copies as the detail gave them, or those moved to GCJ-02: the same
   * positions in the same order) with the triangles the worker made for `copies`.
   */
  private fillMeshOf(copies: readonly Feature[], drawn: readonly Feature[]): FillMesh {
    let mesh = this.fillMeshes.get(drawn);
    if (!mesh) {
      mesh = buildFillMesh(drawn, (index) => (copies[index]!.geometry ? this.detail.trianglesOf(copies[index]!.geometry) : undefined));
      this.fillMeshes.set(drawn, mesh);
    }
    return mesh;
  }

  /** A big file under review is previewed from its overview copies, filled from one mesh. */
  private importPreview(state: AppState): ImportPreview | null {
    const result = state.importSession?.state === 'review' ? state.importSession.result : null;
    if (!result?.ok) return null;
    if (!this.detail.applies(result.features)) return { after: result.features, before: result.originalFeatures ?? null };
    // Where a datum shift moved it from is not drawn for a big file (the review says by how much).
    const after = this.detail.overview(result.features);
    return { after, before: null, afterFills: this.fillMeshOf(after, after) };
  }

  /** The zone picked: deck.gl gives the object, or for the binary fills of a big collection its index in what was drawn. */
  private pickedZone(info: PickingInfo<ZoneFeature>): ZoneFeature | undefined {
    if (info.object) return info.object;
    return info.layer?.id === ZONE_FILL_MESH_LAYER_ID && info.index >= 0 ? this.drawn[info.index] : undefined;
  }

  private onHover(info: PickingInfo<ZoneFeature>): void {
    const zoneId = this.pickedZone(info)?.properties.id;
    hoverZone(this.store, zoneId ? { zoneId, x: info.x, y: info.y } : null);
    this.map.getCanvas().style.cursor = zoneId ? 'pointer' : '';
  }

  private onClick(info: PickingInfo<ZoneFeature>): void {
    selectZone(this.store, this.pickedZone(info)?.properties.id ?? null);
  }

  private setLabelLanguage(language: Language): void {
    if (!this.styleReady) return;
    for (const layerId of [NEIGHBOUR_LABEL_LAYER_ID, DISTRICT_LABEL_LAYER_ID, ZONE_LABEL_LAYER_ID]) {
      this.map.setLayoutProperty(layerId, 'text-field', ['get', nameProperty(language)]);
    }
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.detail.destroy();
    this.map.removeControl(this.overlay);
    this.overlay.finalize();
    this.map.remove();
  }
}
