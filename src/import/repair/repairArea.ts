import type { MultiPolygon, Polygon } from 'geojson';
import type { RepairFinding } from '../../domain/zoneRepair';
import { problem, type RuleProblem } from '../rules/ruleProblem';
import { makeValidGeometry } from './makeValid';
import { findInvalidity } from './polygonValidity';
import { rewindToRightHandRule } from './ringWinding';

/** What the editor lets the importer change in an area's geometry. */
export interface RepairOptions {
  /**
   * Replace an invalid area (bow-tie, hole outside its shell, overlapping holes or parts) by its
   * valid reading, the one the area engine measures. Off by default: the file is drawn as it is,
   * with a warning per problem, so the editor sees it first (and can undo).
   */
  makeValid?: boolean;
  /** Reverse rings against RFC 7946's right-hand rule (default true); each reversal is noted. */
  rewind?: boolean;
}

export interface AreaRepair {
  geometry: Polygon | MultiPolygon;
  /** Warnings about this area, without the file and feature (the caller adds those). */
  notes: RuleProblem[];
}

/**
 * Checks one area and repairs what it may: an invalid outline is reported (or made valid when
 * asked: never drawn as a bow-tie without a word), and rings are rewound to the right-hand rule.
 * `geometry` is the importer's own copy and may be changed in place.
 */
export function repairArea(geometry: Polygon | MultiPolygon, options: RepairOptions = {}): AreaRepair {
  const notes: RuleProblem[] = [];
  let repaired = geometry;
  const findings = findInvalidity(geometry);
  if (findings.length > 0 && options.makeValid) {
    const valid = makeValidGeometry(geometry);
    const causes = [...new Set(findings.map((finding) => finding.cause))].join(', ');
    if (valid) {
      repaired = keepMembers(geometry, valid);
      const parts = valid.type === 'Polygon' ? 1 : valid.coordinates.length;
      notes.push(problem('geometry-made-valid', { causes, parts }));
      return { geometry: repaired, notes };
    }
    notes.push(problem('make-valid-failed', { causes }));
  } else {
    for (const finding of findings) notes.push(findingNote(finding));
  }
  if (options.rewind !== false) {
    const rings = rewindToRightHandRule(repaired);
    if (rings > 0) {
      notes.push(problem('winding-fixed', { rings }));
    }
  }
  return { geometry: repaired, notes };
}

function findingNote({ cause, where }: RepairFinding): RuleProblem {
  switch (cause) {
    case 'self-intersection':
      return problem(cause, { where });
    case 'hole-outside-shell':
      return problem(cause, { where });
    case 'overlapping-holes':
      return problem(cause, { where });
    default:
      return problem(cause, { where });
  }
}

/** The repaired coordinates in the original geometry object's place, keeping its other members. */
function keepMembers(original: Polygon | MultiPolygon, valid: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const members = { ...original } as Record<string, unknown>;
  delete members.bbox;
  return { ...members, type: valid.type, coordinates: valid.coordinates } as Polygon | MultiPolygon;
}
