import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';
import type { FillMesh } from './fillMesh';
import { fillMeshLayer } from './fillMeshLayer';

const AFTER_COLOUR: [number, number, number, number] = [204, 0, 102, 255];
const BEFORE_COLOUR: [number, number, number, number] = [90, 90, 90, 230];

/** The file under review as drawn: its features (or their overview copies, for a big file), and where the raw numbers would put them when a datum shift moved them. */
export interface ImportPreview {
  after: Feature[];
  before: Feature[] | null;
  /** For a big file: `after`'s fills as one mesh (fillMesh.ts), drawn instead of `after`'s polygons. */
  afterFills?: FillMesh;
}

/**
 * The file under review, drawn over everything: where its features will be (magenta) and,
 * when a datum shift moved them, where the file's raw numbers would put them (thin grey), so
 * the editor sees the 0.5–1.4 km GCJ-02/BD-09 correction before accepting it.
 */
export function buildImportPreviewLayers(preview: ImportPreview | null, lineWidthScale = 1) {
  if (!preview) return [];
  if (preview.afterFills) {
    // A big file, drawn from overview copies: a strong unstroked fill shows where it lies. Its
    // before-shift outlines are left out: the review states the shift in metres.
    const colour: [number, number, number, number] = [AFTER_COLOUR[0], AFTER_COLOUR[1], AFTER_COLOUR[2], 110];
    const others = preview.after.filter((feature) => feature.geometry?.type !== 'Polygon' && feature.geometry?.type !== 'MultiPolygon');
    return [
      fillMeshLayer({ id: 'import-preview-after', mesh: preview.afterFills, colourOf: () => colour, colourKey: 110, pickable: false }),
      ...(others.length > 0 ? [afterLayer('import-preview-after-others', others, lineWidthScale, 255)] : []),
    ];
  }
  const layers = [];
  if (preview.before) {
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
  layers.push(afterLayer('import-preview-after', preview.after, lineWidthScale, 40));
  return layers;
}

/** Features of the file under review where they will be: magenta outlines, lines and points over a light fill. */
function afterLayer(id: string, features: Feature[], lineWidthScale: number, fillAlpha: number) {
  return new GeoJsonLayer({
    id,
    data: features,
    filled: true,
    stroked: true,
    getFillColor: [AFTER_COLOUR[0], AFTER_COLOUR[1], AFTER_COLOUR[2], fillAlpha],
    getLineColor: AFTER_COLOUR,
    getLineWidth: 2.5,
    lineWidthUnits: 'pixels',
    lineWidthScale,
    pointRadiusUnits: 'pixels',
    getPointRadius: 5,
  });
}
