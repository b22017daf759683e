import type { Feature, MultiPolygon, Polygon } from 'geojson';

/**
 * The schema of one connected-vehicle zone, as stored in `data/zones.geojson` and as every
 * import is normalised to. Documented for editors in `data/README.md`.
 */

/** What the plan calls the zone. */
export const ZONE_KINDS = ['pilot-zone', 'demo-zone', 'scenario-area'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

/** Application scenarios the plan names; files may add others, which are kept as free text. */
export const KNOWN_SCENARIOS = [
  'shared-car',
  'campus-shuttle',
  'bus',
  'robotaxi',
  'logistics',
  'v2x-road',
] as const;
export type KnownScenario = (typeof KNOWN_SCENARIOS)[number];

/**
 * `illustrative`: drawn by this project to show roughly where the plan puts the zone (the plan
 * publishes no boundaries). `authoritative`: supplied by an editor from an official source.
 */
export const GEOMETRY_STATUSES = ['illustrative', 'authoritative'] as const;
export type GeometryStatus = (typeof GEOMETRY_STATUSES)[number];

export interface ZoneProperties {
  /** Stable identifier, unique within a collection; used in URLs. */
  id: string;
  name_zh: string;
  name_en: string;
  /** District name in Chinese as in `data/districts.geojson` (e.g. `西青区`). */
  district: string;
  kind: ZoneKind;
  scenarios: string[];
  /**
   * Year the zone entered service or is planned to; drives the coverage timeline. null when no
   * file or edit says (JSON-safe, unlike NaN): such zones count in totals but wait for "all" on
   * the timeline.
   */
  phase: number | null;
  /** ISO date (YYYY-MM or YYYY-MM-DD) when known more precisely than `phase`. */
  since?: string;
  /** Where the zone comes from: the plan, a notice, an editor's file. */
  source: string;
  geometry_status: GeometryStatus;
  description_zh?: string;
  description_en?: string;
  /** Anything else a file carried is kept untouched. */
  [key: string]: unknown;
}

export type ZoneGeometry = Polygon | MultiPolygon;
export type ZoneFeature = Feature<ZoneGeometry, ZoneProperties>;

/** 600 km²: the 2023 target of the three-year plan for connected-vehicle application scenarios. */
export const COVERAGE_TARGET_SQUARE_METRES = 600e6;
