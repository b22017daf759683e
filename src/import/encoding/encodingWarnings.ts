import { importMessage, type ImportMessage } from '../importMessage';
import type { EncodingReport } from './textEncoding';

/**
 * What the editor is told about how a file's text was decoded: an encoding guessed (not UTF-8, no
 * declaration), a declaration the bytes contradict, or one nobody knows. Shapefiles keep their
 * own codes for the first and last (the .cpg is a file of its own).
 */
export function encodingWarnings(report: EncodingReport, fileName: string, source: 'text' | 'shapefile'): ImportMessage[] {
  const encoding = report.encoding;
  if (report.basis === 'chosen' || report.basis === 'bom') return [];
  if (report.unknownDeclared) {
    const declared = report.declared ?? '';
    return source === 'shapefile'
      ? [importMessage('warning', 'shapefile-encoding-unknown', fileName, { cpg: declared, encoding })]
      : [importMessage('warning', 'encoding-unknown', fileName, { declaredEncoding: declared, encoding })];
  }
  if (report.contradicted) {
    const declared = report.declared ?? '';
    return [importMessage('warning', 'encoding-contradicted', fileName, { declaredEncoding: declared, encoding })];
  }
  if (report.basis === 'guessed') {
    return source === 'shapefile'
      ? [importMessage('warning', 'shapefile-encoding-guessed', fileName, { encoding })]
      : [importMessage('warning', 'encoding-guessed', fileName, { encoding })];
  }
  return [];
}

/**
 * A character the decoder could not map became U+FFFD (�): never silently. One warning per
 * feature naming it and the first property where it appears.
 */
export function replacementWarning(fileName: string, key: string, encoding: string, feature: { featureIndex: number; featureId?: string; featureName?: string }): ImportMessage {
  return importMessage('warning', 'text-undecodable', fileName, { key, encoding }, feature);
}
