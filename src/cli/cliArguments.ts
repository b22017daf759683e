/** The command line of `zones`, parsed; pure so it can be tested without spawning. */

export type CliCommand =
  | { command: 'help' }
  | { command: 'area'; file: string; json: boolean; targetSquareMetres: number | undefined; from: SourceSystem }
  | { command: 'validate'; file: string; json: boolean; from: SourceSystem };

/**
 * Coordinate systems `--from` accepts. Only WGS-84 (no conversion) exists yet; issue 4 adds
 * gcj02, bd09, epsg:3857, epsg:4527 and epsg:4548 here and converts after parsing.
 */
export const SOURCE_SYSTEMS = ['wgs84'] as const;
export type SourceSystem = (typeof SOURCE_SYSTEMS)[number];

export const USAGE = `Usage:
  zones area FILE [--json] [--target KM2]   areas, union coverage and progress toward the target
  zones validate FILE [--json]              check a zone file; exit 0 if it loads, 1 if rejected
  zones help                                this text

Options:
  --json          print JSON instead of a table
  --target KM2    coverage target in km² (default 600, the plan's 2023 target)
  --from SYSTEM   coordinate system of FILE; only wgs84 for now

Exit status: 0 done, 1 the file cannot be read or is rejected, 2 wrong usage.
Run through npm: npm run --silent zones -- area data/zones.geojson --json`;

export type ParseOutcome = { ok: true; value: CliCommand } | { ok: false; problem: string };

export function parseCliArguments(argv: readonly string[]): ParseOutcome {
  const [command, ...rest] = argv;
  if (command === undefined) return { ok: false, problem: 'missing command' };
  if (command === 'help' || command === '--help' || command === '-h') return { ok: true, value: { command: 'help' } };
  if (command !== 'area' && command !== 'validate') return { ok: false, problem: `unknown command ${JSON.stringify(command)}` };
  const files: string[] = [];
  let json = false;
  let targetKm2: number | undefined;
  let from: SourceSystem = 'wgs84';
  for (let i = 0; i < rest.length; i += 1) {
    const argument = rest[i]!;
    if (argument === '--json') json = true;
    else if (argument === '--target' && command === 'area') {
      const value = Number(rest[++i]);
      if (!(Number.isFinite(value) && value > 0)) return { ok: false, problem: '--target needs a positive number of km²' };
      targetKm2 = value;
    } else if (argument === '--from') {
      const value = (rest[++i] ?? '').toLowerCase();
      if (!(SOURCE_SYSTEMS as readonly string[]).includes(value)) {
        return { ok: false, problem: `--from ${value || '(missing)'} is not supported yet (only ${SOURCE_SYSTEMS.join(', ')})` };
      }
      from = value as SourceSystem;
    } else if (argument.startsWith('-')) return { ok: false, problem: `unknown option ${JSON.stringify(argument)}` };
    else files.push(argument);
  }
  if (files.length !== 1) return { ok: false, problem: files.length === 0 ? 'missing FILE' : 'give exactly one FILE' };
  const file = files[0]!;
  return command === 'area'
    ? { ok: true, value: { command, file, json, targetSquareMetres: targetKm2 === undefined ? undefined : targetKm2 * 1e6, from } }
    : { ok: true, value: { command, file, json, from } };
}
