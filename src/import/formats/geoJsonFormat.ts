import { readDecodedText } from '../encoding/readDecodedText';
import type { FileFormat } from '../fileFormat';
import { GEOJSON_FORMAT_ID, readGeoJsonValue } from '../parseGeoJson';
import { readJsonText } from '../readJsonText';
import { isPlainObject } from '../safeRecord';
import { hasExtension, textHead } from './textHead';
import { readTopology } from './topoJsonFormat';

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
    // JSON declares no encoding: a byte-order mark, else UTF-8 when valid, else GB18030 (textEncoding.ts).
    return readDecodedText(bytes, fileName, options ?? {}, null, (text, context) =>
      readJsonText(text, fileName, GEOJSON_FORMAT_ID, (value) =>
        isPlainObject(value) && value.type === 'Topology' ? readTopology(value, fileName, options, context) : readGeoJsonValue(value, fileName, options, { ownsValue: true, ...context }),
      ),
    );
  },
};
