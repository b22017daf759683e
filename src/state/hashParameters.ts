/**
 * The URL hash as `name=value&name=value`, every value percent-encoded on the way in and decoded
 * exactly on the way out, so an id holding `&`, `#`, `=`, `%`, `+`, spaces or Chinese cannot end
 * one parameter early or start another (`zone=evil&present=1` stays one zone id). Written by hand
 * rather than with `URLSearchParams`, whose form encoding reads `+` as a space; the page writes
 * MapLibre's `map=` itself too (src/map/mapViewHash.ts), as MapLibre's own hash handler decodes
 * the whole hash before writing it back, which undid every escape.
 *
 * Values are kept as they stand in the hash (still encoded) until read, so a list's items can be
 * told from the commas between them, and parameters of others pass through untouched.
 */
export type HashParameters = Map<string, string>;

/** The parameters of a hash, in order, with their values still encoded; the first of a repeated name wins. */
export function readHashParameters(hash: string): HashParameters {
  const parameters: HashParameters = new Map();
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const name = decodeHashText(equals < 0 ? part : part.slice(0, equals));
    if (name === null || parameters.has(name)) continue;
    parameters.set(name, equals < 0 ? '' : part.slice(equals + 1));
  }
  return parameters;
}

/** The hash for these parameters (`#a=1&b=2`, or '' when there are none); empty values are left out. */
export function writeHashParameters(parameters: HashParameters): string {
  const parts: string[] = [];
  for (const [name, value] of parameters) if (value !== '') parts.push(`${encodeHashText(name) ?? ''}=${value}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}

/** Sets a parameter to a text value (encoded here); '' or null removes it. */
export function setHashText(parameters: HashParameters, name: string, text: string | null): void {
  const encoded = text === null ? null : encodeHashText(text);
  if (encoded) parameters.set(name, encoded);
  else parameters.delete(name);
}

/** A parameter's text, decoded; null when absent, empty or not decodable. */
export function hashText(parameters: HashParameters, name: string): string | null {
  const raw = parameters.get(name);
  if (!raw) return null;
  return decodeHashText(raw) || null;
}

/** Sets a list parameter: each item encoded (its own commas included), joined by literal commas. */
export function setHashList(parameters: HashParameters, name: string, items: readonly string[]): void {
  const encoded = items.map(encodeHashText).filter((item): item is string => item !== null && item !== '');
  if (encoded.length > 0) parameters.set(name, encoded.join(','));
  else parameters.delete(name);
}

/** A list parameter's items, each decoded; items that do not decode are left out. */
export function hashList(parameters: HashParameters, name: string): string[] {
  const raw = parameters.get(name);
  if (!raw) return [];
  return raw.split(',').flatMap((item) => {
    const decoded = decodeHashText(item);
    return decoded ? [decoded] : [];
  });
}

/**
 * Text ready to stand in the hash: every character but letters, digits and `-_.!~*'()`
 * percent-encoded (`encodeURIComponent`), `/` kept for MapLibre's `map=9/39.1/117.2`. Text that
 * cannot be encoded (a lone surrogate) gives null: such a value is left out of the link.
 */
function encodeHashText(text: string): string | null {
  try {
    return encodeURIComponent(text).replace(/%2F/g, '/');
  } catch {
    return null;
  }
}

function decodeHashText(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
