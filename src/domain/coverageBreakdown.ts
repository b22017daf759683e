import type { PlanarFrame } from './planarFrame';
import type { PreparedZone } from './preparedZone';
import { unionOfShapes, type UnionShape } from './unionArea';
import { UNSPECIFIED_GROUP_KEY } from './unspecifiedGroup';

export interface GroupCoverage {
  key: string;
  /** Area the group's zones cover together, overlaps counted once, m². */
  unionSquareMetres: number;
  /** The group's zones' own areas added up, m². */
  sumSquareMetres: number;
  /** Zones in the group, including ones without an area (points, lines). */
  zoneCount: number;
}

export interface PhaseCoverage {
  phase: number;
  /** Area covered by all zones of this phase or earlier, m²: the coverage timeline. */
  unionSquareMetres: number;
}

/** A zone as the breakdowns see it: its prepared outline (null when it has no area) and properties. */
export interface BreakdownEntry {
  zone: PreparedZone | null;
  properties: Readonly<Record<string, unknown>>;
}

export type GroupKeys = (properties: Readonly<Record<string, unknown>>) => string[];

export const districtKeys: GroupKeys = (properties) => [textKey(properties.district)];
export const kindKeys: GroupKeys = (properties) => [textKey(properties.kind)];
export const phaseKeys: GroupKeys = (properties) => [phaseOf(properties) === null ? UNSPECIFIED_GROUP_KEY : String(phaseOf(properties))];

/** A zone with several scenarios counts in each; one with none under `UNSPECIFIED_GROUP_KEY`. */
export const scenarioKeys: GroupKeys = (properties) => {
  const scenarios = Array.isArray(properties.scenarios)
    ? [...new Set(properties.scenarios.filter((item): item is string => typeof item === 'string' && item.trim() !== ''))]
    : [];
  return scenarios.length > 0 ? scenarios : [UNSPECIFIED_GROUP_KEY];
};

/**
 * Union and sum per group. Groups are ordered by union area, largest first, except that a
 * numeric key order (phases) is kept ascending.
 */
export function groupCoverage(
  entries: readonly BreakdownEntry[],
  keysOf: GroupKeys,
  frame: PlanarFrame,
  onFraction?: (fraction: number) => void,
): { groups: GroupCoverage[]; failures: string[] } {
  const members = new Map<string, BreakdownEntry[]>();
  for (const entry of entries) {
    for (const key of keysOf(entry.properties)) {
      const list = members.get(key);
      if (list) list.push(entry);
      else members.set(key, [entry]);
    }
  }
  const groups: GroupCoverage[] = [];
  const failures: string[] = [];
  for (const [key, list] of members) {
    onFraction?.(groups.length / members.size);
    const zones = list.flatMap((entry) => (entry.zone ? [entry.zone] : []));
    const union = unionOfShapes(zones, frame);
    failures.push(...union.failures.map((failure) => `group ${key}: ${failure}`));
    const sumSquareMetres = zones.reduce((sum, zone) => sum + zone.areaSquareMetres, 0);
    groups.push({ key, unionSquareMetres: union.areaSquareMetres, sumSquareMetres, zoneCount: list.length });
  }
  const numeric = groups.every((group) => group.key === UNSPECIFIED_GROUP_KEY || Number.isFinite(Number(group.key)));
  groups.sort((a, b) =>
    numeric ? numericKey(a.key) - numericKey(b.key) : b.unionSquareMetres - a.unionSquareMetres || a.key.localeCompare(b.key),
  );
  return { groups, failures };
}

/**
 * Coverage after each phase: the union of every zone whose phase is that year or earlier. Built
 * incrementally (the previous union's pieces plus the new phase's zones), so each step clips only
 * the outline so far and the new zones. Zones without a phase are left out of the timeline.
 */
export function cumulativePhaseCoverage(
  entries: readonly BreakdownEntry[],
  frame: PlanarFrame,
  onFraction?: (fraction: number) => void,
): { phases: PhaseCoverage[]; failures: string[] } {
  const byPhase = new Map<number, PreparedZone[]>();
  for (const entry of entries) {
    const phase = phaseOf(entry.properties);
    if (phase === null || !entry.zone) continue;
    const list = byPhase.get(phase);
    if (list) list.push(entry.zone);
    else byPhase.set(phase, [entry.zone]);
  }
  const phases: PhaseCoverage[] = [];
  const failures: string[] = [];
  let pieces: UnionShape[] = [];
  const ordered = [...byPhase.keys()].sort((a, b) => a - b);
  for (const phase of ordered) {
    onFraction?.(phases.length / ordered.length);
    const union = unionOfShapes([...pieces, ...byPhase.get(phase)!], frame, { keepPieces: true });
    failures.push(...union.failures.map((failure) => `phase ${phase}: ${failure}`));
    pieces = union.pieces;
    phases.push({ phase, unionSquareMetres: union.areaSquareMetres });
  }
  return { phases, failures };
}

function textKey(value: unknown): string {
  return typeof value === 'string' && value.trim() !== '' ? value : UNSPECIFIED_GROUP_KEY;
}

function phaseOf(properties: Readonly<Record<string, unknown>>): number | null {
  const phase = properties.phase;
  return typeof phase === 'number' && Number.isFinite(phase) ? phase : null;
}

function numericKey(key: string): number {
  return key === UNSPECIFIED_GROUP_KEY ? Infinity : Number(key);
}
