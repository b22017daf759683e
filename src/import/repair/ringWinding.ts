import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * RFC 7946 §3.1.6: outer rings counter-clockwise, holes clockwise. Parsers must not reject other
 * windings, and the area engine reads any, but exports should follow the rule, and a consistent
 * winding makes make-valid and renderers agree. Reverses the rings that wind the other way, in
 * place (the importer owns these arrays), and says how many it reversed.
 */
export function rewindToRightHandRule(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let reversed = 0;
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      const area = doubledSignedArea(ring);
      const wantsPositive = index === 0;
      if (area !== 0 && area > 0 !== wantsPositive) {
        ring.reverse();
        reversed += 1;
      }
    });
  }
  return reversed;
}

/**
 * Twice the signed area of a ring in the longitude/latitude plane (counter-clockwise positive),
 * relative to the first position so that large coordinates lose no precision. Only its sign is
 * used: orientation is the same on the sphere for rings smaller than a hemisphere.
 */
export function doubledSignedArea(ring: readonly Position[]): number {
  const count = ring.length;
  if (count < 3) return 0;
  const x0 = ring[0]![0]!;
  const y0 = ring[0]![1]!;
  let doubled = 0;
  for (let i = 1; i + 1 < count; i += 1) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    doubled += (a[0]! - x0) * (b[1]! - y0) - (b[0]! - x0) * (a[1]! - y0);
  }
  return doubled;
}
