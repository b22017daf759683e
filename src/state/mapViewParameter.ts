import { readHashParameters, writeHashParameters } from './hashParameters';

/** The camera a link carries, as MapLibre's named hash writes it: `map=zoom/lat/lng[/bearing[/pitch]]`. */
export interface LinkedView {
  zoom: number;
  latitude: number;
  longitude: number;
  bearingDegrees: number;
  pitchDegrees: number;
}

const MAP_PARAMETER = 'map';

/** The view in a hash's `map=`, or null when there is none or it is not five finite numbers at most. */
export function parseMapView(hash: string): LinkedView | null {
  const raw = readHashParameters(hash).get(MAP_PARAMETER);
  if (!raw) return null;
  const numbers = raw.split('/').map(Number);
  if (numbers.length < 3 || numbers.length > 5 || !numbers.every(Number.isFinite)) return null;
  const [zoom, latitude, longitude, bearingDegrees = 0, pitchDegrees = 0] = numbers as [number, number, number, number?, number?];
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { zoom, latitude, longitude, bearingDegrees, pitchDegrees };
}

/**
 * Writes the view into `map=`, keeping every other parameter as it stands, rounded as MapLibre
 * rounds it: zoom to 0.01, the centre to the precision the zoom can show, bearing to 0.1°,
 * pitch to 1°; bearing and pitch only when not zero.
 */
export function writeMapView(hash: string, view: LinkedView): string {
  const precision = Math.max(0, Math.ceil((view.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  const factor = 10 ** precision;
  const round = (value: number, by: number) => Math.round(value * by) / by;
  let text = `${round(view.zoom, 100)}/${round(view.latitude, factor)}/${round(view.longitude, factor)}`;
  const bearing = round(view.bearingDegrees, 10);
  const pitch = Math.round(view.pitchDegrees);
  if (bearing || pitch) text += `/${bearing}`;
  if (pitch) text += `/${pitch}`;
  const parameters = readHashParameters(hash);
  // Put first when new, as MapLibre did: `#map=…&zone=…` reads camera first.
  const updated = parameters.has(MAP_PARAMETER) ? parameters : new Map([[MAP_PARAMETER, ''], ...parameters]);
  updated.set(MAP_PARAMETER, text);
  return writeHashParameters(updated);
}
