import { importMessage, type ImportMessage } from '../importMessage';

/**
 * The text of a spreadsheet list. Excel on a Chinese system saves "CSV" in GBK (its "ANSI"), and
 * "CSV UTF-8" with a byte-order mark, and "Unicode Text" in UTF-16 with one: a UTF-16 mark is
 * honoured, valid UTF-8 is read as UTF-8 (the mark dropped), anything else as GB18030 (a superset
 * of GBK and GB2312) with a warning naming it. The platform's `TextDecoder` does all three, in the
 * worker and in Node. Kept to this one function so a shared
 * decoder (BOM, declarations, the editor's choice) can take its place.
 */
export function decodeSpreadsheetText(bytes: Uint8Array, fileName: string): { text: string; warnings: ImportMessage[] } {
  // Excel's "Unicode Text" is UTF-16 with a byte-order mark, which says so itself.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  try {
    return { text: stripByteOrderMark(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), warnings: [] };
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    return { text: stripByteOrderMark(text), warnings: [importMessage('warning', 'text-encoding-guessed', fileName, { encoding: 'GB18030' })] };
  }
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
