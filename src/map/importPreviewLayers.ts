import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';

const AFTER_COLOUR: [number, number, number, number] = [204, 0, 102, 255];
const BEFORE_COLOUR: [number, number, number, number] = [90, 90, 90, 230];

/** The file under review as drawn: its features (or their overview copies, for a big file), and where the raw numbers would put them when a datum shift moved them. */
export interface ImportPreview {
  after: Feature[];
  before: Feature[] | null;
}

/**
 * The file under review, drawn over everything: where its features will be (magenta) and,
 * when a datum shift moved them, where the file's raw numbers would put them (thin grey), so
 * the editor sees the 0.5–1.4 km GCJ-02/BD-09 correction before accepting it.
 */
export function buildImportPreviewLayers(preview: ImportPreview | null, lineWidthScale = 1, stroked = true) {
  if (!preview) return [];
  const layers = [];
  // Unstroked (a big file), the before-shift outlines are left out: the review states the shift.
  if (preview.before && stroked) {
    layers.push(
      new GeoJsonLayer({
        id: 'import-preview-before',
        data: preview.before,
        filled: false,
        stroked: true,
        getLineColor: BEFORE_COLOUR,
        getLineWidth: 1.5,
        lineWidthUnits: 'pixels',
        lineWidthScale,
        pointRadiusUnits: 'pixels',
        getPointRadius: 4,
      }),
    );
  }
  layers.push(
    new GeoJsonLayer({
      id: 'import-preview-after',
      data: preview.after,
      filled: true,
      stroked,
      // Unstroked (a big file, drawn from overview copies), a stronger fill shows where it lies.
      getFillColor: [AFTER_COLOUR[0], AFTER_COLOUR[1], AFTER_COLOUR[2], stroked ? 40 : 110],
      getLineColor: AFTER_COLOUR,
      getLineWidth: 2.5,
      lineWidthUnits: 'pixels',
      lineWidthScale,
      pointRadiusUnits: 'pixels',
      getPointRadius: 5,
    }),
  );
  return layers;
}
