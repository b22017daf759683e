/**
 * Where JSON text first goes wrong, as a character offset, or -1 if it does not. Only used after
 * `JSON.parse` has failed, to put a line and column in the message: V8 gives a position for some
 * errors ("at position 95") and not for others ("Unexpected token ','").
 *
 * A plain RFC 8259 scanner, a loop with an explicit stack (no recursion: any depth is fine). When
 * the text ends too early the offset is the text's length.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: ('array' | 'object')[] = [];
  let i = 0;
  let expectingValue = true;

  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i += 1;
  };
  const scanString = (): boolean => {
    i += 1; // the opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return true;
      }
      if (c < 0x20) return false;
      if (c !== 0x5c) i += 1;
      else if (text[i + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (text[i + 1] !== undefined && '"\\/bfnrt'.includes(text[i + 1]!)) i += 2;
      else return false;
    }
    return false;
  };
  const scanKey = (): boolean => {
    skipSpace();
    if (text[i] !== '"' || !scanString()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i += 1;
    return true;
  };

  for (;;) {
    skipSpace();
    if (expectingValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i += 1;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) i += 1;
        else {
          stack.push(c === '{' ? 'object' : 'array');
          if (c === '{' && !scanKey()) return i;
          continue;
        }
      } else if (c === '"') {
        if (!scanString()) return i;
      } else {
        const scalar = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
        if (!scalar) return i;
        i += scalar[0].length;
      }
      expectingValue = false;
      continue;
    }
    const container = stack[stack.length - 1];
    if (container === undefined) return i < n ? i : -1;
    const c = text[i];
    if (c === ',') {
      i += 1;
      if (container === 'object' && !scanKey()) return i;
      expectingValue = true;
    } else if (c === (container === 'array' ? ']' : '}')) {
      stack.pop();
      i += 1;
    } else return i;
  }
}
