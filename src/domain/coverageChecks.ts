import type { GroupCoverage } from './coverageBreakdown';
import { formatSquareKilometres } from './coverageRepair';
import { describe, type PreparedZone } from './preparedZone';

/**
 * Checks that a correct union always passes, so that a wrong number cannot go out silently: the
 * union is a finite area, no more than the sum and no less than the largest zone, and no group
 * covers more than all zones together. The slack (1e-6 of the sum) is far above rounding and far
 * below any real error.
 */
export function consistencyFailures(
  unionSquareMetres: number,
  sumSquareMetres: number,
  zones: readonly PreparedZone[],
  groupings: readonly (readonly GroupCoverage[])[],
): string[] {
  const failures: string[] = [];
  const slack = 1e-6 * Math.max(sumSquareMetres, 1);
  if (!Number.isFinite(unionSquareMetres) || unionSquareMetres < -slack) failures.push(`union area ${unionSquareMetres} m² is not a valid area`);
  if (unionSquareMetres > sumSquareMetres + slack) {
    failures.push(`union ${formatSquareKilometres(unionSquareMetres)} exceeds the sum ${formatSquareKilometres(sumSquareMetres)}`);
  }
  let largest: PreparedZone | undefined;
  for (const zone of zones) if (!largest || zone.areaSquareMetres > largest.areaSquareMetres) largest = zone;
  if (largest && unionSquareMetres < largest.areaSquareMetres - slack) {
    failures.push(`union ${formatSquareKilometres(unionSquareMetres)} is smaller than zone ${describe(largest.index, largest.id)} alone`);
  }
  for (const groups of groupings) {
    for (const group of groups) {
      if (group.unionSquareMetres > unionSquareMetres + slack) failures.push(`group ${group.key} covers more than all zones together`);
      if (group.unionSquareMetres > group.sumSquareMetres + slack) failures.push(`group ${group.key}: union exceeds its sum`);
    }
  }
  return failures;
}
