import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Calls `callback` once every source of the map's style has loaded (`map.isStyleLoaded()`): now,
 * if they have, else at the first 'data' or 'idle' event after which they have. 'data' alone can
 * miss the moment: the last source finishing during a camera flight (a link to a zone) sends no
 * further 'data' event, so 'idle', which follows the last frame, checks too. Returns a function
 * that stops waiting.
 */
export function whenSourcesLoaded(map: MapLibreMap, callback: () => void): () => void {
  const stop = () => {
    map.off('data', check);
    map.off('idle', check);
  };
  function check(): void {
    if (!map.isStyleLoaded()) return;
    stop();
    callback();
  }
  map.on('data', check);
  map.on('idle', check);
  check();
  return stop;
}
