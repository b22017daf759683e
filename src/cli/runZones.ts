import type { DistrictFeature } from '../domain/district';
import { translateImportMessage } from '../i18n/importMessages';
import type { Language } from '../i18n/translate';
import type { ImportMessage } from '../import/importMessage';
import { importFile, tooLargeResult } from '../import/importFile';
import type { ImportResult } from '../import/importResult';
import { areaReport, areaReportText } from './areaReport';
import { encodingJson } from './encodingJson';
import { messageJson, type MessageText } from './messageJson';
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
    const unreadable = { code: 'file-unreadable', message, feature: null, featureId: null, featureName: null, params: { fileName: command.file } };
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
  if (command.command === 'validate') return validateOutcome(loaded, command.json, text);
  if (!loaded.ok) {
    const first = loaded.errors[0];
    return errorOutcome(command.json, first?.code ?? 'rejected', first ? text(first) : `${command.file}: rejected.`, loaded.errors, text);
  }
  const report = { ...areaReport(loaded, command.targetSquareMetres, text), encoding: encodingJson(loaded.encoding) };
  return { stdout: `${command.json ? JSON.stringify(report) : areaReportText(report, command.file)}\n`, stderr: '', exitCode: 0 };
}

function errorOutcome(json: boolean, code: string, message: string, errors: readonly ImportMessage[] = [], text?: MessageText): CliOutcome {
  if (!json) return { stdout: '', stderr: `${[message, ...errors.slice(1).map((error) => text!(error))].join('\n')}\n`, exitCode: 1 };
  const error = { code, message, errors: text ? errors.map((each) => messageJson(each, text)) : [] };
  return { stdout: `${JSON.stringify({ error })}\n`, stderr: '', exitCode: 1 };
}

function validateOutcome(loaded: ImportResult, json: boolean, text: MessageText): CliOutcome {
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
  const lines = [
    `${loaded.fileName}: ${loaded.ok ? `loads as ${loaded.format}, ${loaded.features.length} feature(s)` : 'rejected'}` +
      `${loaded.skippedFeatureIndices.length > 0 ? `, ${loaded.skippedFeatureIndices.length} skipped` : ''}`,
    ...(loaded.coordinateSystem && loaded.coordinateSystem.applied.length > 0 ? [`coordinates: ${loaded.coordinateSystem.note}`] : []),
    ...(loaded.encoding && loaded.encoding.encoding !== 'utf-8' ? [`text read as ${loaded.encoding.encoding.toUpperCase()} (${loaded.encoding.basis})`] : []),
    ...loaded.errors.map((error) => `error: ${text(error)}`),
    ...loaded.warnings.map((warning) => `warning: ${text(warning)}`),
  ];
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode };
}
