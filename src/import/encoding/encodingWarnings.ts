import { importMessage, type ImportMessage } from '../importMessage';
import { encodingName, type EncodingReport } from './textEncoding';

/**
 * What the editor is told about how a file's text was decoded: an encoding guessed (not UTF-8, no
 * declaration), a declaration the bytes contradict, or one nobody knows. Shapefiles keep their
 * own codes for the first and last (the .cpg is a file of its own).
 */
export function encodingWarnings(report: EncodingReport, fileName: string, source: 'text' | 'shapefile'): ImportMessage[] {
  const encoding = report.encoding;
  const name = encodingName(encoding);
  if (report.basis === 'chosen' || report.basis === 'bom') return [];
  if (report.unknownDeclared) {
    const declared = report.declared ?? '';
    return source === 'shapefile'
      ? [importMessage('warning', 'shapefile-encoding-unknown', fileName, `its .cpg names the encoding ${JSON.stringify(declared)}, which is not known; attributes read as ${name}.`, { cpg: declared, encoding })]
      : [importMessage('warning', 'encoding-unknown', fileName, `it declares the text encoding ${JSON.stringify(declared)}, which is not known; read as ${name}. Check the names.`, { declaredEncoding: declared, encoding })];
  }
  if (report.contradicted) {
    const declared = report.declared ?? '';
    return [importMessage('warning', 'encoding-contradicted', fileName, `it says its text is ${declared}, but the bytes are not; read as ${name} instead. Check the names, or choose the encoding.`, { declaredEncoding: declared, encoding })];
  }
  if (report.basis === 'guessed') {
    return source === 'shapefile'
      ? [importMessage('warning', 'shapefile-encoding-guessed', fileName, `no .cpg says how its attribute text is encoded, and it is not UTF-8; read as ${name} (usual for Chinese GIS). Check the names.`, { encoding })]
      : [importMessage('warning', 'encoding-guessed', fileName, `its text is not UTF-8 and declares no encoding; read as ${name} (usual for Chinese Windows). Check the names, or choose the encoding.`, { encoding })];
  }
  return [];
}

/**
 * A character the decoder could not map became U+FFFD (�): never silently. One warning per
 * feature naming it and the first property where it appears.
 */
export function replacementWarning(fileName: string, key: string, encoding: string, feature: { featureIndex: number; featureId?: string; featureName?: string }): ImportMessage {
  return importMessage('warning', 'text-undecodable', fileName, `property ${JSON.stringify(key)} has characters that are not valid ${encodingName(encoding)} (shown as �); choose another encoding.`, { key, encoding }, feature);
}
