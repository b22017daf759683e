/**
 * Field names of a .dbf that an object cannot hold as plain keys. shpjs's dBASE reader builds each
 * record with `record[name] = value`, and a field named `__proto__` set the record's prototype
 * instead of a field, so its values vanished. Such a field is renamed to a placeholder in a copy
 * of the header before reading, and its name put back, as data, afterwards (`restoreKeyNames`).
 */
const UNSAFE_NAMES = ['__proto__'];

/** dBASE field descriptors start at byte 32, 32 bytes each, the name in their first 11 (NUL-padded); 0x0D ends them. */
const DESCRIPTOR_START = 32;
const DESCRIPTOR_LENGTH = 32;
const NAME_LENGTH = 11;

export interface SafeDbf {
  bytes: Uint8Array;
  /** Placeholder → the field's real name. */
  renamed: Map<string, string>;
}

/** The .dbf with unsafe field names replaced (a copy; the original is untouched when there are none). */
export function withSafeFieldNames(dbf: Uint8Array): SafeDbf {
  const renamed = new Map<string, string>();
  const names = fieldNames(dbf);
  let copy: Uint8Array | null = null;
  names.forEach((name, index) => {
    if (!UNSAFE_NAMES.includes(name)) return;
    const placeholder = freePlaceholder(names, renamed);
    copy ??= dbf.slice();
    const at = DESCRIPTOR_START + index * DESCRIPTOR_LENGTH;
    copy.fill(0, at, at + NAME_LENGTH);
    for (let i = 0; i < placeholder.length; i += 1) copy[at + i] = placeholder.charCodeAt(i);
    renamed.set(placeholder, name);
  });
  return { bytes: copy ?? dbf, renamed };
}

/** Field names as ASCII (what the placeholders are compared with; real names are decoded by the reader). */
function fieldNames(dbf: Uint8Array): string[] {
  const names: string[] = [];
  for (let at = DESCRIPTOR_START; at + DESCRIPTOR_LENGTH <= dbf.length && dbf[at] !== 0x0d; at += DESCRIPTOR_LENGTH) {
    let name = '';
    for (let i = 0; i < NAME_LENGTH && dbf[at + i] !== 0; i += 1) name += String.fromCharCode(dbf[at + i]!);
    names.push(name);
  }
  return names;
}

function freePlaceholder(names: readonly string[], taken: ReadonlyMap<string, string>): string {
  for (let n = 0; ; n += 1) {
    const candidate = `_F${n}_`;
    if (!names.includes(candidate) && !taken.has(candidate)) return candidate;
  }
}

/** The record's key as the file names it. */
export function realKeyName(key: string, renamed: ReadonlyMap<string, string>): string {
  return renamed.get(key) ?? key;
}
