import type { DistrictFeature } from '../domain/district';
import { translateImportMessage } from '../i18n/importMessages';
import { translate, type Language } from '../i18n/translate';
import { describeCoordinateSystem } from '../ui/import/coordinateSystemText';
import type { ImportMessage } from '../import/importMessage';
import { importFile } from '../import/importFile';
import type { ImportResult } from '../import/importResult';
import { areaReport, areaReportText } from './areaReport';
import { parseCliArguments, USAGE } from './cliArguments';

export interface CliOutcome {
  stdout: string;
  stderr: string;
  /** 0 done, 1 the file cannot be read or is rejected, 2 wrong usage. */
  exitCode: 0 | 1 | 2;
}

/** Reads a file's bytes, or says why it cannot (the message names the file). */
export type ReadFile = (path: string) => { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

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
  if (!read.ok) {
    const message = `${command.file}: cannot read the file (${read.reason}).`;
    if (command.command === 'validate') {
      const failure = { ok: false, errors: [{ code: 'file-unreadable', message, feature: null, params: { fileName: command.file } }], warnings: [], features: 0 };
      return command.json ? { stdout: `${JSON.stringify(failure)}\n`, stderr: '', exitCode: 1 } : { stdout: '', stderr: `${message}\n`, exitCode: 1 };
    }
    return errorOutcome(command.json, 'file-unreadable', message);
  } else {
    loaded = importFile(read.bytes, command.file, { ...(command.from ? { from: command.from } : {}), repair: { makeValid: command.makeValid }, tianjinDistricts });
  }
  const text = (message: ImportMessage) => translateImportMessage(command.language, message);
  if (command.command === 'validate') return validateOutcome(loaded, command.json, text, command.language);
  if (!loaded.ok) {
    const first = loaded.errors[0];
    return errorOutcome(command.json, first?.code ?? 'rejected', first ? text(first) : translate(command.language, 'cli.rejected', { file: command.file }), loaded.errors, text);
  }
  const report = areaReport(loaded, command.targetSquareMetres, text);
  return { stdout: `${command.json ? JSON.stringify(report) : areaReportText(report, command.file, command.language)}\n`, stderr: '', exitCode: 0 };
}

/** A message's text in the language `--lang` chose, from the catalogues. */
type MessageText = (message: ImportMessage) => string;

function errorOutcome(json: boolean, code: string, message: string, errors: readonly ImportMessage[] = [], text?: MessageText): CliOutcome {
  if (!json) return { stdout: '', stderr: `${[message, ...errors.slice(1).map((error) => text!(error))].join('\n')}\n`, exitCode: 1 };
  const error = { code, message, errors: text ? errors.map((each) => messageJson(each, text)) : [] };
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
    };
    return { stdout: `${JSON.stringify(output)}\n`, stderr: '', exitCode };
  }
  const file = loaded.fileName;
  const skipped = loaded.skippedFeatureIndices.length;
  const lines = [
    translate(language, loaded.ok ? 'cli.loads' : 'cli.rejected', { file, format: loaded.format, features: loaded.features.length }) +
      (skipped > 0 ? translate(language, 'cli.skipped', { count: skipped }) : ''),
    ...(loaded.coordinateSystem && loaded.coordinateSystem.applied.length > 0 ? [translate(language, 'cli.coordinates', { note: describeCoordinateSystem(language, loaded.coordinateSystem) })] : []),
    ...loaded.errors.map((error) => translate(language, 'cli.error', { message: text(error) })),
    ...loaded.warnings.map((warning) => translate(language, 'cli.warning', { message: text(warning) })),
  ];
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode };
}

function messageJson(message: ImportMessage, text: MessageText) {
  return {
    code: message.code,
    message: text(message),
    feature: message.featureIndex ?? null,
    ...(message.featureId === undefined ? {} : { featureId: message.featureId }),
    ...(message.featureName === undefined ? {} : { featureName: message.featureName }),
    params: message.params,
  };
}
