import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';
import type { LoadedFeature } from '../import/importResult';

const COLOUR: [number, number, number, number] = [75, 60, 140, 255];

/**
 * Points and lines an editor imported with the zones: drawn (a violet dot or line) so nothing in
 * the file is hidden, but never filled and never part of an area.
 */
export function buildOtherFeatureLayers(features: LoadedFeature[], lineWidthScale = 1) {
  if (features.length === 0) return [];
  return [
    new GeoJsonLayer({
      id: 'other-features',
      data: features as Feature[],
      filled: true,
      stroked: true,
      pickable: false,
      getFillColor: COLOUR,
      getLineColor: COLOUR,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      lineWidthScale,
      pointType: 'circle',
      pointRadiusUnits: 'pixels',
      getPointRadius: 5,
    }),
  ];
}
