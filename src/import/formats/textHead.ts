import { bomEncoding } from '../encoding/textEncoding';

/**
 * The start of a file as text, without a byte-order mark or leading white space, for sniffing:
 * UTF-16 when a byte-order mark says so ("Unicode" from Notepad), else UTF-8 (GB18030 and the
 * like agree with it on the ASCII that sniffing looks at).
 */
export function textHead(head: Uint8Array, length = 1024): string {
  return new TextDecoder(bomEncoding(head) ?? 'utf-8').decode(head.subarray(0, length)).replace(/^\uFEFF/, '').trimStart();
}

/** Whether a file name ends with one of `extensions` (lower case, with the dot). */
export function hasExtension(fileName: string, extensions: readonly string[]): boolean {
  const lower = fileName.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}

/** Zip archives start with a local file header (PK\3\4) or, when empty, the end record (PK\5\6). */
export function isZipBytes(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}
