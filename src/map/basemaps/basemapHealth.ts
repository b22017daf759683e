/**
 * Decides when an online basemap has failed and the offline style should take over. A tile that
 * fails among many that load is noise (a server hiccup at the edge of the map); a basemap whose
 * tiles fail before any arrives, or that fails many times in a row (the network went away in the
 * middle of a talk), has failed. Counts only; the caller feeds it MapLibre's events.
 */
export const ERRORS_BEFORE_FIRST_TILE = 3;
export const CONSECUTIVE_ERRORS_AFTER_LOADING = 8;
/** With neither a tile nor an error by then, the basemap is taken to be unreachable. */
export const FIRST_TILE_TIMEOUT_MILLISECONDS = 20_000;

export class BasemapHealth {
  private tilesLoaded = 0;
  private errorsInARow = 0;

  recordTile(): void {
    this.tilesLoaded += 1;
    this.errorsInARow = 0;
  }

  /** Records a failed tile; returns true when the basemap should be given up. */
  recordError(): boolean {
    this.errorsInARow += 1;
    return this.tilesLoaded === 0 ? this.errorsInARow >= ERRORS_BEFORE_FIRST_TILE : this.errorsInARow >= CONSECUTIVE_ERRORS_AFTER_LOADING;
  }

  get hasLoaded(): boolean {
    return this.tilesLoaded > 0;
  }
}
