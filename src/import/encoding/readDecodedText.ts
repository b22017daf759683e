import type { ImportMessage } from '../importMessage';
import type { ImportOptions, ImportResult } from '../importResult';
import { encodingWarnings } from './encodingWarnings';
import { decodeText, type EncodingReport } from './textEncoding';

/** What a text format hands on to `readGeoJsonValue` about its text (see ReadContext). */
export interface TextContext {
  encoding: EncodingReport;
  undecodable: boolean;
  warnings: ImportMessage[];
}

/**
 * A text file (GeoJSON, TopoJSON, KML) decoded as textEncoding.ts decides, then read; the
 * result reports the encoding, and the warnings about it even when the file is rejected (a
 * GBK file that is also broken JSON still says it was read as GB18030).
 */
export function readDecodedText(bytes: Uint8Array, fileName: string, options: ImportOptions, declared: string | null, read: (text: string, context: TextContext) => ImportResult): ImportResult {
  const { text, report } = decodeText(bytes, { chosen: options.encoding, declared });
  const warnings = encodingWarnings(report, fileName, 'text');
  const result = read(text, { encoding: report, undecodable: text.includes('\uFFFD'), warnings: [...warnings] });
  result.encoding = report;
  const missing = warnings.filter((warning) => !result.warnings.includes(warning));
  if (missing.length > 0) result.warnings.unshift(...missing);
  return result;
}
