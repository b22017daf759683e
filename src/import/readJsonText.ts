import { rejectedResult, type ImportResult } from './importResult';
import { duplicateKeyWarnings } from './rules/duplicateKeys';
import { parseJsonText } from './rules/jsonSyntax';

/**
 * An editor's JSON file (GeoJSON or TopoJSON): parsed, read by `read`, and the names it repeats
 * within an object warned of first (see rules/duplicateKeys.ts). A syntax error rejects it.
 */
export function readJsonText(text: string, fileName: string, format: string, read: (value: unknown) => ImportResult): ImportResult {
  const parsed = parseJsonText(text, fileName);
  if (!parsed.ok) return rejectedResult(fileName, format, [parsed.error]);
  const result = read(parsed.value);
  const warnings = duplicateKeyWarnings(text, fileName);
  if (warnings.length > 0) result.warnings.unshift(...warnings);
  return result;
}
