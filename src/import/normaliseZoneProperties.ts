import { GEOMETRY_STATUSES, ZONE_KINDS, type GeometryStatus, type ZoneKind, type ZoneProperties } from '../domain/zone';
import { copyOwnProperties, defineValue, isPlainObject, ownValue } from './safeRecord';

/** Keys files commonly use for each schema field, first match wins (the schema key itself first). */
const ALIASES = {
  name_zh: ['name_zh', '名称', 'name', 'NAME', 'Name', '名字', 'title', 'mc', 'MC'],
  name_en: ['name_en', 'name_EN', 'english_name', 'NAME_EN'],
  district: ['district', '区', '区县', '所属区', '所在区', '行政区', 'DISTRICT'],
  kind: ['kind', '类型', 'type'],
  scenarios: ['scenarios', 'scenario', '场景', '应用场景'],
  phase: ['phase', 'year', '年份', '年度'],
  since: ['since', 'date', '日期'],
  source: ['source', '来源', '数据来源'],
} as const;

export interface NormalisedProperties {
  properties: ZoneProperties;
  /** The file gave a `kind` the schema does not know (it was replaced by `scenario-area`). */
  unknownKind: string | null;
}

/**
 * Maps a feature's properties onto the zone schema, leniently: each schema field is taken from
 * the first matching key (`name_zh`, else `名称`, else `name`…), converted where that is safe
 * (`"2021"` → 2021, `"bus, shared-car"` → a list) and otherwise given a neutral default:
 * `district` "", `kind` "scenario-area", `scenarios` [], `phase` from `since` or else NaN
 * (unknown; serialised as null), `source` the file, `geometry_status` "authoritative" (an
 * editor's file). Every key the file had is kept, in order and untouched, except that schema keys
 * carry the converted value; schema fields the file lacked are appended.
 */
export function normaliseZoneProperties(
  raw: unknown,
  id: string,
  fileName: string,
): NormalisedProperties {
  const source = isPlainObject(raw) ? raw : {};
  const properties = copyOwnProperties(source);
  const pick = (field: keyof typeof ALIASES): unknown => {
    for (const key of ALIASES[field]) {
      const value = ownValue(source, key);
      if (value !== undefined && value !== null && value !== '') return value;
    }
    return undefined;
  };
  const nameZh = text(pick('name_zh')) ?? id;
  const kindValue = text(ownValue(source, 'kind')) ?? text(pick('kind'));
  const kind: ZoneKind = (ZONE_KINDS as readonly string[]).includes(kindValue ?? '') ? (kindValue as ZoneKind) : 'scenario-area';
  const since = text(pick('since'));
  const statusValue = text(ownValue(source, 'geometry_status'));
  const schema: Omit<ZoneProperties, `description_${string}`> = {
    id,
    name_zh: nameZh,
    name_en: text(pick('name_en')) ?? '',
    district: text(pick('district')) ?? '',
    kind,
    scenarios: scenarioList(pick('scenarios')),
    phase: phaseYear(pick('phase'), since),
    source: text(pick('source')) ?? `file ${fileName}`,
    geometry_status: (GEOMETRY_STATUSES as readonly string[]).includes(statusValue ?? '') ? (statusValue as GeometryStatus) : 'authoritative',
  };
  if (since !== undefined) schema.since = since;
  for (const [key, value] of Object.entries(schema)) defineValue(properties, key, value);
  // A `kind` key that is not one of ours but something else entirely ("type": "Polygon" from a
  // GIS export) is not reported as unknown: only the schema's own `kind` key is.
  const unknownKind = kindValue !== undefined && kind !== kindValue && Object.hasOwn(source, 'kind') ? kindValue : null;
  return { properties: properties as ZoneProperties, unknownKind };
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

/** A year from `phase` (number or numeric text), else the year that `since` starts with; else NaN. */
function phaseYear(value: unknown, since: string | undefined): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d{4}(\.\d+)?\s*$/.test(value)) return Number(value);
  const year = since === undefined ? null : /^\s*(\d{4})/.exec(since);
  return year ? Number(year[1]) : Number.NaN;
}
