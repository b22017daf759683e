import { describe, expect, it } from 'vitest';
import { coverageAtYear, firstYearReaching, layoutTimelineChart, niceCeiling } from '../../src/presenter/timelineMath';

// The default zones' cumulative union by phase (data/README.md), m².
const points = [
  { phase: 2020, unionSquareMetres: 238.5e6 },
  { phase: 2021, unionSquareMetres: 519.0e6 },
  { phase: 2022, unionSquareMetres: 595.5e6 },
  { phase: 2023, unionSquareMetres: 666.9e6 },
];
const TARGET = 600e6;
const box = { width: 640, height: 300, margin: { top: 20, right: 20, bottom: 40, left: 60 } };

describe('coverage timeline maths', () => {
  it('reads the coverage of a year from the latest phase not after it', () => {
    expect(coverageAtYear(points, 2019)).toBe(0);
    expect(coverageAtYear(points, 2021)).toBe(519.0e6);
    expect(coverageAtYear(points, 2025)).toBe(666.9e6);
    expect(coverageAtYear([], 2025)).toBe(0);
  });

  it('finds the first year at or past the target', () => {
    expect(firstYearReaching(points, TARGET)).toBe(2023);
    expect(firstYearReaching(points, 500e6)).toBe(2021);
    expect(firstYearReaching(points, 700e6)).toBeNull();
  });

  it('ends the value axis on a round number', () => {
    expect(niceCeiling(720)).toBe(1000);
    expect(niceCeiling(180)).toBe(200);
    expect(niceCeiling(230)).toBe(250);
    expect(niceCeiling(0.3)).toBe(0.5);
    expect(niceCeiling(500)).toBe(500);
    expect(niceCeiling(0)).toBe(1);
  });

  it('lays the line out year by year and marks where it crosses the target, interpolated', () => {
    const layout = layoutTimelineChart(points, TARGET, box);
    expect(layout.axisMaxSquareMetres).toBe(1000e6);
    const step = (620 - 60) / 3;
    layout.points.forEach((point, index) => expect(point.x).toBeCloseTo(60 + index * step, 9));
    const yOf = (squareMetres: number) => 260 - (squareMetres / 1000e6) * 240;
    expect(layout.targetY).toBeCloseTo(yOf(TARGET), 9);
    expect(layout.points[3]!.y).toBeCloseTo(yOf(666.9e6), 9);
    const fraction = (600 - 595.5) / (666.9 - 595.5);
    expect(layout.crossing!.phase).toBe(2023);
    expect(layout.crossing!.x).toBeCloseTo(60 + 2 * step + fraction * step, 9);
    expect(layout.crossing!.y).toBe(layout.targetY);
    expect(layout.ticks.map((tick) => tick.squareMetres)).toEqual([0, 250e6, 500e6, 750e6, 1000e6]);
  });

  it('has no crossing below the target, and one at the first point when it starts above', () => {
    expect(layoutTimelineChart(points.slice(0, 3), TARGET, box).crossing).toBeNull();
    const above = layoutTimelineChart([{ phase: 2021, unionSquareMetres: 700e6 }], TARGET, box);
    expect(above.crossing).toEqual({ x: 340, y: above.targetY, phase: 2021 });
  });

  it('sorts phases given out of order', () => {
    const layout = layoutTimelineChart([points[2]!, points[0]!, points[1]!], TARGET, box);
    expect(layout.points.map((point) => point.phase)).toEqual([2020, 2021, 2022]);
  });
});
