/**
 * How finely the map draws big collections at each zoom (level of detail). A file of thousands of
 * zones drawn at full precision is hundreds of thousands of vertices every frame; with software
 * WebGL (SwiftShader, as in tests and on machines without a GPU) a 10 MB file froze the page for
 * 15 s. So above `DETAIL_THRESHOLD_POSITIONS` the map draws simplified copies, made in the zone
 * worker, that differ from the outline by at most half a CSS pixel at the zooms they are drawn
 * at; areas, coverage, export and storage always use the full outline.
 */

/** Collections with more positions than this are drawn from copies; below it, as they are (the default zones have a few hundred). */
export const DETAIL_THRESHOLD_POSITIONS = 50_000;

/** Degrees of longitude per CSS pixel at a zoom (MapLibre's world is 512 pixels wide at zoom 0). */
export function degreesPerPixel(zoom: number): number {
  return 360 / (512 * 2 ** zoom);
}

export interface DetailLevel {
  /** 0 is the overview: every zone, always at hand. Higher levels are fetched for the view. */
  index: number;
  /** Douglas–Peucker tolerance of the copies, degrees; 0: the full outline. */
  toleranceDegrees: number;
  /** Whether only zones near the view are drawn (every level but the overview). */
  culled: boolean;
}

/**
 * Level i is drawn below `LEVEL_ZOOMS[i]` (and from the previous entry up), its tolerance half a
 * pixel at that zoom, so the error is at most half a pixel wherever it is drawn. Beyond the last,
 * the full outline. Two zooms per level: on generated digitised-style outlines each step keeps
 * about twice the vertices of the one before, while the view's area shrinks sixteenfold.
 */
export const LEVEL_ZOOMS = [10, 12, 14] as const;

export function detailLevelForZoom(zoom: number): DetailLevel {
  const index = LEVEL_ZOOMS.findIndex((limit) => zoom < limit);
  if (index === -1) return { index: LEVEL_ZOOMS.length, toleranceDegrees: 0, culled: true };
  return { index, toleranceDegrees: degreesPerPixel(LEVEL_ZOOMS[index]!) / 2, culled: index > 0 };
}

/** The overview level: what the import preview, the labels and the lowest zooms draw. */
export const OVERVIEW_LEVEL: DetailLevel = detailLevelForZoom(0);
