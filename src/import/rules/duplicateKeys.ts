import { visit, type JSONPath } from 'jsonc-parser';
import { importMessage, type ImportMessage } from '../importMessage';

/** Beyond this many, one message says how many more there are. */
const LISTED_DUPLICATES = 20;

/** `features[3].properties`, for a message. */
function pathText(path: JSONPath): string {
  let text = '';
  for (const segment of path) text += typeof segment === 'number' ? `[${segment}]` : `${text ? '.' : ''}${segment}`;
  return text || 'the top level';
}

/**
 * Names that appear more than once in one JSON object. RFC 8259 says they SHOULD be unique and
 * leaves the meaning of a repeat open; `JSON.parse`, like most readers, silently keeps the last
 * value, so a file with two `name` members would load with one of them gone. Each becomes a
 * warning: the file loads as every JSON reader would read it, and the editor learns which value
 * was dropped. `text` must be valid JSON (it has been through `JSON.parse`).
 *
 * Two passes, the second only when there is something to report: `repeatsAName` says whether any
 * object repeats a name, and jsonc-parser's visitor (Microsoft's, used by VS Code) then finds
 * where, with the path of each object. The visitor alone took 0.4–1.1× the time of `JSON.parse`
 * on a 100 MB file, most of it tokenising coordinates; the first pass costs about a tenth of that.
 */
export function duplicateKeyWarnings(text: string, fileName: string): ImportMessage[] {
  return repeatsAName(text) ? locatedDuplicateKeyWarnings(text, fileName) : [];
}

// Only braces and quotes matter for object members: arrays of numbers (nearly all of a zone file)
// hold neither, so the regular expression engine skips them without visiting each number.
const BRACE_OR_QUOTE = /[{}"]/g;
const KEY_END = /\s*:/y;

/**
 * Whether any object in valid JSON text repeats a member name. Braces and strings outside
 * strings are the only structure it follows; a string followed by `:` is a name of the innermost
 * open object. Iterative, so nesting depth costs memory, not stack.
 */
export function repeatsAName(text: string): boolean {
  const objects: Array<Set<string>> = [];
  BRACE_OR_QUOTE.lastIndex = 0;
  for (let match = BRACE_OR_QUOTE.exec(text); match !== null; match = BRACE_OR_QUOTE.exec(text)) {
    const at = match.index;
    const character = text.charCodeAt(at);
    if (character === 0x7b) objects.push(new Set());
    else if (character === 0x7d) objects.pop();
    else {
      const end = closingQuote(text, at);
      KEY_END.lastIndex = end + 1;
      if (KEY_END.test(text) && objects.length > 0) {
        const raw = text.slice(at + 1, end);
        const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        const names = objects[objects.length - 1]!;
        if (names.has(name)) return true;
        names.add(name);
      }
      BRACE_OR_QUOTE.lastIndex = end + 1;
    }
  }
  return false;
}

/** Index of the quote that closes the string opening at `open` (one not escaped by a backslash). */
function closingQuote(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  for (;;) {
    if (at === -1) return text.length; // unterminated: not valid JSON, ends the scan
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
}

/** Every repeated name, with the path of its object (jsonc-parser's visitor); the second pass. */
export function locatedDuplicateKeyWarnings(text: string, fileName: string): ImportMessage[] {
  const objects: Array<Set<string>> = [];
  const found: Array<{ key: string; path: JSONPath }> = [];
  let total = 0;
  const visitor = {
    onObjectBegin: () => void objects.push(new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (key: string, _offset: number, _length: number, _line: number, _column: number, pathSupplier: () => JSONPath) => {
      const keys = objects[objects.length - 1]!;
      if (!keys.has(key)) return void keys.add(key);
      total += 1;
      if (found.length < LISTED_DUPLICATES) found.push({ key, path: pathSupplier() });
    },
  };
  try {
    visit(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, visitor, { disallowComments: true, allowTrailingComma: false });
  } catch (error) {
    // jsonc-parser descends recursively: input nested past the stack (200,000 `[`) ends the scan,
    // and the nesting rule (nestingDepth.ts) rejects the file with its own message.
    if (error instanceof RangeError) return [];
    throw error;
  }
  const warnings = found.map(({ key, path }) => {
    const featureIndex = path[0] === 'features' && typeof path[1] === 'number' ? path[1] : undefined;
    const where = pathText(path);
    return importMessage('warning', 'duplicate-key', fileName, { key, where }, featureIndex === undefined ? undefined : { featureIndex });
  });
  if (total > found.length) {
    const more = total - found.length;
    warnings.push(importMessage('warning', 'duplicate-key-more', fileName, { count: more }));
  }
  return warnings;
}
