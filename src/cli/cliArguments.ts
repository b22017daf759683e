import { canonicalEncoding, ENCODING_CHOICES } from '../import/encoding/textEncoding';
import { isSourceSystem, SOURCE_SYSTEMS, type SourceSystem } from '../import/coordinates/sourceSystem';
import { LANGUAGES, type Language } from '../i18n/translate';

/** The command line of `zones`, parsed; pure so it can be tested without spawning. */

/** What both commands take: the file and how to read it (see `ImportOptions`). */
interface FileCommand {
  file: string;
  json: boolean;
  /** `--from`: the declared source system; undefined reads the file's own or detects it. */
  from: SourceSystem | undefined;
  /** `--make-valid`: replace invalid areas by their valid reading. */
  makeValid: boolean;
  /** `--lang`: the language of the file's messages (the catalogues the page uses); English by default. */
  language: Language;
  /** `--encoding`: the text encoding of FILE (a TextDecoder label); undefined follows the file. */
  encoding: string | undefined;
}

export type CliCommand =
  | { command: 'help' }
  | ({ command: 'area'; targetSquareMetres: number | undefined; pairs: boolean } & FileCommand)
  | ({ command: 'validate' } & FileCommand);

export const USAGE = `Usage:
  zones area FILE [--json] [--target KM2] [--from SYSTEM] [--make-valid] [--pairs] [--encoding NAME] [--lang LANG]
                      areas, union coverage and progress toward the target
  zones validate FILE [--json] [--from SYSTEM] [--make-valid] [--encoding NAME] [--lang LANG]
                      check a zone file; exit 0 if it loads (warnings listed), 1 if rejected
  zones help          this text

FILE is GeoJSON, TopoJSON, KML, KMZ, a zipped Shapefile, CSV or TSV (up to 200 MiB).

Options:
  --json          print JSON instead of text
  --target KM2    coverage target in km² (default 600, the plan's 2023 target)
  --from SYSTEM   coordinate system of FILE: ${SOURCE_SYSTEMS.join(', ')}.
                  Default: the file's own crs/.prj, else found from the numbers (swapped axes,
                  EPSG:3857, Gauss-Kruger). GCJ-02 and BD-09 cannot be found: declare them.
  --make-valid    repair self-intersecting outlines and holes outside their shell
  --pairs         also the 100 pairs of zones that overlap most, how many pairs overlap and
                  their overlaps added up
  --encoding NAME text encoding of FILE (its names and attributes): ${ENCODING_CHOICES.join(', ')},
                  or another WHATWG label (gbk, big5…). Default: what the file declares (BOM, XML
                  declaration, .cpg, .dbf language driver), else UTF-8 if valid, else GB18030.
  --lang LANG     language of the file's messages: en (default) or zh-CN

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
  let from: SourceSystem | undefined;
  let makeValid = false;
  let language: Language = 'en';
  let encoding: string | undefined;
  let pairs = false;
  for (let i = 0; i < rest.length; i += 1) {
    const argument = rest[i]!;
    if (argument === '--json') json = true;
    else if (argument === '--make-valid') makeValid = true;
    else if (argument === '--pairs' && command === 'area') pairs = true;
    else if (argument === '--target' && command === 'area') {
      const value = Number(rest[++i]);
      if (!(Number.isFinite(value) && value > 0)) return { ok: false, problem: '--target needs a positive number of km²' };
      targetKm2 = value;
    } else if (argument === '--from') {
      const value = (rest[++i] ?? '').toLowerCase();
      if (!isSourceSystem(value)) return { ok: false, problem: `--from ${value || '(missing)'} is not one of ${SOURCE_SYSTEMS.join(', ')}` };
      from = value;
    } else if (argument === '--encoding') {
      const value = rest[++i] ?? '';
      if (canonicalEncoding(value) === null) return { ok: false, problem: `--encoding ${value || '(missing)'} is not an encoding (try ${ENCODING_CHOICES.join(', ')})` };
      encoding = canonicalEncoding(value)!;
    } else if (argument === '--lang') {
      const value = rest[++i] ?? '';
      const known = LANGUAGES.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
      if (!known) return { ok: false, problem: `--lang ${value || '(missing)'} is not one of ${LANGUAGES.join(', ')}` };
      language = known;
    } else if (argument.startsWith('-')) return { ok: false, problem: `unknown option ${JSON.stringify(argument)}` };
    else files.push(argument);
  }
  if (files.length !== 1) return { ok: false, problem: files.length === 0 ? 'missing FILE' : 'give exactly one FILE' };
  const file = files[0]!;
  return command === 'area'
    ? { ok: true, value: { command, file, json, targetSquareMetres: targetKm2 === undefined ? undefined : targetKm2 * 1e6, pairs, from, makeValid, encoding, language } }
    : { ok: true, value: { command, file, json, from, makeValid, encoding, language } };
}
