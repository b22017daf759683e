import { importMessage, type ImportMessage } from '../importMessage';

/**
 * KML elements that are not zones: image overlays (GroundOverlay, PhotoOverlay, ScreenOverlay) and
 * links to other files (NetworkLink). togeojson turns a GroundOverlay's image box and a
 * NetworkLink's region into polygons, which counted as zones (a 384 km² "overlay" raised the
 * coverage total); they are taken out of the document before it is read, each kind named in a
 * warning, and a NetworkLink's address is never fetched.
 */
const NOT_ZONES = ['GroundOverlay', 'PhotoOverlay', 'ScreenOverlay', 'NetworkLink'] as const;

/** How many names a warning lists; the count says how many there were. */
const NAMES_LISTED = 5;

interface XmlNode {
  parentNode: XmlNode | null;
  removeChild(child: XmlNode): unknown;
  getElementsByTagName(name: string): ArrayLike<XmlNode>;
  textContent: string | null;
}

/** Removes the overlays and links from the parsed document; one warning per kind found. */
export function removeNonZoneElements(document: XmlNode, fileName: string): ImportMessage[] {
  const warnings: ImportMessage[] = [];
  for (const element of NOT_ZONES) {
    const found = Array.from(document.getElementsByTagName(element));
    if (found.length === 0) continue;
    const names = found
      .map((node) => node.getElementsByTagName('name')[0]?.textContent?.trim() ?? '')
      .filter((name) => name !== '')
      .slice(0, NAMES_LISTED);
    for (const node of found) node.parentNode?.removeChild(node);
    warnings.push(importMessage('warning', 'kml-not-a-zone', fileName, { element, count: found.length, names: names.length > 0 ? names.join(', ') : '—' }));
  }
  return warnings;
}
