import type { ErrorEvent as MapLibreErrorEvent, LayerSpecification, MapSourceDataEvent, MapStyleDataEvent } from 'maplibre-gl';
import { translate } from '../../i18n/translate';
import { raiseAlert, setBasemap } from '../../state/actions';
import type { AppState, AppStore } from '../../state/store';
import { DARK_THEME, LIGHT_THEME } from '../basemapTheme';
import { buildOfflineStyle } from '../offlineStyle';
import type { ZoneMap } from '../zoneMap';
import { OFFLINE_BASEMAP, type BasemapChoice } from './basemapChoice';
import { BasemapHealth, FIRST_TILE_TIMEOUT_MILLISECONDS } from './basemapHealth';
import { basemapNameKey } from './basemapNames';
import { basemapPlan, composeOnlineStyle, overlayOf, OWN_SOURCE_IDS, rasterStyle, type BasemapLook } from './basemapStyle';

type SourceErrorEvent = MapLibreErrorEvent & { sourceId?: string };

function lookOf(state: AppState, zoneMap: ZoneMap): BasemapLook {
  return {
    data: zoneMap.basemapData,
    language: state.language,
    theme: state.presenter.active ? DARK_THEME : LIGHT_THEME,
    scale: state.displayScale,
  };
}

/** The layers whose look we own in the style now shown (all of the offline style; our overlay on others). */
function ownLayers(choice: BasemapChoice, look: BasemapLook): LayerSpecification[] {
  const plan = basemapPlan(choice);
  if (plan.kind === 'offline') return buildOfflineStyle(look).layers;
  if (plan.kind === 'raster') return rasterStyle(plan.rasters, look).layers;
  return overlayOf(look).layers;
}

/**
 * Keeps the map's basemap in step with the store: switches styles when a person picks a basemap,
 * restyles our layers for presenter mode (dark theme, larger type) without reloading anything,
 * and watches an online basemap: one that fails says so (an alert, `role="alert"`) and the
 * offline style takes over. Returns the function that stops it.
 */
export function startBasemapController(store: AppStore, zoneMap: ZoneMap): () => void {
  const map = zoneMap.map;
  let shown: BasemapChoice = OFFLINE_BASEMAP;
  let health = new BasemapHealth();
  let styleLoaded = true;
  let timeout: ReturnType<typeof setTimeout> | undefined;

  const fallBack = (reason: string) => {
    if (shown.id === 'offline') return;
    const { language } = store.getState();
    raiseAlert(store, 'error', 'alert.basemapFallback', { name: translate(language, basemapNameKey(shown)), reason });
    setBasemap(store, OFFLINE_BASEMAP);
  };

  const show = (choice: BasemapChoice) => {
    shown = choice;
    health = new BasemapHealth();
    clearTimeout(timeout);
    const plan = basemapPlan(choice);
    const look = lookOf(store.getState(), zoneMap);
    styleLoaded = plan.kind !== 'style';
    if (plan.kind === 'offline') zoneMap.setStyle(buildOfflineStyle(look));
    else if (plan.kind === 'raster') zoneMap.setStyle(rasterStyle(plan.rasters, look));
    else zoneMap.setStyle(plan.url, { transformStyle: (_previous, fetched) => composeOnlineStyle(fetched, lookOf(store.getState(), zoneMap)) });
    if (plan.kind !== 'offline') {
      const watched = health;
      timeout = setTimeout(() => {
        if (watched === health && !health.hasLoaded) fallBack(translate(store.getState().language, 'basemap.timedOut'));
      }, FIRST_TILE_TIMEOUT_MILLISECONDS);
    }
  };

  /** Dark theme and room-sized type on our layers, in place: no source is reloaded. */
  let restylePending = false;
  const restyleOwnLayers = () => {
    // While a source updates the style reads as not loaded; restyle once everything has.
    if (!map.isStyleLoaded()) {
      if (!restylePending) {
        restylePending = true;
        map.once('idle', () => {
          restylePending = false;
          restyleOwnLayers();
        });
      }
      return;
    }
    for (const layer of ownLayers(shown, lookOf(store.getState(), zoneMap))) {
      if (!map.getLayer(layer.id)) continue;
      for (const [property, value] of Object.entries(layer.paint ?? {})) {
        if (JSON.stringify(map.getPaintProperty(layer.id, property as never)) !== JSON.stringify(value)) map.setPaintProperty(layer.id, property as never, value as never);
      }
      const textSize = (layer.layout as Record<string, unknown> | undefined)?.['text-size'];
      if (textSize !== undefined && JSON.stringify(map.getLayoutProperty(layer.id, 'text-size')) !== JSON.stringify(textSize)) {
        map.setLayoutProperty(layer.id, 'text-size', textSize as never);
      }
    }
  };

  const onError = (event: SourceErrorEvent) => {
    const fromBasemap = event.sourceId ? !OWN_SOURCE_IDS.has(event.sourceId) : shown.id !== 'offline' && !styleLoaded;
    if (!fromBasemap) {
      // What MapLibre does with an error nobody listens for.
      console.error(event.error);
      return;
    }
    const reason = event.error?.message || String(event.error);
    if (!event.sourceId || health.recordError()) fallBack(reason);
  };
  const onData = (event: MapSourceDataEvent | MapStyleDataEvent) => {
    if (event.dataType === 'source' && event.tile && !OWN_SOURCE_IDS.has(event.sourceId)) health.recordTile();
  };
  const onStyleLoad = () => {
    styleLoaded = true;
    restyleOwnLayers();
  };
  map.on('error', onError);
  map.on('data', onData);
  map.on('style.load', onStyleLoad);
  map.once('load', restyleOwnLayers);

  const unsubscribeBasemap = store.subscribe(
    (state) => state.basemap,
    (choice) => show(choice),
  );
  const unsubscribeLook = store.subscribe(
    (state) => [state.presenter.active, state.displayScale] as const,
    restyleOwnLayers,
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  return () => {
    clearTimeout(timeout);
    unsubscribeBasemap();
    unsubscribeLook();
    map.off('error', onError);
    map.off('data', onData);
    map.off('style.load', onStyleLoad);
  };
}
