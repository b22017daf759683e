/**
 * The coverage-over-time chart, as numbers: no DOM here, so it is tested in Node. The points are
 * `CoverageResult.byPhaseCumulative`: the union of every zone of that year or earlier (overlaps
 * counted once), in m².
 */
export interface TimelinePoint {
  phase: number;
  unionSquareMetres: number;
}

/** Covered area shown for a year: that of the latest phase not after it; 0 before the first. */
export function coverageAtYear(points: readonly TimelinePoint[], year: number): number {
  let covered = 0;
  for (const point of points) if (point.phase <= year) covered = point.unionSquareMetres;
  return covered;
}

/** The first phase whose cumulative union reaches the target, or null if none does. */
export function firstYearReaching(points: readonly TimelinePoint[], targetSquareMetres: number): number | null {
  return points.find((point) => point.unionSquareMetres >= targetSquareMetres)?.phase ?? null;
}

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above a value (an axis end that reads well). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value * (1 - 1e-12)) return step * magnitude;
  return 10 * magnitude;
}

export interface ChartBox {
  width: number;
  height: number;
  /** Space for the axes' labels, in the same units. */
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface TimelineChartLayout {
  /** Top of the value axis, m². */
  axisMaxSquareMetres: number;
  /** Value-axis ticks, m², from 0. */
  ticks: { squareMetres: number; y: number }[];
  /** One per phase, in order. */
  points: { phase: number; unionSquareMetres: number; x: number; y: number }[];
  /** Where the target line is drawn. */
  targetY: number;
  /** Where the drawn line first meets the target line (interpolated between years), or null. */
  crossing: { x: number; y: number; phase: number } | null;
  plot: { left: number; right: number; top: number; bottom: number };
}

/**
 * Places the cumulative coverage line, the target line and the point where one crosses the
 * other in a box. Years sit at equal spacing (phases are whole years); the value axis starts at
 * zero and ends at a round number above both the target and the largest union.
 */
export function layoutTimelineChart(points: readonly TimelinePoint[], targetSquareMetres: number, box: ChartBox): TimelineChartLayout {
  const sorted = [...points].sort((a, b) => a.phase - b.phase);
  const plot = { left: box.margin.left, right: box.width - box.margin.right, top: box.margin.top, bottom: box.height - box.margin.bottom };
  const largest = Math.max(targetSquareMetres, ...sorted.map((point) => point.unionSquareMetres));
  const axisMaxSquareMetres = niceCeiling(largest * 1.08);
  const yOf = (squareMetres: number) => plot.bottom - (squareMetres / axisMaxSquareMetres) * (plot.bottom - plot.top);
  const spacing = sorted.length > 1 ? (plot.right - plot.left) / (sorted.length - 1) : 0;
  const xOf = (index: number) => (sorted.length > 1 ? plot.left + index * spacing : (plot.left + plot.right) / 2);
  const placed = sorted.map((point, index) => ({ ...point, x: xOf(index), y: yOf(point.unionSquareMetres) }));
  const tickStep = axisMaxSquareMetres / 4;
  const ticks = [0, 1, 2, 3, 4].map((count) => ({ squareMetres: count * tickStep, y: yOf(count * tickStep) }));
  const targetY = yOf(targetSquareMetres);
  let crossing: TimelineChartLayout['crossing'] = null;
  for (let index = 0; index < placed.length && !crossing; index += 1) {
    const point = placed[index]!;
    if (point.unionSquareMetres < targetSquareMetres) continue;
    const before = placed[index - 1];
    if (!before) crossing = { x: point.x, y: targetY, phase: point.phase };
    else {
      const fraction = (targetSquareMetres - before.unionSquareMetres) / (point.unionSquareMetres - before.unionSquareMetres);
      crossing = { x: before.x + fraction * (point.x - before.x), y: targetY, phase: point.phase };
    }
  }
  return { axisMaxSquareMetres, ticks, points: placed, targetY, crossing, plot };
}
