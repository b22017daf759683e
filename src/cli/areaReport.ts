import { computeCoverage, type CoverageResult } from '../domain/coverage';
import type { ImportMessage } from '../import/importMessage';
import type { ImportResult } from '../import/importResult';
import { translate, type Language, type MessageKey } from '../i18n/translate';
import { messageJson, type MessageJson } from './messageJson';
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
  warnings: MessageJson[];
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
export function areaReport(loaded: ImportResult, targetSquareMetres: number | undefined, text: (message: ImportMessage) => string, pairs = false): AreaReport {
  const coverage = computeCoverage(loaded.features, { targetSquareMetres, breakdowns: false, overlapPairs: pairs });
  const sourceIndex = (position: number) => loaded.sourceIndices[position] ?? position;
  const importRepairs: AreaReportRepair[] = loaded.warnings
    .filter((warning) => warning.code === 'ring-not-closed' && warning.featureIndex !== undefined)
    .map((warning) => ({ index: warning.featureIndex!, id: warning.featureId ?? '', kind: 'ring-closed', detail: text(warning) }));
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
    warnings: loaded.warnings.map((warning) => messageJson(warning, text)),
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
export function areaReportText(report: AreaReport, fileName: string, language: Language = 'en'): string {
  const km2 = (squareMetres: number) => (squareMetres / 1e6).toFixed(6);
  const say = (key: MessageKey, parameters: Record<string, string | number> = {}) => translate(language, key, parameters);
  const lines = [
    say('cli.areaTitle', { file: fileName, features: report.features.length, method: say('coverage.method') }),
    '',
    textTable([['#', 'id', say('cli.column.name'), say('cli.column.area')], ...report.features.map((feature) => [String(feature.index), feature.id, feature.name, km2(feature.area_m2)])], [0, 3]),
    '',
    textTable(
      [
        [say('cli.sum'), `${km2(report.sum_m2)} km²`],
        [say('cli.union'), `${km2(report.union_m2)} km²`],
        [say('cli.overlap'), `${km2(report.overlap_m2)} km²`],
        [say('cli.target'), `${km2(report.target_m2)} km²`],
        [say('cli.progress'), `${(report.progress * 100).toFixed(2)} %`],
        [say('cli.remaining'), `${km2(Math.max(0, report.target_m2 - report.union_m2))} km²`],
      ],
      [1],
    ),
  ];
  if (report.repairs.length > 0) lines.push('', say('cli.repairs'), ...report.repairs.map((repair) => `  ${repair.detail}`));
  // Closed rings are already listed as repairs.
  const warnings = report.warnings.filter((warning) => warning.code !== 'ring-not-closed');
  if (warnings.length > 0) lines.push('', say('cli.warnings'), ...warnings.map((warning) => `  ${warning.message}`));
  const pairs = report.overlap_pairs;
  if (pairs) {
    lines.push('', say(pairs.complete ? 'cli.overlapPairs' : 'cli.overlapPairsAtLeast', { count: String(pairs.count), total: km2(pairs.total_m2) }));
    lines.push(...pairs.largest.slice(0, 10).map((pair) => `  ${pair.a.id} ∩ ${pair.b.id}: ${km2(pair.overlap_m2)} km²`));
  }
  if (!report.checks.passed) lines.push('', say('cli.checksFailed'), ...report.checks.failures.map((failure) => `  ${failure}`));
  return lines.join('\n');
}
