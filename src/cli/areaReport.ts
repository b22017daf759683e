import { computeCoverage, type CoverageResult } from '../domain/coverage';
import type { ImportResult } from '../import/importResult';
import { textTable } from './textTable';

/** One line of `repairs` in the command's JSON: fixes by the importer and by the coverage engine. */
export interface AreaReportRepair {
  index: number;
  id: string;
  kind: string;
  detail: string;
}

/** The JSON `zones area --json` prints (issue 3 fixes its shape; extra keys come after). */
export interface AreaReport {
  features: { index: number; id: string; name: string; area_m2: number }[];
  sum_m2: number;
  union_m2: number;
  overlap_m2: number;
  target_m2: number;
  progress: number;
  method: string;
  repairs: AreaReportRepair[];
  warnings: { code: string; message: string; feature: number | null }[];
  checks: CoverageResult['checks'];
  /** With `--pairs` only: the pairs that overlap most (at most 100), and how many overlap, by how much. */
  overlap_pairs?: {
    largest: { a: { index: number; id: string }; b: { index: number; id: string }; overlap_m2: number }[];
    count: number;
    total_m2: number;
    complete: boolean;
  };
}

/** Areas and coverage of a loaded file, as the command reports them. */
export function areaReport(loaded: ImportResult, targetSquareMetres: number | undefined, pairs = false): AreaReport {
  const coverage = computeCoverage(loaded.features, { targetSquareMetres, breakdowns: false, overlapPairs: pairs });
  const sourceIndex = (position: number) => loaded.sourceIndices[position] ?? position;
  const importRepairs: AreaReportRepair[] = loaded.warnings
    .filter((warning) => warning.code === 'ring-not-closed' && warning.featureIndex !== undefined)
    .map((warning) => ({ index: warning.featureIndex!, id: warning.featureId ?? '', kind: 'ring-closed', detail: warning.message }));
  return {
    features: coverage.perZone.map((zone) => ({
      index: sourceIndex(zone.index),
      id: zone.id,
      name: loaded.features[zone.index]?.properties.name_zh ?? zone.id,
      area_m2: zone.areaSquareMetres,
    })),
    sum_m2: coverage.sumSquareMetres,
    union_m2: coverage.unionSquareMetres,
    overlap_m2: coverage.overlapSquareMetres,
    target_m2: coverage.targetSquareMetres,
    progress: coverage.progress,
    method: coverage.method,
    repairs: [
      ...importRepairs,
      ...coverage.repairs.map((repair) => ({ index: sourceIndex(repair.index), id: repair.zoneId, kind: repair.kind, detail: repair.detail })),
    ],
    warnings: loaded.warnings.map((warning) => ({ code: warning.code, message: warning.message, feature: warning.featureIndex ?? null })),
    checks: coverage.checks,
    ...(pairs
      ? {
          overlap_pairs: {
            largest: coverage.overlapPairs.map((pair) => ({
              a: { index: sourceIndex(pair.aIndex), id: pair.aId },
              b: { index: sourceIndex(pair.bIndex), id: pair.bId },
              overlap_m2: pair.overlapSquareMetres,
            })),
            count: coverage.overlapPairCount,
            total_m2: coverage.overlapPairsTotalSquareMetres,
            complete: coverage.overlapPairsComplete,
          },
        }
      : {}),
  };
}

/** The same report as a table for people. */
export function areaReportText(report: AreaReport, fileName: string): string {
  const km2 = (squareMetres: number) => (squareMetres / 1e6).toFixed(6);
  const lines = [
    `${fileName}: ${report.features.length} feature(s); areas on the ${report.method}`,
    '',
    textTable([['#', 'id', 'name', 'area km²'], ...report.features.map((feature) => [String(feature.index), feature.id, feature.name, km2(feature.area_m2)])], [0, 3]),
    '',
    textTable(
      [
        ['sum of zone areas', `${km2(report.sum_m2)} km²`],
        ['union (coverage)', `${km2(report.union_m2)} km²`],
        ['overlap counted twice by the sum', `${km2(report.overlap_m2)} km²`],
        ['target', `${km2(report.target_m2)} km²`],
        ['progress', `${(report.progress * 100).toFixed(2)} %`],
        ['remaining', `${km2(Math.max(0, report.target_m2 - report.union_m2))} km²`],
      ],
      [1],
    ),
  ];
  if (report.repairs.length > 0) lines.push('', 'Repairs:', ...report.repairs.map((repair) => `  ${repair.detail}`));
  // Closed rings are already listed as repairs.
  const warnings = report.warnings.filter((warning) => warning.code !== 'ring-not-closed');
  if (warnings.length > 0) lines.push('', 'Warnings:', ...warnings.map((warning) => `  ${warning.message}`));
  const pairs = report.overlap_pairs;
  if (pairs) {
    lines.push('', `Overlapping pairs: ${pairs.complete ? '' : 'at least '}${pairs.count}, ${km2(pairs.total_m2)} km² in all; the largest:`);
    lines.push(...pairs.largest.slice(0, 10).map((pair) => `  ${pair.a.id} ∩ ${pair.b.id}: ${km2(pair.overlap_m2)} km²`));
  }
  if (!report.checks.passed) lines.push('', 'CHECKS FAILED:', ...report.checks.failures.map((failure) => `  ${failure}`));
  return lines.join('\n');
}
