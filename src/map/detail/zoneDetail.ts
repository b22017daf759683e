import { bbox } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { geometrySize } from '../../worker/geometryStore';
import { DETAIL_THRESHOLD_POSITIONS, detailLevelForZoom, OVERVIEW_LEVEL, type DetailLevel } from './detailLevels';
import { itemsInRegion, nextRegion, type DetailRegion, type MapView } from './detailRegion';
import { fetchDisplayCopies, type ArrivedCopies } from './fetchDisplayCopies';
import type { Bounds } from './viewBounds';

interface Overview {
  copy: Geometry;
  /** The full outline's bounds: what culling tests. */
  bounds: Bounds;
}

type Fetch = (geometries: readonly Geometry[], toleranceDegrees: number) => Promise<ArrivedCopies | { failed: string }>;

/**
 * What the map draws of a big collection (see detailLevels.ts): the overview copy of every zone
 * at low zooms; near the view, copies at the zoom's level, or the full outline at the closest
 * zooms. Copies come from the zone worker and are kept here by outline (weakly: they go with
 * their zone); until a zone's copy arrives it is drawn from its overview copy, or not at all.
 * Each arrival calls `onArrival` so the map draws again. Answers are memoised: asking again with
 * the same zones and view gives the same array, which deck.gl then does not process again.
 */
export class ZoneDetail {
  private readonly overviews = new WeakMap<Geometry, Overview>();
  private readonly overviewsPending = new WeakSet<Geometry>();
  private overviewBusy = false;
  /** Copies of the current close level, only for zones near the view. */
  private close = { levelIndex: -1, copies: new Map<Geometry, Geometry>(), pending: new Set<Geometry>() };
  private closeBusy = false;
  private region: DetailRegion | null = null;
  /** Bumped by every arrival: memoised answers made before it are stale. */
  private version = 0;
  private readonly largeCache = new WeakMap<readonly Feature[], boolean>();
  /** The fill triangles of each copy that came from the worker (fillTriangles.ts), by the copy. */
  private readonly triangles = new WeakMap<Geometry, Uint32Array>();
  private overviewMemo: { features: readonly Feature[]; version: number; answer: Feature[] } | null = null;
  private viewMemo: { features: readonly Feature[]; region: DetailRegion | null; levelIndex: number; version: number; answer: Feature[] } | null = null;
  private destroyed = false;

  constructor(
    private readonly onArrival: () => void,
    private readonly fetch: Fetch = fetchDisplayCopies,
  ) {}

  /** Whether features are many enough to be drawn from copies (the default zones and small files are not). */
  applies(features: readonly Feature[]): boolean {
    let large = this.largeCache.get(features);
    if (large === undefined) {
      // Counted only until past the threshold: a big file is known after its first few zones.
      let numbers = 0;
      for (const feature of features) {
        if (feature.geometry) numbers += geometrySize(feature.geometry);
        if (numbers / 2 > DETAIL_THRESHOLD_POSITIONS) break;
      }
      large = numbers / 2 > DETAIL_THRESHOLD_POSITIONS;
      this.largeCache.set(features, large);
    }
    return large;
  }

  /** The features at the overview level (the import preview, zone labels), those whose copies have come. */
  overview<F extends Feature>(features: readonly F[]): F[] {
    const memo = this.overviewMemo;
    if (memo && memo.features === features && memo.version === this.version) return memo.answer as F[];
    this.requestOverviews(features);
    const answer: F[] = [];
    for (const feature of features) {
      const overview = feature.geometry && this.overviews.get(feature.geometry);
      if (overview) answer.push(overview.copy === feature.geometry ? feature : { ...feature, geometry: overview.copy });
    }
    this.overviewMemo = { features, version: this.version, answer };
    return answer;
  }

  /** The features as drawn at this view. */
  forView<F extends Feature>(features: readonly F[], view: MapView): F[] {
    const level = detailLevelForZoom(view.zoom);
    if (!level.culled) return this.overview(features);
    this.region = nextRegion(this.region, view, level);
    const memo = this.viewMemo;
    if (memo && memo.features === features && memo.region === this.region && memo.levelIndex === level.index && memo.version === this.version) return memo.answer as F[];
    this.requestOverviews(features);
    const near = itemsInRegion(features, (feature) => (feature.geometry ? this.overviews.get(feature.geometry)?.bounds : undefined), this.region.bounds);
    const answer = level.toleranceDegrees === 0 ? near : this.closeCopies(near, level);
    this.viewMemo = { features, region: this.region, levelIndex: level.index, version: this.version, answer };
    return answer;
  }

  /**
   * The triangles that fill a copy this gave out (a feature's geometry from `overview` or
   * `forView`), made in the worker; undefined for a whole outline drawn without the worker.
   */
  trianglesOf(copy: Geometry): Uint32Array | undefined {
    return this.triangles.get(copy);
  }

  /** Stops calling back (the map is gone). */
  destroy(): void {
    this.destroyed = true;
  }

  private closeCopies<F extends Feature>(near: readonly F[], level: DetailLevel): F[] {
    if (this.close.levelIndex !== level.index) this.close = { levelIndex: level.index, copies: new Map(), pending: new Set() };
    const wanted = new Set(near.map((feature) => feature.geometry));
    // Only copies near the view are kept: memory stays bounded by what one view shows.
    for (const geometry of this.close.copies.keys()) if (!wanted.has(geometry)) this.close.copies.delete(geometry);
    const missing = near.filter((feature) => !this.close.copies.has(feature.geometry) && !this.close.pending.has(feature.geometry));
    if (missing.length > 0 && !this.closeBusy) void this.requestClose(missing.map((feature) => feature.geometry), level);
    return near.map((feature) => {
      const copy = this.close.copies.get(feature.geometry) ?? this.overviews.get(feature.geometry)!.copy;
      return copy === feature.geometry ? feature : { ...feature, geometry: copy };
    });
  }

  private async requestClose(geometries: Geometry[], level: DetailLevel): Promise<void> {
    const close = this.close;
    this.closeBusy = true;
    for (const geometry of geometries) close.pending.add(geometry);
    const arrived = await this.fetch(geometries, level.toleranceDegrees);
    this.closeBusy = false;
    for (const geometry of geometries) close.pending.delete(geometry);
    // A zoom to another level meanwhile: these copies are for a level no longer drawn.
    if (close !== this.close) return this.arrival();
    // A failure leaves the zones on their overview copies.
    if ('copies' in arrived) {
      geometries.forEach((geometry, index) => {
        close.copies.set(geometry, arrived.copies[index]!);
        this.triangles.set(arrived.copies[index]!, arrived.triangles[index]!);
      });
    }
    this.arrival();
  }

  private requestOverviews(features: readonly Feature[]): void {
    if (this.overviewBusy) return;
    const missing: Geometry[] = [];
    for (const feature of features) {
      const geometry = feature.geometry;
      if (geometry && !this.overviews.has(geometry) && !this.overviewsPending.has(geometry)) missing.push(geometry);
    }
    if (missing.length > 0) void this.requestOverviewCopies(missing);
  }

  private async requestOverviewCopies(geometries: Geometry[]): Promise<void> {
    this.overviewBusy = true;
    for (const geometry of geometries) this.overviewsPending.add(geometry);
    const arrived = await this.fetch(geometries, OVERVIEW_LEVEL.toleranceDegrees);
    this.overviewBusy = false;
    geometries.forEach((geometry, index) => {
      this.overviewsPending.delete(geometry);
      // Without the worker the outlines are drawn whole: slower, but nothing goes missing.
      const overview: Overview =
        'copies' in arrived ? { copy: arrived.copies[index]!, bounds: arrived.bounds[index]! } : { copy: geometry, bounds: bbox(geometry).slice(0, 4) as unknown as Bounds };
      this.overviews.set(geometry, overview);
      if ('copies' in arrived) this.triangles.set(overview.copy, arrived.triangles[index]!);
    });
    this.arrival();
  }

  private arrival(): void {
    this.version += 1;
    if (!this.destroyed) this.onArrival();
  }
}
