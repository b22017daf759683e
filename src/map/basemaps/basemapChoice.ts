/**
 * Which basemap lies under the zones. The embedded offline style is the default; the others are
 * online and fall back to it when they fail. `coordinates` says which datum the basemap's tiles
 * are drawn in: GCJ-02 basemaps (AMap-style tiles) need the zones shifted for display.
 */
export type BasemapCoordinates = 'wgs84' | 'gcj02';

export type BasemapChoice =
  | { id: 'offline' }
  | { id: 'openfreemap' }
  | { id: 'osm' }
  | { id: 'amap' }
  | { id: 'tianditu'; key: string }
  | { id: 'custom'; url: string; coordinates: BasemapCoordinates };

export type BasemapId = BasemapChoice['id'];

export const BASEMAP_IDS: readonly BasemapId[] = ['offline', 'openfreemap', 'osm', 'tianditu', 'amap', 'custom'];

export const OFFLINE_BASEMAP: BasemapChoice = { id: 'offline' };

export function basemapCoordinates(choice: BasemapChoice): BasemapCoordinates {
  if (choice.id === 'amap') return 'gcj02';
  if (choice.id === 'custom') return choice.coordinates;
  return 'wgs84';
}

/** What a person typed as a custom basemap, checked: the page's security policy allows https only. */
export type CheckedUrl = { ok: true; url: string } | { ok: false; problem: 'empty' | 'not-a-url' | 'not-https' };

export function checkBasemapUrl(text: string): CheckedUrl {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  let parsed: URL;
  try {
    // Tile templates carry {z}/{x}/{y}, which URL parsing keeps as-is once decoded back.
    parsed = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (parsed.protocol !== 'https:') return { ok: false, problem: 'not-https' };
  return { ok: true, url: trimmed };
}

/** A Tianditu key is 32 hexadecimal characters. */
export function isTiandituKey(text: string): boolean {
  return /^[0-9a-f]{32}$/i.test(text.trim());
}
