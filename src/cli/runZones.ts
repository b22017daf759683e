import type { DistrictFeature } from '../domain/district';
import { translateImportMessage } from '../i18n/importMessages';
import { translate, type Language, type MessageKey } from '../i18n/translate';
import { encodingName, type EncodingReport } from '../import/encoding/textEncoding';
import { describeCoordinateSystem } from '../ui/import/coordinateSystemText';
import type { ImportMessage } from '../import/importMessage';
import { importFile, tooLargeResult } from '../import/importFile';
import type { ImportResult } from '../import/importResult';
import { areaReport, areaReportText } from './areaReport';
import { encodingJson } from './encodingJson';
import { messageJson, type MessageJson, type MessageText } from './messageJson';
import { parseCliArguments, USAGE } from './cliArguments';

export interface CliOutcome {
  stdout: string;
  stderr: string;
  /** 0 done, 1 the file cannot be read or is rejected, 2 wrong usage. */
  exitCode: 0 | 1 | 2;
}

/** Reads a file's bytes, or says why it cannot (the message names the file). */
export type ReadFile = (path: string) => { ok: true; bytes: Uint8Array } | { ok: false; reason: string } | { ok: false; tooLargeBytes: number };

/**
 * The whole `zones` command minus process I/O: arguments and a file reader in, text and status
 * out. `tianjinDistricts` (data/districts.geojson) finds zones outside Tianjin; without it the
 * municipality's bounding box stands in.
 */
export function runZones(argv: readonly string[], readFile: ReadFile, tianjinDistricts?: readonly DistrictFeature[]): CliOutcome {
  const parsed = parseCliArguments(argv);
  if (!parsed.ok) return { stdout: '', stderr: `zones: ${parsed.problem}\n\n${USAGE}\n`, exitCode: 2 };
  const command = parsed.value;
  if (command.command === 'help') return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
  const read = readFile(command.file);
  let loaded: ImportResult;
  if (!read.ok && 'tooLargeBytes' in read) {
    loaded = tooLargeResult(command.file, read.tooLargeBytes);
  } else if (!read.ok) {
    const message = `${command.file}: cannot read the file (${read.reason}).`;
    const unreadable: MessageJson = { code: 'file-unreadable', message, feature: null, featureId: null, featureName: null, params: { fileName: command.file } };
    if (command.command === 'validate') {
      // The same keys as for a file that was read, so scripts need no second shape.
      const failure = { ok: false, errors: [unreadable], warnings: [], features: 0, format: null, zones: 0, skipped: [], coordinateSystem: null, encoding: null };
      return command.json ? { stdout: `${JSON.stringify(failure)}\n`, stderr: '', exitCode: 1 } : { stdout: '', stderr: `${message}\n`, exitCode: 1 };
    }
    if (!command.json) return { stdout: '', stderr: `${message}\n`, exitCode: 1 };
    return { stdout: `${JSON.stringify({ error: { code: unreadable.code, message, errors: [unreadable] } })}\n`, stderr: '', exitCode: 1 };
  } else {
    loaded = importFile(read.bytes, command.file, {
      ...(command.from ? { from: command.from } : {}),
      ...(command.encoding ? { encoding: command.encoding } : {}),
      repair: { makeValid: command.makeValid },
      tianjinDistricts,
    });
  }
  const text = (message: ImportMessage) => translateImportMessage(command.language, message);
  if (command.command === 'validate') return validateOutcome(loaded, command.json, text, command.language);
  if (!loaded.ok) {
    const first = loaded.errors[0];
    return errorOutcome(command.json, first?.code ?? 'rejected', first ? text(first) : translate(command.language, 'cli.rejected', { file: command.file }), loaded.errors, text);
  }
  const report = { ...areaReport(loaded, command.targetSquareMetres, text, command.pairs), encoding: encodingJson(loaded.encoding) };
  return { stdout: `${command.json ? JSON.stringify(report) : areaReportText(report, command.file, command.language)}\n`, stderr: '', exitCode: 0 };
}

function errorOutcome(json: boolean, code: string, message: string, errors: readonly ImportMessage[], text: MessageText): CliOutcome {
  if (!json) return { stdout: '', stderr: `${[message, ...errors.slice(1).map(text)].join('\n')}\n`, exitCode: 1 };
  const error = { code, message, errors: errors.map((each) => messageJson(each, text)) };
  return { stdout: `${JSON.stringify({ error })}\n`, stderr: '', exitCode: 1 };
}

function validateOutcome(loaded: ImportResult, json: boolean, text: MessageText, language: Language): CliOutcome {
  const exitCode = loaded.ok ? 0 : 1;
  if (json) {
    // The first four keys are the documented shape (issue 4); the rest are extras for scripts.
    const output = {
      ok: loaded.ok,
      errors: loaded.errors.map((message) => messageJson(message, text)),
      warnings: loaded.warnings.map((message) => messageJson(message, text)),
      features: loaded.features.length,
      format: loaded.format,
      zones: loaded.zones.length,
      skipped: loaded.skippedFeatureIndices,
      coordinateSystem: loaded.coordinateSystem,
      encoding: encodingJson(loaded.encoding),
    };
    return { stdout: `${JSON.stringify(output)}\n`, stderr: '', exitCode };
  }
  const file = loaded.fileName;
  const skipped = loaded.skippedFeatureIndices.length;
  const lines = [
    translate(language, loaded.ok ? 'cli.loads' : 'cli.rejected', { file, format: loaded.format, features: loaded.features.length }) +
      (skipped > 0 ? translate(language, 'cli.skipped', { count: skipped }) : ''),
    ...(loaded.coordinateSystem && loaded.coordinateSystem.applied.length > 0 ? [translate(language, 'cli.coordinates', { note: describeCoordinateSystem(language, loaded.coordinateSystem) })] : []),
    ...(loaded.encoding && loaded.encoding.encoding !== 'utf-8' ? [encodingLine(language, loaded.encoding)] : []),
    ...loaded.errors.map((error) => translate(language, 'cli.error', { message: text(error) })),
    ...loaded.warnings.map((warning) => translate(language, 'cli.warning', { message: text(warning) })),
  ];
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode };
}

/** How the text was read, when it was not plain UTF-8: the review's own note ("Read as GB18030 (not UTF-8, taken for Chinese)."). */
function encodingLine(language: Language, report: EncodingReport): string {
  return translate(language, 'import.encodingNote', { encoding: encodingName(report.encoding), basis: translate(language, `import.encodingBasis.${report.basis}` as MessageKey) });
}
