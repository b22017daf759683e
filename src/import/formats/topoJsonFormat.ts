import type { Feature } from 'geojson';
import { feature as topologyFeature } from 'topojson-client';
import type { TextContext } from '../encoding/readDecodedText';
import { readDecodedText } from '../encoding/readDecodedText';
import type { FileFormat } from '../fileFormat';
import { importMessage, type ImportMessageCode, type ImportMessageParams } from '../importMessage';
import { rejectedResult, type ImportOptions, type ImportResult } from '../importResult';
import { readGeoJsonValue } from '../parseGeoJson';
import { readJsonText } from '../readJsonText';
import { isPlainObject, ownValue } from '../safeRecord';
import { hasExtension, textHead } from './textHead';

export const TOPOJSON_FORMAT_ID = 'topojson';
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
    return readDecodedText(bytes, fileName, options ?? {}, null, (text, context) => readJsonText(text, fileName, TOPOJSON_FORMAT_ID, (value) => readTopology(value, fileName, options, context)));
  },
};

export function readTopology(value: unknown, fileName: string, options: ImportOptions = {}, context: Partial<TextContext> = {}): ImportResult {
  const invalid = (code: ImportMessageCode, params: ImportMessageParams = {}) => rejectedResult(fileName, TOPOJSON_FORMAT_ID, [importMessage('error', code, fileName, params)]);
  if (!isPlainObject(value) || value.type !== 'Topology') return invalid('topojson-not-topology');
  const objects = ownValue(value, 'objects');
  const arcs = ownValue(value, 'arcs');
  if (!isPlainObject(objects) || !Array.isArray(arcs)) return invalid('topojson-members-missing');
  const badArc = firstBadArcIndex(objects, arcs.length);
  if (badArc) return invalid('topojson-arc-invalid', { object: badArc.object, arc: badArc.arc, arcCount: arcs.length });
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
  return readGeoJsonValue({ type: 'FeatureCollection', features }, fileName, options, { format: TOPOJSON_FORMAT_ID, ...context });
}

/**
 * The first arc reference that names no arc (an index past the end, or not an integer), checked
 * before topojson-client follows them. A reference `~i` (negative) is arc `i` reversed.
 */
function firstBadArcIndex(objects: Record<string, unknown>, arcCount: number): { object: string; arc: string } | null {
  const fits = (reference: unknown) => Number.isInteger(reference) && ((reference as number) >= 0 ? (reference as number) : ~(reference as number)) < arcCount;
  for (const name of Object.keys(objects)) {
    const stack: unknown[] = [objects[name]];
    while (stack.length > 0) {
      const current = stack.pop();
      if (!isPlainObject(current)) continue;
      const geometries = ownValue(current, 'geometries');
      if (Array.isArray(geometries)) stack.push(...geometries);
      const arcs = ownValue(current, 'arcs');
      if (arcs === undefined) continue;
      const references = Array.isArray(arcs) ? (arcs as unknown[]).flat(3) : [arcs];
      const bad = references.find((reference) => !fits(reference));
      if (bad !== undefined) return { object: name, arc: JSON.stringify(bad) ?? String(bad) };
    }
  }
  return null;
}
