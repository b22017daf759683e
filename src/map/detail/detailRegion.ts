import type { DetailLevel } from './detailLevels';
import { boundsIntersect, containsBounds, expandBounds, type Bounds } from './viewBounds';

/** The map's camera as the level of detail sees it. */
export interface MapView {
  zoom: number;
  /** What the map shows, [west, south, east, north]. */
  bounds: Bounds;
}

/** Where the close copies of one level are drawn: the view when they were chosen, plus a margin. */
export interface DetailRegion {
  levelIndex: number;
  bounds: Bounds;
}

/** Each side of the view grows by half its size: a pan of up to half a screen shows no gap before `moveend`. */
export const REGION_MARGIN = 0.5;

/**
 * The region to draw for a view: the current one while the view stays inside it at the same level
 * (so small pans change nothing and nothing is redrawn), else the view grown by the margin.
 */
export function nextRegion(current: DetailRegion | null, view: MapView, level: DetailLevel): DetailRegion {
  if (current && current.levelIndex === level.index && containsBounds(current.bounds, view.bounds)) return current;
  return { levelIndex: level.index, bounds: expandBounds(view.bounds, REGION_MARGIN) };
}

/** The items whose bounds meet the region; items without known bounds are left out. */
export function itemsInRegion<T>(items: readonly T[], boundsOf: (item: T) => Bounds | undefined, region: Bounds): T[] {
  return items.filter((item) => {
    const bounds = boundsOf(item);
    return bounds !== undefined && boundsIntersect(bounds, region);
  });
}
