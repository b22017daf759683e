import type { FileFormat } from '../fileFormat';
import { GEOJSON_FORMAT_ID, readGeoJsonValue } from '../parseGeoJson';
import { readJsonText } from '../readJsonText';
import { isPlainObject } from '../safeRecord';
import { hasExtension, textHead } from './textHead';
import { readTopology } from './topoJsonFormat';

const decoder = new TextDecoder('utf-8');

/**
 * GeoJSON (RFC 7946) as a `FileFormat`: `.geojson`/`.json`, or any text starting with `{` or `[`.
 * A TopoJSON file that arrives as `.json` is recognised after parsing (its `type` is `Topology`)
 * and read as TopoJSON, without parsing twice.
 */
export const geoJsonFormat: FileFormat = {
  id: GEOJSON_FORMAT_ID,
  extensions: ['.geojson', '.json'],
  sniff(fileName, head) {
    if (hasExtension(fileName, this.extensions)) return true;
    const start = textHead(head, 64);
    return start.startsWith('{') || start.startsWith('[');
  },
  read(bytes, fileName, options) {
    // TextDecoder drops a UTF-8 byte-order mark by default; parseJsonText strips one as well.
    return readJsonText(decoder.decode(bytes), fileName, GEOJSON_FORMAT_ID, (value) =>
      isPlainObject(value) && value.type === 'Topology' ? readTopology(value, fileName, options) : readGeoJsonValue(value, fileName, options, { ownsValue: true }),
    );
  },
};
