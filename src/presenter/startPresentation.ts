import './presenter.css';
import { startBasemapController } from '../map/basemaps/basemapController';
import type { ZoneMap } from '../map/zoneMap';
import { offlineCacheReady } from '../offline/registerServiceWorker';
import type { AppStore } from '../state/store';
import { mountBasemapPanel } from '../ui/basemapPanel';
import { startAutoplay } from './autoplay';
import { syncPresentationWithUrl } from './presentationHashSync';
import { startPresenterController } from './presenterController';
import { mountPresenterView } from './presenterView';
import { mountPresentPanel } from './presentPanel';
import { startTimelinePlayer } from './timelinePlayer';
import { mountTimelinePanel } from './timelinePanel';
import { startTourCamera } from './tourCamera';

export interface PresentationElements {
  /** Over the map: the presenter's screen. */
  presenter: HTMLElement;
  /** Sidebar panels. */
  timeline: HTMLElement;
  basemap: HTMLElement;
  presentation: HTMLElement;
}

/**
 * Everything for presenters (issue 5): presenter mode and its keys, the guided tour and its
 * camera, autoplay, the coverage timeline, the basemap switcher and the PNG export, with their
 * URL parameters. Started once from main.ts, right after the map; returns the function that
 * stops all of it.
 */
export function startPresentation(store: AppStore, zoneMap: ZoneMap, elements: PresentationElements): () => void {
  const view = mountPresenterView(elements.presenter, store, zoneMap);
  const stops = [
    syncPresentationWithUrl(store),
    startPresenterController(store, zoneMap),
    startBasemapController(store, zoneMap),
    startAutoplay(store),
    startTimelinePlayer(store),
    startTourCamera(store, zoneMap, view.coveredEdges),
    view.unmount,
    mountTimelinePanel(elements.timeline, store),
    mountBasemapPanel(elements.basemap, store),
    mountPresentPanel(elements.presentation, store, zoneMap, offlineCacheReady),
  ];
  return () => {
    for (const stop of stops.reverse()) stop();
  };
}
