import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ZoneFeature } from '../domain/zone';

const KINDS: ReadonlySet<string> = new Set(['pilot-zone', 'demo-zone', 'scenario-area']);

/**
 * Zone outlines for MapLibre's line layers (see offlineStyle.ts): coloured by kind, and the
 * selected one drawn again, thicker, by id. Why not deck.gl's stroke: its PathLayer runs a heavy
 * vertex shader many times per segment, and on software WebGL (SwiftShader: Chrome's fallback
 * where the GPU is blocklisted, and our test machines) 758 generated zones cost 650 ms a frame
 * stroked against 90 ms filled only; compiling that shader alone held the first picture of the
 * default zones back by 2.4 s. MapLibre cuts lines into plain triangles in its worker, which draw
 * cheaply anywhere. Only the geometry, kind and id travel to MapLibre's worker: names and other
 * properties stay here.
 */
export function outlineCollection(zones: readonly ZoneFeature[]): FeatureCollection<Geometry, { kind: string; id: string }> {
  const features: Array<Feature<Geometry, { kind: string; id: string }>> = [];
  for (const zone of zones) {
    const geometry = zone.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    features.push({ type: 'Feature', properties: { kind: KINDS.has(zone.properties.kind) ? zone.properties.kind : 'unknown', id: zone.properties.id }, geometry });
  }
  return { type: 'FeatureCollection', features };
}
