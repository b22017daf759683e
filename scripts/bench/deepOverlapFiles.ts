/**
 * The engine benchmark's deep-overlap files (issue 12): zones piled many deep, as RSU ranges,
 * buffered corridors or several versions of one plan pile up. Seeded, so every run measures the
 * same zones.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Feature, Polygon } from 'geojson';
import { stressZones } from '../lib/stressZones';

export interface DeepOverlapFile {
  label: string;
  /** Writes the file; returns its zone count. */
  write: (file: string) => number;
}

/** 14,000 and 70,000 random zones over Tianjin (sum/union about 13 and 64), and 10,000 copies of one. */
export const DEEP_OVERLAP_FILES: readonly DeepOverlapFile[] = [
  { label: 'deep: 14,000 zones', write: (file) => writeFeatures(file, stressZones({ count: 14_000, seed: 18 }).features) },
  { label: 'deep: 70,000 zones', write: (file) => writeFeatures(file, stressZones({ count: 70_000, seed: 18 }).features) },
  { label: 'deep: 10,000 identical', write: (file) => writeFeatures(file, identicalZones(10_000)) },
];

/** Copies of one hexagon of about 17 km² in Tianjin, each with its own id (about 2 MB for 10,000). */
function identicalZones(count: number): Feature<Polygon>[] {
  const [longitude, latitude, radius] = [117.2, 39.1, 0.023];
  const ring: [number, number][] = [];
  for (let k = 0; k <= 6; k += 1) {
    const angle = ((k % 6) * Math.PI) / 3;
    ring.push([Number((longitude + (radius * Math.cos(angle)) / Math.cos((latitude * Math.PI) / 180)).toFixed(6)), Number((latitude + radius * Math.sin(angle)).toFixed(6))]);
  }
  return Array.from({ length: count }, (_, index) => ({
    type: 'Feature',
    properties: { id: `copy-${index}`, name_zh: `副本 ${index}` },
    geometry: { type: 'Polygon', coordinates: [ring] },
  }));
}

/** A FeatureCollection written one feature a line; returns the feature count. */
export function writeFeatures(file: string, features: readonly Feature[]): number {
  const descriptor = openSync(file, 'w');
  try {
    writeSync(descriptor, '{"type":"FeatureCollection","features":[\n');
    features.forEach((feature, index) => writeSync(descriptor, `${index > 0 ? ',\n' : ''}${JSON.stringify(feature)}`));
    writeSync(descriptor, '\n]}\n');
  } finally {
    closeSync(descriptor);
  }
  return features.length;
}
