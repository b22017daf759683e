import { formatInteger, formatPercent, formatSquareKilometres } from '../i18n/formatNumber';
import { translate, type Language } from '../i18n/translate';
import { svgElement } from './svg';
import { coverageAtYear, firstYearReaching, layoutTimelineChart, type TimelinePoint } from './timelineMath';

/** Chart boxes in SVG units: `compact` for the sidebar, `large` for the presenter's caption. */
const BOXES = {
  compact: { width: 360, height: 220, margin: { top: 30, right: 20, bottom: 30, left: 46 }, yearOffset: 8, unitOffset: 14 },
  large: { width: 640, height: 320, margin: { top: 48, right: 36, bottom: 44, left: 72 }, yearOffset: 12, unitOffset: 24 },
};

function km2(language: Language, squareMetres: number): string {
  return formatSquareKilometres(language, squareMetres);
}

/**
 * The coverage-over-time chart: the cumulative union by year as a line that grows to the year
 * shown (all years when `year` is null), the 600 km² target as a dashed line, and a mark where the
 * line crosses it. Scales with its container (viewBox); colours come from CSS classes so the
 * presenter's dark theme restyles it.
 */
export function timelineChart(
  language: Language,
  points: readonly TimelinePoint[],
  targetSquareMetres: number,
  year: number | null,
  size: keyof typeof BOXES = 'large',
): SVGSVGElement {
  const box = BOXES[size];
  const layout = layoutTimelineChart(points, targetSquareMetres, box);
  const shownYear = year ?? layout.points[layout.points.length - 1]?.phase ?? null;
  const drawn = layout.points.filter((point) => shownYear === null || point.phase <= shownYear);
  const covered = shownYear === null ? 0 : coverageAtYear(points, shownYear);
  const reaching = firstYearReaching(points, targetSquareMetres);
  const crossingShown = layout.crossing && shownYear !== null && layout.crossing.phase <= shownYear;
  const { plot } = layout;
  const crossingOnLeft = (layout.crossing?.x ?? plot.right) < (plot.left + plot.right) / 2;
  const line = drawn.map((point) => `${point.x},${point.y}`).join(' ');
  const area = drawn.length > 0 ? `${drawn[0]!.x},${plot.bottom} ${line} ${drawn[drawn.length - 1]!.x},${plot.bottom}` : '';
  const summary =
    shownYear === null
      ? translate(language, 'timeline.empty')
      : translate(language, 'timeline.reading', { year: shownYear, union: km2(language, covered), percent: formatPercent(language, covered / targetSquareMetres) });
  return svgElement(
    'svg',
    {
      class: `timeline-chart ${size}`,
      viewBox: `0 0 ${box.width} ${box.height}`,
      role: 'img',
      'aria-label': `${translate(language, 'timeline.title')}: ${summary}`,
      'data-testid': 'timeline-chart',
      'data-year': shownYear ?? '',
      'data-union-square-metres': covered,
    },
    svgElement('title', {}, summary),
    ...layout.ticks.map((tick) =>
      svgElement(
        'g',
        { class: 'timeline-tick' },
        svgElement('line', { x1: plot.left, x2: plot.right, y1: tick.y, y2: tick.y }),
        svgElement('text', { x: plot.left - 6, y: tick.y, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, formatInteger(language, tick.squareMetres / 1e6)),
      ),
    ),
    svgElement('text', { class: 'timeline-unit', x: 4, y: plot.top - box.unitOffset, 'text-anchor': 'start' }, translate(language, 'unit.km2')),
    area && svgElement('polygon', { class: 'timeline-area', points: area }),
    svgElement('line', { class: 'timeline-target', x1: plot.left, x2: plot.right, y1: layout.targetY, y2: layout.targetY }),
    svgElement(
      'text',
      { class: 'timeline-target-label', x: plot.left + 6, y: layout.targetY - 8, 'text-anchor': 'start' },
      translate(language, 'timeline.target', { target: km2(language, targetSquareMetres) }),
    ),
    drawn.length > 1 && svgElement('polyline', { class: 'timeline-line', points: line }),
    ...drawn.map((point) =>
      svgElement('circle', { class: point.phase === shownYear ? 'timeline-point current' : 'timeline-point', cx: point.x, cy: point.y, r: point.phase === shownYear ? 8 : 5 }),
    ),
    crossingShown &&
      layout.crossing &&
      svgElement(
        'g',
        { class: 'timeline-crossing', 'data-testid': 'timeline-crossing' },
        svgElement('circle', { cx: layout.crossing.x, cy: layout.crossing.y, r: 10 }),
        // Above the target line, on the side of the crossing with more room.
        svgElement(
          'text',
          { x: layout.crossing.x + (crossingOnLeft ? 14 : -14), y: layout.crossing.y - 12, 'text-anchor': crossingOnLeft ? 'start' : 'end' },
          translate(language, 'timeline.crossed', { year: reaching ?? '' }),
        ),
      ),
    ...layout.points.map((point) =>
      svgElement('text', { class: point.phase === shownYear ? 'timeline-year current' : 'timeline-year', x: point.x, y: box.height - box.yearOffset, 'text-anchor': 'middle' }, point.phase),
    ),
  );
}
