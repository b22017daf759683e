/**
 * The benchmark's baseline: the floor our stack cannot go below. A MapLibre map and a deck.gl
 * overlay drawing Tianjin's district outlines, nothing else. It signals readiness the same way
 * the app does (`data-ready` and a `data-ready` performance mark).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { GeoJsonLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(maplibreWorkerUrl);

async function start(): Promise<void> {
  const districts = await (await fetch('data/districts.geojson')).json();
  const map = new MapLibreMap({
    container: 'map',
    style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#bcd6e6' } }] },
    bounds: [
      [116.7, 38.55],
      [118.07, 40.25],
    ],
  });
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);
  map.once('load', () => {
    overlay.setProps({
      layers: [new GeoJsonLayer({ id: 'districts', data: districts, getFillColor: [248, 246, 241], getLineColor: [141, 150, 163], getLineWidth: 1, lineWidthUnits: 'pixels' })],
    });
    map.once('idle', () => {
      performance.mark('data-ready');
      document.documentElement.dataset.ready = 'true';
    });
  });
}

void start();
