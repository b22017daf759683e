/**
 * What the coverage engine changed or set aside to measure a zone, reported with the result so
 * that no total rests on a silent fix. `kind` is stable (the UI translates by it, with `params`);
 * `detail` is an English sentence for logs and the command line.
 */
export type CoverageRepairKind =
  /** A ring's last position differed from its first; read as closed. */
  | 'ring-closed'
  /** A ring crosses or overlaps itself; counted with the non-zero rule (a bow-tie counts both lobes). */
  | 'self-intersection'
  /** A hole lies (partly) outside its shell; only the part inside the shell is removed. */
  | 'hole-outside-shell'
  /** Holes of one polygon overlap; the overlap is removed once. */
  | 'overlapping-holes'
  /** Parts of a MultiPolygon overlap; the overlap counts once in the zone's own area. */
  | 'overlapping-parts'
  /** The zone's literal area differs from its valid reading for a reason not classified above. */
  | 'invalid-polygon'
  /** The zone has the same outline as an earlier zone; the union counts it once. */
  | 'duplicate-zone'
  /** Coordinates are not finite longitude/latitude degrees; the zone is left out of every total. */
  | 'invalid-coordinates'
  /** An unexpected failure measuring this zone; it is left out of every total (and `checks` fails). */
  | 'internal-error';

export interface CoverageRepair {
  /** Position of the zone in the input array. */
  index: number;
  zoneId: string;
  kind: CoverageRepairKind;
  detail: string;
  params: Record<string, string | number>;
}

const SQUARE_METRES_PER_KM2 = 1e6;

/** km² with enough digits for a person to compare two readings of one zone. */
export function formatSquareKilometres(squareMetres: number): string {
  return `${(squareMetres / SQUARE_METRES_PER_KM2).toPrecision(7)} km²`;
}
