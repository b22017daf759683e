/**
 * Helpers for objects that came from a file. `JSON.parse` makes `__proto__` and `constructor`
 * ordinary own keys, which is harmless until code copies them with assignment (`target[key] = …`,
 * `Object.assign`), where `__proto__` replaces the target's prototype. These helpers only read own
 * keys and only write with `Object.defineProperty`, so such keys stay plain data.
 */

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value of an own property, never an inherited one (`toString`, `constructor`, …). */
export function ownValue(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Defines `key` on `target` as a plain data property, whatever the key's name. */
export function defineValue(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of the own enumerable properties, in order, except `omit`. */
export function copyOwnProperties(source: Readonly<Record<string, unknown>>, omit: readonly string[] = []): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    if (!omit.includes(key)) defineValue(target, key, source[key]);
  }
  return target;
}
