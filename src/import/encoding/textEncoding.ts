/**
 * How a file's bytes become text. Chinese offices send GBK ("ANSI" on a Chinese Windows), UTF-16
 * ("Unicode" in Notepad), Big5 from Taiwan and Hong Kong, and UTF-8; files say so with a
 * byte-order mark, an XML declaration, a shapefile's `.cpg` or its `.dbf` language driver byte,
 * or not at all, and sometimes say wrong. The platform's `TextDecoder` (browsers, and Node with
 * full ICU) decodes all of them; `fatal: true` tells valid UTF-8 from anything else.
 */

/** The encodings the review and `--encoding` offer by name (any label TextDecoder knows is accepted). */
export const ENCODING_CHOICES = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;

export interface EncodingReport {
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `gb18030`, `gbk`, `utf-16le`. */
  encoding: string;
  /**
   * `chosen`: the editor chose it; `bom`: a byte-order mark; `declared`: the file says so (XML
   * declaration, .cpg, language driver); `utf-8`: no declaration and valid UTF-8; `guessed`: not
   * valid UTF-8, so GB18030, the usual encoding of Chinese text that is not UTF-8.
   */
  basis: 'chosen' | 'bom' | 'declared' | 'utf-8' | 'guessed';
  /** What the file declared, as it wrote it. */
  declared?: string;
  /** The file declared an encoding its bytes are not in (e.g. a .cpg saying UTF-8 over GBK bytes). */
  contradicted?: boolean;
  /** The file declared an encoding TextDecoder does not know. */
  unknownDeclared?: boolean;
}

export interface DecodeOptions {
  /** The editor's choice (`ImportOptions.encoding`): used whatever the file says. */
  chosen?: string;
  /** The encoding the file declares, as written (`GBK`, `936`, `UTF-8`…), or null. */
  declared?: string | null;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/** The WHATWG name for a label (`GBK` → `gbk`, `cp936` → `gbk`, `936` → `gbk`), or null if unknown. */
export function canonicalEncoding(label: string): string | null {
  const text = label.trim().toLowerCase();
  const codePage = /^(?:ansi\s*|cp|windows-)?(\d{3,5})$/.exec(text);
  const candidates = codePage ? CODE_PAGES[codePage[1]!] ?? [`windows-${codePage[1]}`] : [text === 'utf8' ? 'utf-8' : text];
  for (const candidate of candidates) {
    try {
      return new TextDecoder(candidate).encoding;
    } catch {
      // Not a label TextDecoder knows; try the next.
    }
  }
  return null;
}

/** Windows code pages by number (what a .cpg and Esri's tools write), where the number is not a TextDecoder label. */
const CODE_PAGES: Record<string, string[]> = {
  '936': ['gbk'],
  '54936': ['gb18030'],
  '950': ['big5'],
  '65001': ['utf-8'],
  '1200': ['utf-16le'],
  '1201': ['utf-16be'],
};

/** The encoding a byte-order mark names, or null. */
export function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The bytes as text, and how they were read: the editor's choice, else a byte-order mark, else
 * the file's declaration when the bytes agree with it, else UTF-8 when valid, else GB18030. A
 * declaration the bytes contradict is reported (and the bytes' own reading used).
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): { text: string; report: EncodingReport } {
  const declared = options.declared?.trim() || undefined;
  const withDeclared = (report: EncodingReport): EncodingReport => (declared === undefined ? report : { ...report, declared });
  const chosen = options.chosen === undefined ? null : canonicalEncoding(options.chosen);
  if (chosen) return { text: new TextDecoder(chosen).decode(bytes), report: withDeclared({ encoding: chosen, basis: 'chosen' }) };
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), report: withDeclared({ encoding: bom, basis: 'bom' }) };
  const utf8 = validUtf8(bytes);
  const label = declared === undefined ? null : canonicalEncoding(declared);
  if (declared !== undefined && label === null) {
    const fallback = utf8 === null ? gb18030(bytes) : { text: utf8, encoding: 'utf-8' };
    return { text: fallback.text, report: { encoding: fallback.encoding, basis: utf8 === null ? 'guessed' : 'utf-8', declared, unknownDeclared: true } };
  }
  if (label !== null && label.startsWith('utf-16')) {
    // A declaration readable as ASCII, without a byte-order mark, is not in UTF-16 (its ASCII would hold zero bytes).
    const fallback = utf8 === null ? gb18030(bytes) : { text: utf8, encoding: 'utf-8' };
    return { text: fallback.text, report: { encoding: fallback.encoding, basis: utf8 === null ? 'guessed' : 'utf-8', declared: declared!, contradicted: true } };
  }
  if (label === 'utf-8') {
    if (utf8 !== null) return { text: utf8, report: { encoding: 'utf-8', basis: 'declared', declared: declared! } };
    const guessed = gb18030(bytes);
    return { text: guessed.text, report: { encoding: guessed.encoding, basis: 'guessed', declared: declared!, contradicted: true } };
  }
  if (label !== null) {
    // Text in a legacy encoding is almost never also valid UTF-8 with non-ASCII in it: if it is, it is UTF-8.
    if (utf8 !== null && hasNonAscii(bytes)) return { text: utf8, report: { encoding: 'utf-8', basis: 'utf-8', declared: declared!, contradicted: true } };
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), report: { encoding: label, basis: 'declared', declared: declared! } };
    } catch {
      return { text: new TextDecoder(label).decode(bytes), report: { encoding: label, basis: 'declared', declared: declared!, contradicted: true } };
    }
  }
  if (utf8 !== null) return { text: utf8, report: { encoding: 'utf-8', basis: 'utf-8' } };
  const guessed = gb18030(bytes);
  return { text: guessed.text, report: { encoding: guessed.encoding, basis: 'guessed' } };
}

/** The text if the bytes are valid UTF-8 (a leading BOM dropped), else null. */
function validUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

function gb18030(bytes: Uint8Array): { text: string; encoding: string } {
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index += 1) if (bytes[index]! >= 0x80) return true;
  return false;
}

/** Upper-case display name of an encoding: `gb18030` → `GB18030`, `utf-16le` → `UTF-16LE`. */
export function encodingName(encoding: string): string {
  return encoding.toUpperCase();
}
