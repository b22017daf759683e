import { GEOMETRY_STATUSES, type GeometryStatus, type ZoneKind, type ZoneProperties } from '../../domain/zone';
import { copyOwnProperties, defineValue, isPlainObject, ownValue } from '../safeRecord';
import type { OriginalValues } from './originalValues';
import { sameJsonValue } from './originalValues';
import type { PropertyMapping } from './propertyMapping';
import { zoneKindFrom } from './zoneKindFrom';

export interface NormalisedProperties {
  properties: ZoneProperties;
  /** Schema keys the file had whose value was converted, with the file's value (for export). */
  originals: OriginalValues | null;
  /** The mapped kind key held text that names no kind (shown as scenario-area). */
  unknownKind: string | null;
}

/**
 * Fills the zone schema from a feature's properties without altering what the file said: every
 * key the file had stays, in order, with its value; schema fields the file lacked are appended
 * after them. Each field is read from the key `mapping` names (see `resolvePropertyMapping`) and
 * converted where that is safe (`"2021"` → 2021, `"bus, shared-car"` → a list, `先导区` →
 * pilot-zone), otherwise given a neutral default: `name_zh` the id, `district` "", `kind`
 * scenario-area, `scenarios` [], `phase` from `since` or else null (unknown), `source` the file,
 * `geometry_status` authoritative (an editor's file).
 *
 * Where a schema key is itself in the file with a value that needed converting, the converted
 * value takes its place (the app works on the schema's types) and the file's value is returned in
 * `originals` so that export can write it back.
 */
export function normaliseZoneProperties(raw: unknown, id: string, fileName: string, mapping: Required<PropertyMapping>): NormalisedProperties {
  const source = isPlainObject(raw) ? raw : {};
  const properties = copyOwnProperties(source);
  const read = (field: keyof PropertyMapping): unknown => {
    const key = mapping[field];
    if (key === null) return undefined;
    const value = ownValue(source, key);
    return value === null || value === '' ? undefined : value;
  };
  const kindValue = read('kind');
  const kind: ZoneKind = zoneKindFrom(kindValue) ?? 'scenario-area';
  const since = text(read('since'));
  const statusValue = text(ownValue(source, 'geometry_status'));
  const schema: [string, unknown][] = [
    ['id', id],
    ['name_zh', text(read('name_zh')) ?? id],
    ['name_en', text(read('name_en')) ?? ''],
    ['district', text(read('district')) ?? ''],
    ['kind', kind],
    ['scenarios', scenarioList(read('scenarios'))],
    ['phase', phaseYear(read('phase'), since)],
    ...(since === undefined ? [] : ([['since', since]] as [string, unknown][])),
    ['source', text(read('source')) ?? `file ${fileName}`],
    ['geometry_status', (GEOMETRY_STATUSES as readonly string[]).includes(statusValue ?? '') ? (statusValue as GeometryStatus) : 'authoritative'],
  ];
  let originals: OriginalValues | null = null;
  for (const [key, value] of schema) {
    if (Object.hasOwn(source, key)) {
      if (sameJsonValue(source[key], value)) continue;
      originals ??= {};
      defineValue(originals, key, { value: source[key], imported: value });
    }
    defineValue(properties, key, value);
  }
  const unknownKind = kindValue !== undefined && zoneKindFrom(kindValue) === null ? (text(kindValue) ?? JSON.stringify(kindValue)) : null;
  return { properties: properties as ZoneProperties, originals, unknownKind };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function scenarioList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  if (typeof value === 'string') return value.split(/[,，、;；|\s]+/).filter((item) => item !== '');
  return [];
}

/** A year from the phase value (2021, "2021", "2021年", "2021-06"), else from `since`; else null (unknown). */
function phaseYear(value: unknown, since: string | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d{4}(\.\d+)?\s*$/.test(value)) return Number(value);
  const year = (candidate: unknown) => (typeof candidate === 'string' ? /^\s*(\d{4})(?!\d)/.exec(candidate) : null);
  const fromValue = year(value);
  if (fromValue) return Number(fromValue[1]);
  const fromSince = year(since);
  return fromSince ? Number(fromSince[1]) : null;
}
