/**
 * Deepest nesting of arrays and objects the importer accepts in properties and foreign members.
 * `JSON.parse` reads any depth, but `JSON.stringify`, `structuredClone` (the worker boundary) and
 * recursive code overflow the stack a few thousand levels down; real zone properties nest a few
 * levels. Coordinates have fixed depths and are checked by the geometry rules instead.
 */
export const MAX_NESTING_DEPTH = 64;

/** Whether `value` nests arrays/objects deeper than `limit`; iterative, stops at the first too-deep branch. */
export function nestingDepthExceeds(value: unknown, limit: number = MAX_NESTING_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > limit) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
