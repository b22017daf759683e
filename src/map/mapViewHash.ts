import type { Map as MapLibreMap } from 'maplibre-gl';
import { parseMapView, writeMapView, type LinkedView } from '../state/mapViewParameter';

/**
 * Keeps `map=` in the URL hash and the camera in step, both ways, in place of MapLibre's `hash`
 * option (which decoded every other parameter of the hash when it wrote its own, so a zone id with
 * `&` in it became a parameter of its own). Uses `replaceState`, as MapLibre did, so panning does
 * not flood the history. Returns the function that stops it.
 */
export function syncMapViewWithHash(map: MapLibreMap): () => void {
  const currentView = (): LinkedView => {
    const center = map.getCenter();
    return { zoom: map.getZoom(), latitude: center.lat, longitude: center.lng, bearingDegrees: map.getBearing(), pitchDegrees: map.getPitch() };
  };
  const writeView = () => {
    const hash = writeMapView(window.location.hash, currentView());
    if (hash === window.location.hash) return;
    const url = new URL(window.location.href);
    url.hash = hash;
    window.history.replaceState(window.history.state, '', url.href);
  };
  const onHashChange = () => {
    const view = parseMapView(window.location.hash);
    // Another parameter changed, or the camera is already there (to the hash's rounding): stay.
    if (view && writeMapView('', view) !== writeMapView('', currentView())) map.jumpTo(cameraOf(view));
  };
  map.on('moveend', writeView);
  window.addEventListener('hashchange', onHashChange);
  return () => {
    map.off('moveend', writeView);
    window.removeEventListener('hashchange', onHashChange);
  };
}

/** MapLibre camera options for a view read from a link. */
export function cameraOf(view: LinkedView): { center: [number, number]; zoom: number; bearing: number; pitch: number } {
  return { center: [view.longitude, view.latitude], zoom: view.zoom, bearing: view.bearingDegrees, pitch: view.pitchDegrees };
}
