import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ZoneFeature } from '../domain/zone';

const KINDS: ReadonlySet<string> = new Set(['pilot-zone', 'demo-zone', 'scenario-area']);

/**
 * Outlines of a big collection near the view, for MapLibre's line layer (see offlineStyle.ts),
 * coloured by kind. Why not deck.gl's stroke: its PathLayer runs a heavy vertex shader many times
 * per segment, and on software WebGL (SwiftShader: Chrome's fallback where the GPU is blocklisted,
 * and our test machines) 758 generated zones cost 650 ms a frame stroked against 90 ms filled
 * only. MapLibre cuts lines into plain triangles in its worker, which draw cheaply anywhere. Only
 * the geometry and the kind travel to MapLibre's worker: names and other properties stay here.
 */
export function outlineCollection(zones: readonly ZoneFeature[]): FeatureCollection<Geometry, { kind: string }> {
  const features: Array<Feature<Geometry, { kind: string }>> = [];
  for (const zone of zones) {
    const geometry = zone.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    features.push({ type: 'Feature', properties: { kind: KINDS.has(zone.properties.kind) ? zone.properties.kind : 'unknown' }, geometry });
  }
  return { type: 'FeatureCollection', features };
}
