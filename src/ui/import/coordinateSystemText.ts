import type { CoordinateSystemReport } from '../../import/coordinates/coordinateReport';
import { formatInteger } from '../../i18n/formatNumber';
import { translate, translateOptional, type Language } from '../../i18n/translate';

/** A system id in the editor's language (`epsg:3857` → its catalogue name; `prj:NAME` as is). */
function systemName(language: Language, system: string): string {
  return translateOptional(language, `crs.${system}`, system.replace(/^prj:/, ''));
}

/**
 * What the importer did with a file's coordinates, in the UI language: how the system was known
 * (declared, stated by the file, or found from the numbers) and each conversion applied.
 */
export function describeCoordinateSystem(language: Language, report: CoordinateSystemReport): string {
  const how = report.declared ? 'declared' : report.stated ? 'stated' : report.detected ? 'detected' : 'assumed';
  const parts = [translate(language, 'crsReport.readAs', { system: systemName(language, report.source), how: translate(language, `crsReport.${how}`) })];
  for (const step of report.applied) {
    if (step.step === 'swap-axes') parts.push(translate(language, 'crsReport.swapped'));
    else if (step.step === 'unproject') parts.push(translate(language, 'crsReport.unprojected', { system: systemName(language, step.from) }));
    else parts.push(translate(language, 'crsReport.shifted', { system: systemName(language, step.from), metres: formatInteger(language, report.shiftMetres ?? 0) }));
  }
  return parts.join(language === 'zh-CN' ? '；' : '; ');
}
