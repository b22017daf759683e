/**
 * PostGIS as a peer for the engine benchmark: `ST_Union` of every zone, then `ST_Area(geography)`
 * (WGS-84 ellipsoid), timed by psql on the same files. It runs in a throwaway cluster (initdb in a
 * temporary folder, listening only on a Unix socket there, stopped and removed at the end), as the
 * `postgres` user when this runs as root. Optional: `startPostgis()` returns null with the reason
 * when PostgreSQL or PostGIS is not installed (Debian: `postgresql`, `postgresql-15-postgis-3`).
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgisPeer {
  /** Loads the file's geometries (not timed), then times the union and its area. */
  measure(file: string, limitSeconds: number): Promise<PostgisMeasurement | { failed: string }>;
  stop(): void;
}

export interface PostgisMeasurement {
  /** psql's `\timing` of `SELECT ST_Area(ST_Union(g)::geography)`. */
  milliseconds: number;
  unionSquareMetres: number;
  version: string;
}

/** The newest PostgreSQL under /usr/lib/postgresql with PostGIS installed for it, or null. */
function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const hasPostgis = existsSync(`/usr/share/postgresql/${version}/extension/postgis.control`);
    if (hasPostgis && existsSync(join(root, version, 'bin', 'initdb'))) return join(root, version, 'bin');
  }
  return null;
}

export function startPostgis(): PostgisPeer | { unavailable: string } {
  const bin = postgresBin();
  if (!bin) return { unavailable: 'PostgreSQL with PostGIS is not installed (Debian: postgresql, postgresql-15-postgis-3)' };
  const folder = mkdtempSync(join(tmpdir(), 'zones-postgis-'));
  const data = join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  // initdb and the server refuse to run as root: run them as `postgres`, which owns the folder.
  const run = (command: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { stdio: 'pipe' }) : execFileSync(join(bin, command), args, { stdio: 'pipe' });
  const user = asRoot ? 'postgres' : (process.env.USER ?? 'postgres');
  try {
    if (asRoot) {
      const { uid, gid } = postgresIds();
      chownSync(folder, uid, gid);
    }
    run('initdb', ['-D', data, '-A', 'trust', '-U', user, '--no-sync']);
    run('pg_ctl', ['-D', data, '-s', '-w', '-l', join(folder, 'server.log'), '-o', `-k ${folder} -c listen_addresses='' -c fsync=off -c shared_buffers=512MB -c work_mem=256MB`, 'start']);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    return { unavailable: `could not start a throwaway cluster: ${String(error).slice(0, 200)}` };
  }
  // Every script goes in on stdin (`-f -`), so that `\copy … from stdin` reads the rows after it.
  const psql = (script: string, timeoutMilliseconds = 600_000) =>
    new Promise<string>((resolve, reject) => {
      const child = execFile(
        join(bin, 'psql'),
        ['-h', folder, '-U', user, '-d', 'postgres', '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-f', '-'],
        { timeout: timeoutMilliseconds, killSignal: 'SIGKILL', maxBuffer: 1 << 20 },
        (error, stdout, stderr) => (error ? reject(new Error(stderr.trim() || String(error))) : resolve(stdout)),
      );
      child.stdin!.end(script);
    });
  const ready = psql('CREATE EXTENSION IF NOT EXISTS postgis;');
  ready.catch(() => undefined); // reported by the first measure()
  return {
    async measure(file, limitSeconds) {
      try {
        await ready;
        const version = (await psql('SELECT postgis_lib_version() || \' / GEOS \' || postgis_geos_version();')).trim();
        await psql(`DROP TABLE IF EXISTS raw, zones;\nCREATE TABLE raw (geojson text);\n\\copy raw (geojson) from stdin\n${geometryLines(file)}\\.\n`);
        await psql('CREATE TABLE zones AS SELECT ST_SetSRID(ST_GeomFromGeoJSON(geojson), 4326) AS g FROM raw; DROP TABLE raw;');
        const output = await psql(
          `SET statement_timeout = '${limitSeconds}s';\n\\timing on\nSELECT ST_Area(ST_Union(g)::geography) FROM zones;\n`,
          (limitSeconds + 30) * 1000,
        );
        const time = /Time: ([\d.]+) ms/.exec(output);
        const area = output.split('\n').find((line) => /^[\d.e+]+$/.test(line.trim()));
        if (!time || !area) return { failed: `unexpected psql output: ${output.slice(0, 120)}` };
        return { milliseconds: Number(time[1]), unionSquareMetres: Number(area), version };
      } catch (error) {
        const message = String(error instanceof Error ? error.message : error);
        return { failed: /statement timeout/.test(message) ? `did not finish in ${limitSeconds} s` : `failed: ${message.slice(0, 120)}` };
      }
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-s', '-m', 'immediate', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

/** One GeoJSON geometry per line, escaped for COPY's text format. */
function geometryLines(file: string): string {
  const collection = JSON.parse(readFileSync(file, 'utf8')) as { features: { geometry: unknown }[] };
  return `${collection.features.map((feature) => JSON.stringify(feature.geometry).replace(/\\/g, '\\\\')).join('\n')}\n`;
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}
