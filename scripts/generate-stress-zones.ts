/**
 * Writes the seeded random overlapping zones the stress tests use (scripts/lib/stressZones.ts) as
 * a GeoJSON file, to look at in a viewer or feed to `zones area`:
 *
 *   npx tsx scripts/generate-stress-zones.ts --count 1000 --seed 18 > stress-1000.geojson
 *
 * Seed 18 with 1,000 zones is the set on which turf.union throws "Unable to complete output ring".
 */
import { stressZones } from './lib/stressZones';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a whole number`);
  return value;
}

process.stdout.write(`${JSON.stringify(stressZones({ count: option('--count', 1000), seed: option('--seed', 18) }))}\n`);
