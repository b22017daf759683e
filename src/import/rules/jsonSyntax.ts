import { importMessage, type ImportMessage } from '../importMessage';
import { jsonErrorOffset } from './jsonErrorOffset';

export type JsonParseOutcome = { ok: true; value: unknown } | { ok: false; error: ImportMessage };

/**
 * RFC 8259 syntax: strips a UTF-8 byte-order mark (editors on Windows add one), rejects an empty
 * file, and turns a syntax error into a message with line and column. (Repeated names in an
 * object are looked for by duplicateKeys.ts, where the editor's files are read.)
 */
export function parseJsonText(text: string, fileName: string): JsonParseOutcome {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, error: importMessage('error', 'file-empty', fileName) };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, error: importMessage('error', 'nesting-too-deep', fileName) };
    }
    const detail = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(body);
    const position = offset >= 0 ? offset : body.length;
    const { line, column } = lineAndColumn(body, position);
    return {
      ok: false,
      error: importMessage('error', 'invalid-json', fileName, {
        line,
        column,
        detail,
      }),
    };
  }
  return { ok: true, value };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
