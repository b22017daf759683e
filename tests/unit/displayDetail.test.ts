import type { Feature, Geometry, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/lib/seededRandom';
import { DETAIL_THRESHOLD_POSITIONS, degreesPerPixel, detailLevelForZoom, LEVEL_ZOOMS, OVERVIEW_LEVEL } from '../../src/map/detail/detailLevels';
import { itemsInRegion, nextRegion, REGION_MARGIN } from '../../src/map/detail/detailRegion';
import type { ArrivedCopies } from '../../src/map/detail/fetchDisplayCopies';
import { fillTriangles } from '../../src/map/detail/fillTriangles';
import { simplifyForDisplay, writeGeometryBounds } from '../../src/map/detail/simplifyForDisplay';
import { boundsAt, boundsIntersect, containsBounds, expandBounds, type Bounds } from '../../src/map/detail/viewBounds';
import { ZoneDetail } from '../../src/map/detail/zoneDetail';

// ---------------------------------------------------------------------------------------------
// Helpers, written from first principles rather than with the code under test.

const TIANJIN: [number, number] = [117.2, 39.1];
const KM_PER_DEGREE_LATITUDE = 110.574;
const kmPerDegreeLongitude = (latitude: number) => 111.32 * Math.cos((latitude * Math.PI) / 180);

/** A closed ring of `count` distinct positions round a centre; `jitter` scales each radius by up to ±jitter/2. */
function circleRing(centre: readonly [number, number], radiusKm: number, count: number, jitter = 0, seed = 1): Position[] {
  const random = seededRandom(seed);
  const ring: Position[] = [];
  for (let index = 0; index < count; index++) {
    const angle = (2 * Math.PI * index) / count;
    const radius = radiusKm * (1 + jitter * (random() - 0.5));
    ring.push([centre[0] + (radius * Math.cos(angle)) / kmPerDegreeLongitude(centre[1]), centre[1] + (radius * Math.sin(angle)) / KM_PER_DEGREE_LATITUDE]);
  }
  ring.push([...ring[0]!]);
  return ring;
}

function pointSegmentDistance(point: Position, a: Position, b: Position): number {
  const [px, py] = point as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The largest distance from a vertex of `original` to the nearest edge of `simplified`, degrees. */
function largestDeviation(original: readonly Position[], simplified: readonly Position[]): number {
  let largest = 0;
  for (const point of original) {
    let nearest = Infinity;
    for (let index = 0; index + 1 < simplified.length; index++) nearest = Math.min(nearest, pointSegmentDistance(point, simplified[index]!, simplified[index + 1]!));
    largest = Math.max(largest, nearest);
  }
  return largest;
}

const ringsOf = (geometry: Polygon | MultiPolygon): Position[][] => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat());

function expectClosedRings(geometry: Polygon | MultiPolygon): void {
  for (const ring of ringsOf(geometry)) {
    expect(ring.length).toBeGreaterThanOrEqual(4);
    expect(ring[ring.length - 1]).toEqual(ring[0]);
  }
}

/** Rounding slack for "within the tolerance": far below any real error. */
const slack = (tolerance: number) => tolerance * 1e-9;

function boxOf(geometry: Geometry): Bounds {
  const positions: Position[] = [];
  const walk = (value: Geometry): void => {
    if (value.type === 'GeometryCollection') return value.geometries.forEach(walk);
    const collect = (item: unknown): void => {
      if (Array.isArray(item) && typeof item[0] === 'number') positions.push(item as Position);
      else if (Array.isArray(item)) item.forEach(collect);
    };
    collect(value.coordinates);
  };
  walk(geometry);
  const xs = positions.map((position) => position[0]!);
  const ys = positions.map((position) => position[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const overlaps = (a: Bounds, b: Bounds) => !(a[2] < b[0] || b[2] < a[0] || a[3] < b[1] || b[3] < a[1]);

// ---------------------------------------------------------------------------------------------

describe('detail levels', () => {
  it('degreesPerPixel: a 512-pixel world at zoom 0, halving with each zoom', () => {
    expect(degreesPerPixel(0)).toBe(360 / 512);
    expect(degreesPerPixel(1)).toBe(360 / 1024);
    expect(degreesPerPixel(10)).toBeCloseTo(360 / 512 / 1024, 15);
    expect(degreesPerPixel(10.5) / degreesPerPixel(11.5)).toBeCloseTo(2, 12);
  });

  it('picks the level whose zoom range holds the zoom, its tolerance half a pixel at the range’s top', () => {
    const halfPixelAt = (zoom: number) => 360 / (512 * 2 ** zoom) / 2;
    const cases: Array<[number, number, number, boolean]> = [
      // zoom, index, tolerance, culled
      [0, 0, halfPixelAt(10), false],
      [7.3, 0, halfPixelAt(10), false],
      [9.999, 0, halfPixelAt(10), false],
      [10, 1, halfPixelAt(12), true],
      [11.99, 1, halfPixelAt(12), true],
      [12, 2, halfPixelAt(14), true],
      [13.5, 2, halfPixelAt(14), true],
      [14, 3, 0, true],
      [17, 3, 0, true],
      [22, 3, 0, true],
    ];
    for (const [zoom, index, tolerance, culled] of cases) {
      const level = detailLevelForZoom(zoom);
      expect(level, `zoom ${zoom}`).toEqual({ index, toleranceDegrees: expect.closeTo(tolerance, 18), culled });
    }
  });

  it('each level’s tolerance is half a pixel where it stops being drawn, so never more than that where drawn', () => {
    LEVEL_ZOOMS.forEach((top, index) => {
      const level = detailLevelForZoom(top - 0.01);
      expect(level.index).toBe(index);
      expect(level.toleranceDegrees / degreesPerPixel(top)).toBeCloseTo(0.5, 12);
      // Below the top the pixel is bigger: the error is less than half a pixel there.
      expect(level.toleranceDegrees / degreesPerPixel(top - 1)).toBeLessThan(0.5);
    });
  });

  it('the overview is level 0 and draws everything', () => {
    expect(OVERVIEW_LEVEL).toEqual(detailLevelForZoom(0));
    expect(OVERVIEW_LEVEL.index).toBe(0);
    expect(OVERVIEW_LEVEL.culled).toBe(false);
    expect(OVERVIEW_LEVEL.toleranceDegrees).toBeGreaterThan(0);
  });
});

describe('simplifyForDisplay', () => {
  const tolerances = [0, 1, 2].map((index) => detailLevelForZoom(LEVEL_ZOOMS[index]! - 0.5).toleranceDegrees);

  it('reduces a dense 1 km circle near Tianjin to a closed ring within the tolerance, at every level', () => {
    const ring = circleRing(TIANJIN, 1, 2000);
    const original: Polygon = { type: 'Polygon', coordinates: [ring] };
    const before = structuredClone(original);
    const counts: number[] = [];
    for (const tolerance of tolerances) {
      const copy = simplifyForDisplay(original, tolerance) as Polygon;
      expect(copy.type).toBe('Polygon');
      expectClosedRings(copy);
      const simplified = copy.coordinates[0]!;
      expect(largestDeviation(ring, simplified)).toBeLessThanOrEqual(tolerance + slack(tolerance));
      // Vertices are removed, never moved or made up.
      const originals = new Set(ring.map((position) => position.join(',')));
      for (const position of simplified) expect(originals.has(position.join(','))).toBe(true);
      counts.push(simplified.length);
    }
    // The overview keeps a small fraction; finer levels keep more.
    expect(counts[0]!).toBeLessThan(2000 / 20);
    expect(counts[1]!).toBeGreaterThan(counts[0]!);
    expect(counts[2]!).toBeGreaterThan(counts[1]!);
    expect(counts[2]!).toBeLessThan(2001);
    // The input is left as it was.
    expect(original).toEqual(before);
  });

  it('keeps holes and every polygon of a MultiPolygon closed and within the tolerance', () => {
    const tolerance = OVERVIEW_LEVEL.toleranceDegrees;
    const outer = circleRing(TIANJIN, 3, 3000);
    const hole = circleRing(TIANJIN, 1, 1500, 0, 2).reverse();
    const other = circleRing([117.4, 39.2], 2, 2500);
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[outer, hole], [other]] };
    const copy = simplifyForDisplay(multi, tolerance) as MultiPolygon;
    expect(copy.type).toBe('MultiPolygon');
    expect(copy.coordinates.map((polygon) => polygon.length)).toEqual([2, 1]);
    expectClosedRings(copy);
    const originals = [outer, hole, other];
    ringsOf(copy).forEach((simplified, index) => {
      expect(simplified.length).toBeLessThan(originals[index]!.length);
      expect(largestDeviation(originals[index]!, simplified)).toBeLessThanOrEqual(tolerance + slack(tolerance));
    });
  });

  it('keeps a ring far smaller than the tolerance at least a closed triangle', () => {
    const tiny = circleRing(TIANJIN, 0.001, 40);
    const copy = simplifyForDisplay({ type: 'Polygon', coordinates: [tiny] }, OVERVIEW_LEVEL.toleranceDegrees) as Polygon;
    expectClosedRings(copy);
  });

  it('returns lines, points and what it cannot simplify as they are', () => {
    const tolerance = OVERVIEW_LEVEL.toleranceDegrees;
    const dense = circleRing(TIANJIN, 1, 500);
    const unchanged: Geometry[] = [
      { type: 'LineString', coordinates: dense },
      { type: 'MultiLineString', coordinates: [dense, dense.slice(0, 50)] },
      { type: 'Point', coordinates: TIANJIN },
      { type: 'MultiPoint', coordinates: dense },
      { type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: [dense] }] },
      // A ring of three positions: not a valid polygon, drawn whole.
      { type: 'Polygon', coordinates: [[dense[0]!, dense[100]!, dense[0]!]] },
    ];
    for (const geometry of unchanged) expect(simplifyForDisplay(geometry, tolerance)).toBe(geometry);
    const polygon: Polygon = { type: 'Polygon', coordinates: [dense] };
    expect(simplifyForDisplay(polygon, 0)).toBe(polygon);
  });

  // turf's fast mode (radial pre-pass, then Douglas–Peucker) strayed up to 1.2–1.7× the tolerance here.
  it('never moves a jagged outline by more than the tolerance', () => {
    const tolerance = OVERVIEW_LEVEL.toleranceDegrees;
    const ring = circleRing(TIANJIN, 1, 2000, 0.1, 3);
    const copy = simplifyForDisplay({ type: 'Polygon', coordinates: [ring] }, tolerance) as Polygon;
    expectClosedRings(copy);
    expect(largestDeviation(ring, copy.coordinates[0]!)).toBeLessThanOrEqual(tolerance + slack(tolerance));
  });
});

describe('writeGeometryBounds', () => {
  const written = (geometry: Geometry): { all: number[]; box: number[] } => {
    const target = new Float64Array(12).fill(Number.NaN);
    writeGeometryBounds(geometry, target, 4);
    return { all: Array.from(target), box: Array.from(target.subarray(4, 8)) };
  };

  it('writes [west, south, east, north] at the offset and nothing else', () => {
    const polygon: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [116.9, 38.8],
          [117.5, 38.7],
          [117.6, 39.4],
          [116.8, 39.3],
          [116.9, 38.8],
        ],
        [
          [117, 39],
          [117.1, 39],
          [117.1, 39.1],
          [117, 39],
        ],
      ],
    };
    const { all, box } = written(polygon);
    expect(box).toEqual([116.8, 38.7, 117.6, 39.4]);
    expect(all.slice(0, 4).every(Number.isNaN)).toBe(true);
    expect(all.slice(8).every(Number.isNaN)).toBe(true);
  });

  it('covers every geometry type and ignores altitude', () => {
    expect(written({ type: 'Point', coordinates: [1, 2] }).box).toEqual([1, 2, 1, 2]);
    expect(written({ type: 'MultiPoint', coordinates: [[3, -1], [-2, 5]] }).box).toEqual([-2, -1, 3, 5]);
    expect(written({ type: 'LineString', coordinates: [[0, 0, 1000], [4, -3, -1000]] }).box).toEqual([0, -3, 4, 0]);
    expect(written({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[-5, 2], [2, 9]]] }).box).toEqual([-5, 0, 2, 9]);
    expect(
      written({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
          [
            [
              [10, -10],
              [11, -10],
              [11, -9],
              [10, -10],
            ],
          ],
        ],
      }).box,
    ).toEqual([0, -10, 11, 1]);
    expect(
      written({
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [-170, 10] },
          { type: 'LineString', coordinates: [[20, -30], [30, -20]] },
        ],
      }).box,
    ).toEqual([-170, -30, 30, 10]);
  });

  it('agrees with a plain min/max over a generated outline', () => {
    const ring = circleRing(TIANJIN, 5, 700, 0.4, 9);
    expect(written({ type: 'Polygon', coordinates: [ring] }).box).toEqual([...boxOf({ type: 'Polygon', coordinates: [ring] })]);
  });
});

describe('view bounds', () => {
  it('expandBounds grows each side by the fraction of the size, clamped to the poles', () => {
    expect(expandBounds([10, 20, 14, 22], 0.5)).toEqual([8, 19, 16, 23]);
    expect(expandBounds([10, 20, 14, 22], 0)).toEqual([10, 20, 14, 22]);
    expect(expandBounds([0, 80, 10, 88], 0.5)).toEqual([-5, 76, 15, 90]);
    expect(expandBounds([0, -88, 10, -80], 0.5)).toEqual([-5, -90, 15, -76]);
  });

  it('containsBounds and boundsIntersect (touching counts)', () => {
    const outer: Bounds = [0, 0, 10, 10];
    expect(containsBounds(outer, outer)).toBe(true);
    expect(containsBounds(outer, [1, 1, 9, 9])).toBe(true);
    expect(containsBounds(outer, [1, 1, 11, 9])).toBe(false);
    expect(containsBounds(outer, [-1, 1, 9, 9])).toBe(false);
    expect(containsBounds([1, 1, 9, 9], outer)).toBe(false);
    expect(boundsIntersect(outer, [10, 10, 12, 12])).toBe(true);
    expect(boundsIntersect(outer, [10.001, 0, 12, 12])).toBe(false);
    expect(boundsIntersect(outer, [0, 10.001, 12, 12])).toBe(false);
    expect(boundsIntersect([2, 2, 3, 3], outer)).toBe(true);
    expect(boundsIntersect(outer, [-5, 4, 15, 5])).toBe(true);
  });

  it('boundsAt reads box i of a flat array', () => {
    const boxes = new Float64Array([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(boundsAt(boxes, 0)).toEqual([1, 2, 3, 4]);
    expect(boundsAt(boxes, 1)).toEqual([5, 6, 7, 8]);
  });
});

describe('detail regions', () => {
  const level1 = detailLevelForZoom(11);
  const level2 = detailLevelForZoom(13);

  it('starts as the view grown by half its size on each side', () => {
    expect(REGION_MARGIN).toBe(0.5);
    const region = nextRegion(null, { zoom: 11, bounds: [117, 39, 117.2, 39.1] }, level1);
    expect(region.levelIndex).toBe(1);
    expect(region.bounds[0]).toBeCloseTo(116.9, 12);
    expect(region.bounds[1]).toBeCloseTo(38.95, 12);
    expect(region.bounds[2]).toBeCloseTo(117.3, 12);
    expect(region.bounds[3]).toBeCloseTo(39.15, 12);
  });

  it('stays the same object while the view stays inside it at the same level', () => {
    const region = nextRegion(null, { zoom: 11, bounds: [117, 39, 117.2, 39.1] }, level1);
    // A pan of less than half a screen, and a small zoom in, both inside.
    expect(nextRegion(region, { zoom: 11, bounds: [117.09, 39.04, 117.29, 39.14] }, level1)).toBe(region);
    expect(nextRegion(region, { zoom: 11.5, bounds: [117.05, 39.02, 117.15, 39.07] }, level1)).toBe(region);
    // Exactly the region's edges still count as inside.
    expect(nextRegion(region, { zoom: 11, bounds: region.bounds }, level1)).toBe(region);
  });

  it('moves when the view leaves it, or the level changes', () => {
    const region = nextRegion(null, { zoom: 11, bounds: [117, 39, 117.2, 39.1] }, level1);
    const panned = nextRegion(region, { zoom: 11, bounds: [117.2, 39, 117.4, 39.1] }, level1);
    expect(panned).not.toBe(region);
    expect(panned.bounds[0]).toBeCloseTo(117.1, 12);
    expect(panned.bounds[2]).toBeCloseTo(117.5, 12);
    const zoomed = nextRegion(region, { zoom: 13, bounds: [117.05, 39.02, 117.1, 39.04] }, level2);
    expect(zoomed).not.toBe(region);
    expect(zoomed.levelIndex).toBe(2);
    expect(zoomed.bounds[0]).toBeCloseTo(117.025, 12);
    expect(zoomed.bounds[3]).toBeCloseTo(39.05, 12);
  });

  it('itemsInRegion keeps items whose bounds meet the region, in order, and drops those without bounds', () => {
    const items: Array<{ name: string; bounds?: Bounds }> = [
      { name: 'inside', bounds: [1, 1, 2, 2] },
      { name: 'outside', bounds: [20, 20, 21, 21] },
      { name: 'unknown' },
      { name: 'straddling', bounds: [-5, -5, 1, 1] },
      { name: 'touching', bounds: [10, 3, 12, 4] },
      { name: 'just-off', bounds: [10.0001, 3, 12, 4] },
      { name: 'covering', bounds: [-100, -100, 100, 100] },
    ];
    const found = itemsInRegion(items, (item) => item.bounds, [0, 0, 10, 10]);
    expect(found.map((item) => item.name)).toEqual(['inside', 'straddling', 'touching', 'covering']);
    expect(found[0]).toBe(items[0]);
  });
});

// ---------------------------------------------------------------------------------------------
// ZoneDetail, with a fetch that makes the copies right here (what the zone worker does, without it).

type Zone = Feature<Geometry, { id: string }>;
type Fetch = (geometries: readonly Geometry[], toleranceDegrees: number) => Promise<ArrivedCopies | { failed: string }>;

function localFetch() {
  const calls: Array<{ geometries: readonly Geometry[]; tolerance: number }> = [];
  const fetch: Fetch = async (geometries, tolerance) => {
    calls.push({ geometries, tolerance });
    const boxes = new Float64Array(geometries.length * 4);
    const copies = geometries.map((geometry, index) => {
      writeGeometryBounds(geometry, boxes, index * 4);
      return simplifyForDisplay(geometry, tolerance);
    });
    return { copies, bounds: copies.map((_, index) => boundsAt(boxes, index)), triangles: copies.map(fillTriangles) };
  };
  return { fetch, calls };
}

/** Counts arrivals; `next()` resolves at the following one. */
function arrivals() {
  let count = 0;
  let wake: (() => void) | null = null;
  return {
    onArrival: () => {
      count += 1;
      const waiting = wake;
      wake = null;
      waiting?.();
    },
    count: () => count,
    next: () => new Promise<void>((resolve) => (wake = resolve)),
  };
}

/** 8 × 8 circles of 0.5 km, 0.05° apart, from (117.0, 39.0); 200 positions each. */
function grid(): Zone[] {
  const zones: Zone[] = [];
  for (let column = 0; column < 8; column++)
    for (let row = 0; row < 8; row++)
      zones.push({
        type: 'Feature',
        properties: { id: `${column}-${row}` },
        geometry: { type: 'Polygon', coordinates: [circleRing([117 + column * 0.05, 39 + row * 0.05], 0.5, 200, 0, column * 8 + row + 1)] },
      });
  return zones;
}

/** The zones whose full outline meets the view grown by half its size each side. */
function expectedNear(zones: readonly Zone[], view: Bounds): string[] {
  const width = view[2] - view[0];
  const height = view[3] - view[1];
  const region: Bounds = [view[0] - width / 2, view[1] - height / 2, view[2] + width / 2, view[3] + height / 2];
  return zones.filter((zone) => overlaps(boxOf(zone.geometry), region)).map((zone) => zone.properties.id);
}

const ids = (zones: readonly Zone[]) => zones.map((zone) => zone.properties.id);
const positionCount = (geometry: Geometry) => ringsOf(geometry as Polygon).reduce((sum, ring) => sum + ring.length, 0);

/** A view at 12.5 (level 2) over the circles of columns 2–3, rows 2–3. */
const CLOSE_VIEW: Bounds = [117.1, 39.1, 117.16, 39.14];

describe('ZoneDetail', () => {
  it('applies() only above the threshold of positions', () => {
    const detail = new ZoneDetail(() => {}, localFetch().fetch);
    const line = (positions: number): LineString => ({ type: 'LineString', coordinates: Array.from({ length: positions }, (_, index) => [index, 0]) });
    const zone = (geometry: Geometry | null): Feature => ({ type: 'Feature', properties: {}, geometry: geometry as Geometry });
    expect(detail.applies([zone(line(DETAIL_THRESHOLD_POSITIONS))])).toBe(false);
    expect(detail.applies([zone(line(DETAIL_THRESHOLD_POSITIONS + 1))])).toBe(true);
    expect(detail.applies([zone(line(25_000)), zone(null), zone(line(25_001))])).toBe(true);
    expect(detail.applies([zone(line(25_000)), zone(null), zone(line(25_000))])).toBe(false);
    expect(detail.applies(grid())).toBe(false);
    expect(detail.applies([])).toBe(false);
  });

  it('overview() answers [] until the copies arrive, then the copies, once fetched', async () => {
    const { fetch, calls } = localFetch();
    const watch = arrivals();
    const detail = new ZoneDetail(watch.onArrival, fetch);
    const zones = grid();
    const arrived = watch.next();
    const before = detail.overview(zones);
    expect(before).toEqual([]);
    expect(detail.overview(zones)).toBe(before);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.tolerance).toBe(OVERVIEW_LEVEL.toleranceDegrees);
    expect(calls[0]!.geometries).toEqual(zones.map((zone) => zone.geometry));
    expect(calls[0]!.geometries.every((geometry, index) => geometry === zones[index]!.geometry)).toBe(true);

    await arrived;
    expect(watch.count()).toBe(1);
    const after = detail.overview(zones);
    expect(ids(after)).toEqual(ids(zones));
    after.forEach((zone, index) => {
      const original = zones[index]!;
      expect(zone).not.toBe(original);
      expect(zone.properties).toBe(original.properties);
      expect(zone.geometry).toEqual(simplifyForDisplay(original.geometry, OVERVIEW_LEVEL.toleranceDegrees));
      expect(positionCount(zone.geometry)).toBeLessThan(positionCount(original.geometry));
    });
    // Memoised, and nothing fetched again, even for a new array of the same zones.
    expect(detail.overview(zones)).toBe(after);
    const again = detail.overview([...zones]);
    expect(again).not.toBe(after);
    expect(again).toEqual(after);
    expect(calls).toHaveLength(1);
  });

  it('overview() gives points and lines back as the same feature (their copy is the outline itself)', async () => {
    const watch = arrivals();
    const detail = new ZoneDetail(watch.onArrival, localFetch().fetch);
    const point: Feature<Point> = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: TIANJIN } };
    const arrived = watch.next();
    detail.overview([point]);
    await arrived;
    const [only] = detail.overview([point]);
    expect(only).toBe(point);
  });

  it('forView() below the first culled zoom is the overview', async () => {
    const watch = arrivals();
    const detail = new ZoneDetail(watch.onArrival, localFetch().fetch);
    const zones = grid();
    const arrived = watch.next();
    detail.overview(zones);
    await arrived;
    expect(detail.forView(zones, { zoom: 8, bounds: CLOSE_VIEW })).toBe(detail.overview(zones));
  });

  it('forView() at the closest zooms gives the full outlines of the zones near the view only', async () => {
    const { fetch, calls } = localFetch();
    const watch = arrivals();
    const detail = new ZoneDetail(watch.onArrival, fetch);
    const zones = grid();
    const view = { zoom: 15, bounds: CLOSE_VIEW };
    const arrived = watch.next();
    // Nothing is near until the overview (which carries the bounds) has come.
    expect(detail.forView(zones, view)).toEqual([]);
    await arrived;
    const near = detail.forView(zones, view);
    const expected = expectedNear(zones, CLOSE_VIEW);
    expect(expected).toEqual(['2-2', '2-3', '3-2', '3-3']);
    expect(ids(near)).toEqual(expected);
    for (const zone of near) expect(zones).toContain(zone);
    // Only the overview was fetched: the full outline needs no copy.
    expect(calls.map((call) => call.tolerance)).toEqual([OVERVIEW_LEVEL.toleranceDegrees]);
  });

  it('forView() at a close level draws overview copies near the view, then close copies once they come', async () => {
    const { fetch, calls } = localFetch();
    const watch = arrivals();
    const detail = new ZoneDetail(watch.onArrival, fetch);
    const zones = grid();
    const view = { zoom: 12.5, bounds: CLOSE_VIEW };
    const level = detailLevelForZoom(view.zoom);
    expect(level.index).toBe(2);

    let arrived = watch.next();
    detail.overview(zones);
    await arrived;

    arrived = watch.next();
    const first = detail.forView(zones, view);
    const expected = expectedNear(zones, CLOSE_VIEW);
    expect(ids(first)).toEqual(expected);
    const overview = new Map(detail.overview(zones).map((zone) => [zone.properties.id, zone.geometry]));
    for (const zone of first) expect(zone.geometry).toBe(overview.get(zone.properties.id));
    // The close copies were asked for, for the near zones only, at the level's tolerance.
    expect(calls).toHaveLength(2);
    expect(calls[1]!.tolerance).toBe(level.toleranceDegrees);
    expect(calls[1]!.geometries).toHaveLength(expected.length);
    for (const geometry of calls[1]!.geometries) expect(zones.filter((zone) => expected.includes(zone.properties.id)).map((zone) => zone.geometry)).toContain(geometry);

    await arrived;
    const second = detail.forView(zones, view);
    expect(second).not.toBe(first);
    expect(ids(second)).toEqual(expected);
    for (const zone of second) {
      const original = zones.find((candidate) => candidate.properties.id === zone.properties.id)!;
      expect(zone.geometry).toEqual(simplifyForDisplay(original.geometry, level.toleranceDegrees));
      expect(positionCount(zone.geometry)).toBeGreaterThan(positionCount(overview.get(zone.properties.id)!));
      expect(positionCount(zone.geometry)).toBeLessThanOrEqual(positionCount(original.geometry));
    }

    // Memoised: the same answer for the same zones and view, and for a small pan inside the region.
    expect(detail.forView(zones, view)).toBe(second);
    expect(detail.forView(zones, { zoom: 12.6, bounds: [117.11, 39.105, 117.17, 39.145] })).toBe(second);
    expect(calls).toHaveLength(2);

    // A pan elsewhere gives the zones there.
    const elsewhere: Bounds = [117.25, 39.25, 117.31, 39.29];
    arrived = watch.next();
    expect(ids(detail.forView(zones, { zoom: 12.5, bounds: elsewhere }))).toEqual(expectedNear(zones, elsewhere));
    expect(calls).toHaveLength(3);
    await arrived;
    // Only copies near the view are kept: back at the first view its copies are asked for again.
    const back = detail.forView(zones, view);
    for (const zone of back) expect(zone.geometry).toBe(overview.get(zone.properties.id));
    expect(calls).toHaveLength(4);
    expect(calls[3]!.geometries).toEqual(calls[1]!.geometries);
  });

  it('drops close copies asked for at a level no longer drawn', async () => {
    const pending: Array<() => void> = [];
    const local = localFetch();
    // Overview copies come at once; close copies wait until released.
    const asked: number[] = [];
    const fetch: Fetch = (geometries, tolerance) => {
      asked.push(tolerance);
      return tolerance === OVERVIEW_LEVEL.toleranceDegrees
        ? local.fetch(geometries, tolerance)
        : new Promise((resolve) => pending.push(() => void local.fetch(geometries, tolerance).then(resolve)));
    };
    const watch = arrivals();
    const detail = new ZoneDetail(watch.onArrival, fetch);
    const zones = grid();
    let arrived = watch.next();
    detail.overview(zones);
    await arrived;

    const level1 = detailLevelForZoom(11);
    const level2 = detailLevelForZoom(12.5);
    detail.forView(zones, { zoom: 11, bounds: CLOSE_VIEW });
    expect(asked).toEqual([OVERVIEW_LEVEL.toleranceDegrees, level1.toleranceDegrees]);
    // Zoom to level 2 before level 1's copies come: overview copies meanwhile.
    const atLevel2 = detail.forView(zones, { zoom: 12.5, bounds: CLOSE_VIEW });
    const overview = new Map(detail.overview(zones).map((zone) => [zone.properties.id, zone.geometry]));
    for (const zone of atLevel2) expect(zone.geometry).toBe(overview.get(zone.properties.id));

    arrived = watch.next();
    pending.shift()!();
    await arrived;
    // Level 1's copies are not used at level 2; level 2's are asked for now.
    const afterStale = detail.forView(zones, { zoom: 12.5, bounds: CLOSE_VIEW });
    for (const zone of afterStale) expect(zone.geometry).toBe(overview.get(zone.properties.id));
    expect(asked).toEqual([OVERVIEW_LEVEL.toleranceDegrees, level1.toleranceDegrees, level2.toleranceDegrees]);

    arrived = watch.next();
    pending.shift()!();
    await arrived;
    const settled = detail.forView(zones, { zoom: 12.5, bounds: CLOSE_VIEW });
    for (const zone of settled) {
      const original = zones.find((candidate) => candidate.properties.id === zone.properties.id)!;
      expect(zone.geometry).toEqual(simplifyForDisplay(original.geometry, level2.toleranceDegrees));
    }
  });

  it('without the worker, draws whole outlines and still culls by their bounds', async () => {
    const watch = arrivals();
    const detail = new ZoneDetail(watch.onArrival, async () => ({ failed: 'no worker' }));
    const zones = grid();
    const arrived = watch.next();
    detail.overview(zones);
    await arrived;
    const overview = detail.overview(zones);
    expect(overview).toHaveLength(zones.length);
    overview.forEach((zone, index) => expect(zone).toBe(zones[index]));
    const near = detail.forView(zones, { zoom: 12.5, bounds: CLOSE_VIEW });
    expect(ids(near)).toEqual(expectedNear(zones, CLOSE_VIEW));
    for (const zone of near) expect(zones).toContain(zone);
  });

  it('stops calling back once destroyed', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const local = localFetch();
    let calledBack = 0;
    const detail = new ZoneDetail(
      () => (calledBack += 1),
      async (geometries, tolerance) => {
        await gate;
        return local.fetch(geometries, tolerance);
      },
    );
    const zones = grid().slice(0, 3);
    expect(detail.overview(zones)).toEqual([]);
    detail.destroy();
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(local.calls).toHaveLength(1);
    expect(calledBack).toBe(0);
  });
});
