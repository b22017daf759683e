import type { Feature } from 'geojson';
import { feature as topologyFeature } from 'topojson-client';
import type { FileFormat } from '../fileFormat';
import { importMessage, type ImportMessageCode, type ImportMessageParams } from '../importMessage';
import { rejectedResult, type ImportOptions, type ImportResult } from '../importResult';
import { readGeoJsonValue } from '../parseGeoJson';
import { readJsonText } from '../readJsonText';
import { isPlainObject, ownValue } from '../safeRecord';
import { hasExtension, textHead } from './textHead';

export const TOPOJSON_FORMAT_ID = 'topojson';
const decoder = new TextDecoder('utf-8');
type Topology = Parameters<typeof topologyFeature>[0];

/**
 * TopoJSON (topojson-client turns its shared arcs back into GeoJSON): `.topojson`, or JSON whose
 * start says `"type":"Topology"`. Every object of the topology is read, in order, into one
 * collection, which then passes the same rules as a GeoJSON file.
 */
export const topoJsonFormat: FileFormat = {
  id: TOPOJSON_FORMAT_ID,
  extensions: ['.topojson'],
  sniff(fileName, head) {
    return hasExtension(fileName, this.extensions) || /^\{[^]*"type"\s*:\s*"Topology"/.test(textHead(head));
  },
  read(bytes, fileName, options) {
    return readJsonText(decoder.decode(bytes), fileName, TOPOJSON_FORMAT_ID, (value) => readTopology(value, fileName, options));
  },
};

export function readTopology(value: unknown, fileName: string, options: ImportOptions = {}): ImportResult {
  const invalid = (code: ImportMessageCode, params: ImportMessageParams = {}) => rejectedResult(fileName, TOPOJSON_FORMAT_ID, [importMessage('error', code, fileName, params)]);
  if (!isPlainObject(value) || value.type !== 'Topology') return invalid('topojson-not-topology');
  const objects = ownValue(value, 'objects');
  if (!isPlainObject(objects) || !Array.isArray(ownValue(value, 'arcs'))) return invalid('topojson-members-missing');
  const features: Feature[] = [];
  try {
    for (const name of Object.keys(objects)) {
      const converted = topologyFeature(value as unknown as Topology, objects[name] as never) as Feature | { features: Feature[] };
      if ('features' in converted) features.push(...converted.features);
      else features.push(converted);
    }
  } catch (error) {
    return invalid('topojson-invalid', { detail: error instanceof Error ? error.message : String(error) });
  }
  return readGeoJsonValue({ type: 'FeatureCollection', features }, fileName, options, { format: TOPOJSON_FORMAT_ID });
}
