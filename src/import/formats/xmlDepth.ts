/**
 * How deep the elements of an XML text nest, counted without parsing: start tags open a level,
 * end tags close one; comments, CDATA sections (KML descriptions carry HTML in them), processing
 * instructions and declarations are skipped. Stops as soon as `limit` is passed, so a hostile
 * file of a million nested folders costs one quick pass before any parser or recursive
 * converter sees it.
 */
export function xmlDepthExceeds(text: string, limit: number): number | null {
  let depth = 0;
  let at = text.indexOf('<');
  while (at >= 0) {
    const next = text.charCodeAt(at + 1);
    if (text.startsWith('<!--', at)) at = skipTo(text, '-->', at);
    else if (text.startsWith('<![CDATA[', at)) at = skipTo(text, ']]>', at);
    else if (next === 0x3f /* ? */ || next === 0x21 /* ! */) at = skipTo(text, '>', at);
    else if (next === 0x2f /* / */) {
      depth -= 1;
      at = skipTo(text, '>', at);
    } else {
      const end = text.indexOf('>', at);
      if (end < 0) break;
      if (text.charCodeAt(end - 1) !== 0x2f) {
        depth += 1;
        if (depth > limit) return depth;
      }
      at = end + 1;
    }
    if (at < 0) break;
    at = text.indexOf('<', at);
  }
  return null;
}

function skipTo(text: string, end: string, from: number): number {
  const found = text.indexOf(end, from);
  return found < 0 ? -1 : found + end.length;
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="GBK"?>`), read from the first bytes as ASCII. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1] ?? null;
}
