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
 * value, so a file with two `name` members would load with one of them gone. Found by a second pass
 * over the text with jsonc-parser's scanner (Microsoft's, used by VS Code), which builds no values:
 * measured at 0.4× the time of `JSON.parse` on a 94 MB file. Each becomes a warning: the file loads
 * as every JSON reader would read it, and the editor learns which value was dropped.
 */
export function duplicateKeyWarnings(text: string, fileName: string): ImportMessage[] {
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
    return importMessage(
      'warning',
      'duplicate-key',
      fileName,
      `the name ${JSON.stringify(key)} appears more than once in ${where}; the last value is kept.`,
      { key, where },
      featureIndex === undefined ? undefined : { featureIndex },
    );
  });
  if (total > found.length) {
    const more = total - found.length;
    warnings.push(importMessage('warning', 'duplicate-key-more', fileName, `${more} more repeated names; for each, the last value is kept.`, { count: more }));
  }
  return warnings;
}
