import type { FileFormat } from './fileFormat';
import { GEOJSON_FORMAT_ID, parseGeoJsonText } from './parseGeoJson';

const decoder = new TextDecoder('utf-8');

/** GeoJSON (RFC 7946) as a `FileFormat`: `.geojson`/`.json`, or any text starting with `{`. */
export const geoJsonFormat: FileFormat = {
  id: GEOJSON_FORMAT_ID,
  extensions: ['.geojson', '.json'],
  sniff(fileName, head) {
    const lower = fileName.toLowerCase();
    if (this.extensions.some((extension) => lower.endsWith(extension))) return true;
    const start = decoder.decode(head.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
    return start.startsWith('{') || start.startsWith('[');
  },
  read(bytes, fileName, options) {
    // TextDecoder drops a UTF-8 byte-order mark by default; parseGeoJsonText strips one as well.
    return parseGeoJsonText(decoder.decode(bytes), fileName, options);
  },
};
