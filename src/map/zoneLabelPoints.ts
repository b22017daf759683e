import { bbox, booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { ZoneFeature } from '../domain/zone';

/** The largest part of a zone, where its name goes. */
function largestPolygon(zone: ZoneFeature): Feature<Polygon> {
  const geometry = zone.geometry;
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Feature<Polygon> | null = null;
  let bestSize = -1;
  for (const coordinates of parts) {
    const part: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
    // Bounding-box extent is enough to pick the part that has room for a label.
    const [west, south, east, north] = bbox(part);
    const size = (east - west) * (north - south);
    if (size > bestSize) {
      best = part;
      bestSize = size;
    }
  }
  return best!;
}

/**
 * One label point per zone: the centroid of its largest part when that lies inside the zone
 * (the usual case), else a point guaranteed to be inside (crescents, L-shapes).
 */
export function zoneLabelPoints(zones: ZoneFeature[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: zones.map((zone) => {
      const part = largestPolygon(zone);
      const centre = centroid(part);
      const point = booleanPointInPolygon(centre, part) ? centre : pointOnFeature(part);
      return {
        type: 'Feature',
        properties: { id: zone.properties.id, name_zh: zone.properties.name_zh, name_en: zone.properties.name_en },
        geometry: point.geometry,
      };
    }),
  };
}
