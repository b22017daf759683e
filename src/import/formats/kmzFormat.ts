import type { FileFormat } from '../fileFormat';
import { importMessage } from '../importMessage';
import { rejectedResult, type ImportOptions, type ImportResult } from '../importResult';
import { readKmlBytes } from './kmlFormat';
import { hasExtension } from './textHead';
import { zipEntries, zipProblemMessage } from './zipEntries';

export const KMZ_FORMAT_ID = 'kmz';

/** KMZ: a zip holding `doc.kml` (or another `.kml`, the one nearest the root) and its images. */
export const kmzFormat: FileFormat = {
  id: KMZ_FORMAT_ID,
  extensions: ['.kmz'],
  sniff(fileName) {
    return hasExtension(fileName, this.extensions);
  },
  read(bytes, fileName, options) {
    return readKmz(bytes, fileName, options);
  },
};

export function readKmz(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const zip = zipEntries(bytes, (path) => path.toLowerCase().endsWith('.kml'));
  if (!zip.ok) return rejectedResult(fileName, KMZ_FORMAT_ID, [zipProblemMessage(fileName, zip.problem)]);
  const paths = [...zip.entries.keys()].sort((a, b) => depth(a) - depth(b) || Number(!a.toLowerCase().endsWith('doc.kml')) - Number(!b.toLowerCase().endsWith('doc.kml')));
  const path = paths[0];
  if (path === undefined) {
    const contents = zip.names.slice(0, 10).join(', ') || 'nothing';
    return rejectedResult(fileName, KMZ_FORMAT_ID, [importMessage('error', 'kmz-missing-kml', fileName, { contents })]);
  }
  return readKmlBytes(zip.entries.get(path)!, fileName, options, KMZ_FORMAT_ID);
}

function depth(path: string): number {
  return path.split('/').length;
}
