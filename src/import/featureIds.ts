/** The id a feature asks for: a non-empty string or a finite number, else undefined. */
export function idFrom(value: unknown): string | number | undefined {
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** `wanted`, or `wanted-2`, `wanted-3`… whichever is not yet in `used` (which it joins). */
export function uniqueId(wanted: string, used: Set<string>): string {
  let id = wanted;
  for (let suffix = 2; used.has(id); suffix += 1) id = `${wanted}-${suffix}`;
  used.add(id);
  return id;
}

/** `data/zones.geojson` → `zones`: the prefix of generated ids, so two files' ids rarely clash. */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-');
  return stem === '' ? 'zone' : stem;
}
