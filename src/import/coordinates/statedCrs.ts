import { isPlainObject, ownValue } from '../safeRecord';
import { statedFromCrsName, statedFromEpsgCode, type StatedSystem } from './statedSystem';

/**
 * The system a `crs` member names: `{"type":"name","properties":{"name":…}}` (URNs, URIs, short
 * forms) or the 2008 draft's `{"type":"EPSG","properties":{"code":…}}`. Anything else, a link
 * included, is unknown and rejects the file: guessing could put every zone in the wrong place.
 */
export function statedCrs(crs: unknown): StatedSystem | null {
  if (crs === undefined || crs === null) return null;
  const properties = isPlainObject(crs) ? ownValue(crs, 'properties') : undefined;
  const type = isPlainObject(crs) ? ownValue(crs, 'type') : undefined;
  if (isPlainObject(properties)) {
    const name = ownValue(properties, 'name');
    if (type === 'name' && typeof name === 'string') return statedFromCrsName(name);
    const code = ownValue(properties, 'code');
    if (type === 'EPSG' && (typeof code === 'number' || (typeof code === 'string' && /^\d+$/.test(code)))) return statedFromEpsgCode(Number(code), `EPSG:${code}`);
  }
  return { kind: 'unknown', name: safeText(crs) };
}

function safeText(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 80);
  } catch {
    return 'an unreadable value';
  }
}
