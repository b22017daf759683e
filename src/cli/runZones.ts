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

/** The whole `zones` command minus process I/O: arguments and a file reader in, text and status out. */
export function runZones(argv: readonly string[], readFile: ReadFile): CliOutcome {
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
    loaded = importFile(read.bytes, command.file, { ...(command.from ? { from: command.from } : {}), repair: { makeValid: command.makeValid } });
  }
  if (command.command === 'validate') return validateOutcome(loaded, command.json);
  if (!loaded.ok) {
    const first = loaded.errors[0];
    return errorOutcome(command.json, first?.code ?? 'rejected', first?.message ?? `${command.file}: rejected.`, loaded.errors);
  }
  const report = areaReport(loaded, command.targetSquareMetres, command.pairs);
  return { stdout: `${command.json ? JSON.stringify(report) : areaReportText(report, command.file)}\n`, stderr: '', exitCode: 0 };
}

function errorOutcome(json: boolean, code: string, message: string, errors: readonly ImportMessage[] = []): CliOutcome {
  if (!json) return { stdout: '', stderr: `${[message, ...errors.slice(1).map((error) => error.message)].join('\n')}\n`, exitCode: 1 };
  const error = { code, message, errors: errors.map(messageJson) };
  return { stdout: `${JSON.stringify({ error })}\n`, stderr: '', exitCode: 1 };
}

function validateOutcome(loaded: ImportResult, json: boolean): CliOutcome {
  const exitCode = loaded.ok ? 0 : 1;
  if (json) {
    // The first four keys are the documented shape (issue 4); the rest are extras for scripts.
    const output = {
      ok: loaded.ok,
      errors: loaded.errors.map(messageJson),
      warnings: loaded.warnings.map(messageJson),
      features: loaded.features.length,
      format: loaded.format,
      zones: loaded.zones.length,
      skipped: loaded.skippedFeatureIndices,
      coordinateSystem: loaded.coordinateSystem,
    };
    return { stdout: `${JSON.stringify(output)}\n`, stderr: '', exitCode };
  }
  const lines = [
    `${loaded.fileName}: ${loaded.ok ? `loads as ${loaded.format}, ${loaded.features.length} feature(s)` : 'rejected'}` +
      `${loaded.skippedFeatureIndices.length > 0 ? `, ${loaded.skippedFeatureIndices.length} skipped` : ''}`,
    ...(loaded.coordinateSystem && loaded.coordinateSystem.applied.length > 0 ? [`coordinates: ${loaded.coordinateSystem.note}`] : []),
    ...loaded.errors.map((error) => `error: ${error.message}`),
    ...loaded.warnings.map((warning) => `warning: ${warning.message}`),
  ];
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode };
}

function messageJson(message: ImportMessage) {
  return {
    code: message.code,
    message: message.message,
    feature: message.featureIndex ?? null,
    ...(message.featureId === undefined ? {} : { featureId: message.featureId }),
    ...(message.featureName === undefined ? {} : { featureName: message.featureName }),
    params: message.params,
  };
}
