import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ZoneFeature } from '../../src/domain/zone';
import { orderZonesForTour, tourOrderOf } from '../../src/presenter/tourOrder';
import { isTourEnd, nextPosition, OVERVIEW_STEP, previousPosition, stepIndex, TIMELINE_STEP, timelineYears, tourSteps, type TourPosition } from '../../src/presenter/tourSteps';

function zone(id: string, phase: number, extra: Record<string, unknown> = {}): ZoneFeature {
  return {
    type: 'Feature',
    properties: { id, name_zh: id, name_en: id, district: '西青区', kind: 'scenario-area', scenarios: [], phase, source: 'test', geometry_status: 'illustrative', ...extra },
    geometry: { type: 'Polygon', coordinates: [[[117, 39], [117.1, 39], [117.1, 39.1], [117, 39]]] },
  };
}

const ids = (zones: ZoneFeature[]) => zones.map((item) => item.properties.id);

describe('tour order', () => {
  it('is file order when no zone has a tour_order', () => {
    const zones = [zone('a', 2021), zone('b', 2020), zone('c', 2023)];
    expect(ids(orderZonesForTour(zones))).toEqual(['a', 'b', 'c']);
  });

  it('puts zones with a tour_order first, ascending, ties in file order, the rest after in file order', () => {
    const zones = [zone('a', 2021), zone('b', 2020, { tour_order: 2 }), zone('c', 2023), zone('d', 2022, { tour_order: 1 }), zone('e', 2022, { tour_order: 2 })];
    expect(ids(orderZonesForTour(zones))).toEqual(['d', 'b', 'e', 'a', 'c']);
  });

  it('reads numeric text (Shapefile, CSV) and ignores anything else', () => {
    expect(tourOrderOf(zone('a', 2020, { tour_order: '3' }))).toBe(3);
    expect(tourOrderOf(zone('a', 2020, { tour_order: ' -1.5 ' }))).toBe(-1.5);
    expect(tourOrderOf(zone('a', 2020, { tour_order: 'first' }))).toBeNull();
    expect(tourOrderOf(zone('a', 2020, { tour_order: '' }))).toBeNull();
    expect(tourOrderOf(zone('a', 2020, { tour_order: Number.NaN }))).toBeNull();
    expect(tourOrderOf(zone('a', 2020, { tour_order: null }))).toBeNull();
  });

  it('does not reorder the array it is given', () => {
    const zones = [zone('a', 2021), zone('b', 2020, { tour_order: 1 })];
    orderZonesForTour(zones);
    expect(ids(zones)).toEqual(['a', 'b']);
  });

  it('keeps the documented default order of data/zones.geojson', () => {
    const collection = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/zones.geojson'), 'utf8')) as { features: ZoneFeature[] };
    const steps = tourSteps(collection.features);
    expect(steps.map((step) => step.id)).toEqual([OVERVIEW_STEP, ...ids(collection.features), TIMELINE_STEP]);
  });
});

describe('tour steps and positions', () => {
  const zones = [zone('a', 2020), zone('b', 2022), zone('c', 2021), zone('d', 2022)];
  const steps = tourSteps(zones);
  const years = timelineYears(zones);

  it('has an overview, one step per zone and the timeline', () => {
    expect(steps.map((step) => step.id)).toEqual(['overview', 'a', 'b', 'c', 'd', 'timeline']);
    expect(years).toEqual([2020, 2021, 2022]);
  });

  it('a zone named like a reserved step is left out rather than shadowing it', () => {
    expect(tourSteps([zone('overview', 2020), zone('x', 2020)]).map((step) => step.id)).toEqual(['overview', 'x', 'timeline']);
  });

  it('an unknown step name is the overview', () => {
    expect(stepIndex(steps, 'gone')).toBe(0);
    expect(stepIndex(steps, 'c')).toBe(3);
  });

  it('walks forward through every zone, then the timeline year by year, and stops at the end', () => {
    const walked: TourPosition[] = [];
    let position: TourPosition = { step: OVERVIEW_STEP, year: null };
    for (let press = 0; press < 12; press += 1) {
      walked.push(position);
      position = nextPosition(position, steps, years);
    }
    expect(walked.slice(0, 9)).toEqual([
      { step: 'overview', year: null },
      { step: 'a', year: null },
      { step: 'b', year: null },
      { step: 'c', year: null },
      { step: 'd', year: null },
      { step: 'timeline', year: 2020 },
      { step: 'timeline', year: 2021 },
      { step: 'timeline', year: 2022 },
      { step: 'timeline', year: 2022 },
    ]);
    expect(isTourEnd({ step: 'timeline', year: 2022 }, steps, years)).toBe(true);
    expect(isTourEnd({ step: 'timeline', year: 2021 }, steps, years)).toBe(false);
  });

  it('walks back the same way, leaving the timeline from its first year, and stays at the overview', () => {
    expect(previousPosition({ step: 'timeline', year: 2022 }, steps, years)).toEqual({ step: 'timeline', year: 2021 });
    expect(previousPosition({ step: 'timeline', year: 2020 }, steps, years)).toEqual({ step: 'd', year: null });
    expect(previousPosition({ step: 'a', year: null }, steps, years)).toEqual({ step: 'overview', year: null });
    expect(previousPosition({ step: 'overview', year: null }, steps, years)).toEqual({ step: 'overview', year: null });
  });

  it('a timeline year from a link that is not a phase moves to the next phase', () => {
    expect(nextPosition({ step: 'timeline', year: 2019 }, steps, years)).toEqual({ step: 'timeline', year: 2020 });
    expect(nextPosition({ step: 'timeline', year: 2030 }, steps, years)).toEqual({ step: 'timeline', year: 2022 });
  });

  it('with no zones the tour is the overview and the timeline', () => {
    const empty = tourSteps([]);
    expect(empty.map((step) => step.id)).toEqual(['overview', 'timeline']);
    expect(nextPosition({ step: 'overview', year: null }, empty, [])).toEqual({ step: 'timeline', year: null });
    expect(isTourEnd({ step: 'timeline', year: null }, empty, [])).toBe(true);
  });
});
