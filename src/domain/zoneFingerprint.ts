import type { Path64 } from 'clipper2-ts';

/**
 * A key that two zones share when their valid outlines are the same rings of the same points,
 * whatever vertex each ring starts at (rings are already oriented the same way). Two 32-bit hashes
 * over the canonical point sequence, plus the point count: a false match needs both to collide.
 */
export function zoneFingerprint(paths: readonly Path64[]): string {
  const ringKeys: string[] = [];
  let points = 0;
  for (const path of paths) {
    points += path.length;
    const start = lowestPointIndex(path);
    const hash = { a: 0x811c9dc5, b: 0x9747b28c };
    for (let k = 0; k < path.length; k += 1) {
      const point = path[(start + k) % path.length]!;
      mix(hash, point.x);
      mix(hash, point.y);
    }
    ringKeys.push(`${path.length}.${(hash.a >>> 0).toString(36)}.${(hash.b >>> 0).toString(36)}`);
  }
  ringKeys.sort();
  return `${points}:${ringKeys.join(',')}`;
}

/** Folds one integer coordinate (beyond 32 bits: low and high words) into both hashes. */
function mix(hash: { a: number; b: number }, value: number): void {
  const low = value % 0x100000000 | 0;
  const high = Math.floor(value / 0x100000000) | 0;
  hash.a = Math.imul(hash.a ^ low, 0x01000193);
  hash.a = Math.imul(hash.a ^ high, 0x01000193);
  hash.b = Math.imul(hash.b ^ low, 0x5bd1e995) ^ (hash.b >>> 13);
  hash.b = Math.imul(hash.b ^ high, 0x5bd1e995) ^ (hash.b >>> 13);
}

function lowestPointIndex(path: Path64): number {
  let best = 0;
  for (let i = 1; i < path.length; i += 1) {
    const point = path[i]!;
    const current = path[best]!;
    if (point.x < current.x || (point.x === current.x && point.y < current.y)) best = i;
  }
  return best;
}
