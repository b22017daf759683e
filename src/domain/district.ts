import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** One of Tianjin's 16 districts, as in `data/districts.geojson` (see data/README.md). */
export interface DistrictProperties {
  code: string;
  name_zh: string;
  name_en: string;
  /** [longitude, latitude] where the district's name is drawn. */
  label: [number, number];
}

export type DistrictFeature = Feature<Polygon | MultiPolygon, DistrictProperties>;
