/** How a shapefile's attribute text is decoded, and why. */
export interface DbfEncoding {
  /** A WHATWG encoding label TextDecoder accepts: `utf-8`, `gbk`, `gb18030`, `windows-1252`… */
  label: string;
  /** `cpg`: the .cpg says so; `ldid`: the .dbf header's language driver byte; `guessed`: from the bytes. */
  basis: 'cpg' | 'ldid' | 'guessed' | 'default';
  /** The .cpg's text when it named an encoding TextDecoder does not know (UTF-8 used instead). */
  unknownCpg?: string;
}

/** .dbf language driver ids (byte 29) of Chinese code pages (Esri's table). */
const LDID_GBK = new Set([0x4d, 0x7a]);

/**
 * The encoding of a shapefile's attributes. Chinese desktop GIS (ArcGIS, SuperMap, QGIS on a
 * Chinese Windows) writes GBK, naming it in a `.cpg` as `GBK`, `936`, `CP936` or `ANSI 936`, or
 * only in the .dbf header's language driver byte, or nowhere at all. In that order: the .cpg,
 * the header, and else UTF-8 if the text is valid UTF-8, GBK if it is not (and the caller warns).
 * TextDecoder('gbk') exists in browsers and in Node with full ICU (Node 20's default build).
 */
export function dbfEncoding(dbf: Uint8Array, cpg: string | null): DbfEncoding {
  if (cpg !== null && cpg.trim() !== '') {
    const label = cpgLabel(cpg);
    if (decoderExists(label)) return { label, basis: 'cpg' };
    return { ...fromBytes(dbf), unknownCpg: cpg.trim() };
  }
  return fromBytes(dbf);
}

function fromBytes(dbf: Uint8Array): DbfEncoding {
  if (dbf.length > 29 && LDID_GBK.has(dbf[29]!)) return { label: 'gbk', basis: 'ldid' };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(dbfHeaderLength(dbf)));
    return { label: 'utf-8', basis: 'default' };
  } catch {
    return { label: 'gbk', basis: 'guessed' };
  }
}

/** Bytes before the records: field names are ASCII in practice; the records hold the text. */
function dbfHeaderLength(dbf: Uint8Array): number {
  return dbf.length >= 10 ? dbf[8]! | (dbf[9]! << 8) : 0;
}

function cpgLabel(cpg: string): string {
  const text = cpg.trim().toLowerCase();
  if (/^(?:ansi\s*|cp|windows-)?936$/.test(text) || text === 'gb2312' || text === 'gbk') return 'gbk';
  if (text === 'gb18030' || text === '54936') return 'gb18030';
  if (text === '65001' || text === 'utf8' || text === 'utf-8') return 'utf-8';
  const codePage = /^(?:ansi\s*|cp|windows-)?(\d{3,5})$/.exec(text);
  return codePage ? `windows-${codePage[1]}` : text;
}

function decoderExists(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
