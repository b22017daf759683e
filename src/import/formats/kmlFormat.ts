import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { readDecodedText, type TextContext } from '../encoding/readDecodedText';
import type { FileFormat } from '../fileFormat';
import { importMessage, type ImportMessage } from '../importMessage';
import { rejectedResult, type ImportOptions, type ImportResult } from '../importResult';
import { readGeoJsonValue } from '../parseGeoJson';
import { removeNonZoneElements } from './kmlOverlays';
import { hasExtension, textHead } from './textHead';
import { xmlDeclaredEncoding, xmlDepthExceeds } from './xmlDepth';

export const KML_FORMAT_ID = 'kml';
/** Deeper than real KML nests (Document, folders, Placemark, MultiGeometry, Polygon, rings); togeojson walks folders recursively. */
const MAX_KML_DEPTH = 100;

/**
 * KML (Google Earth, and the export of many Chinese web maps), through @tmcw/togeojson. A worker
 * and Node have no `DOMParser`, so @xmldom/xmldom parses the XML in both; it neither fetches
 * external entities nor expands DTD entity definitions.
 */
export const kmlFormat: FileFormat = {
  id: KML_FORMAT_ID,
  extensions: ['.kml'],
  sniff(fileName, head) {
    if (hasExtension(fileName, this.extensions)) return true;
    const start = textHead(head);
    return start.startsWith('<') && /<kml[\s>]/.test(start);
  },
  read(bytes, fileName, options) {
    return readKmlBytes(bytes, fileName, options ?? {}, KML_FORMAT_ID);
  },
};

/** KML bytes decoded as their XML declaration says (GBK is common), else a BOM, UTF-8, or GB18030 with a warning. */
export function readKmlBytes(bytes: Uint8Array, fileName: string, options: ImportOptions, format: string): ImportResult {
  return readDecodedText(bytes, fileName, options, xmlDeclaredEncoding(bytes), (text, context) => readKmlText(text, fileName, options, format, context));
}

/** KML text to zones; `format` says whether it came as `.kml` or inside a `.kmz`. */
export function readKmlText(text: string, fileName: string, options: ImportOptions = {}, format = KML_FORMAT_ID, context: Partial<TextContext> = {}): ImportResult {
  const invalid = (detail: string) => rejectedResult(fileName, format, [importMessage('error', 'kml-invalid', fileName, { detail })]);
  if (text.trim() === '') return rejectedResult(fileName, format, [importMessage('error', 'file-empty', fileName)]);
  if (xmlDepthExceeds(text, MAX_KML_DEPTH) !== null) return rejectedResult(fileName, format, [importMessage('error', 'kml-too-deep', fileName, { limit: MAX_KML_DEPTH })]);
  let collection: FeatureCollection<Geometry | null>;
  let warnings: ImportMessage[] = [];
  try {
    let firstError: string | null = null;
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') firstError ??= message.split('\n')[0]!.trim();
      },
    });
    const document = parser.parseFromString(text, 'text/xml');
    if (firstError !== null) return invalid(firstError);
    if (document.getElementsByTagName('kml').length === 0 && document.getElementsByTagName('Placemark').length === 0) return rejectedResult(fileName, format, [importMessage('error', 'kml-no-root', fileName)]);
    warnings = removeNonZoneElements(document as never, fileName);
    collection = kml(document as unknown as Document);
  } catch (error) {
    return invalid(error instanceof Error ? error.message.split('\n')[0]!.trim() : String(error));
  }
  collection.features = collection.features.map(polygonsAsMultiPolygon);
  return readGeoJsonValue(collection, fileName, options, { format, ...context, warnings: [...(context.warnings ?? []), ...warnings] });
}

/**
 * togeojson turns a KML MultiGeometry into a GeometryCollection; one made only of polygons (a zone
 * drawn in several pieces) is an area, so it becomes a MultiPolygon. Mixed ones stay collections.
 */
function polygonsAsMultiPolygon(feature: Feature<Geometry | null>): Feature<Geometry | null> {
  const geometry = feature.geometry;
  if (geometry?.type !== 'GeometryCollection' || geometry.geometries.length === 0) return feature;
  if (!geometry.geometries.every((member) => member.type === 'Polygon' || member.type === 'MultiPolygon')) return feature;
  const coordinates = geometry.geometries.flatMap((member) => (member.type === 'Polygon' ? [member.coordinates] : member.type === 'MultiPolygon' ? member.coordinates : []));
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates } };
}
