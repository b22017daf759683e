import { isPlainObject, ownValue } from '../safeRecord';
import { zoneKindFrom } from './zoneKindFrom';

/**
 * Which of the file's property keys fills each schema field. The editor picks; `null` means
 * "none of them" (the field gets its default). Fields left out fall back to the suggestion.
 */
export interface PropertyMapping {
  name_zh?: string | null;
  name_en?: string | null;
  district?: string | null;
  kind?: string | null;
  scenarios?: string | null;
  phase?: string | null;
  since?: string | null;
  source?: string | null;
}

export type MappedField = keyof PropertyMapping;
export const MAPPED_FIELDS: readonly MappedField[] = ['name_zh', 'name_en', 'district', 'kind', 'scenarios', 'phase', 'since', 'source'];

/** Keys files commonly use for each field, in order of preference (the schema key itself first). */
const ALIASES: Readonly<Record<MappedField, readonly string[]>> = {
  name_zh: ['name_zh', '名称', '名字', '区域名称', '示范区名称', '先导区名称', 'name', 'NAME', 'Name', 'title', 'mc', 'MC'],
  name_en: ['name_en', 'name_EN', 'NAME_EN', 'english_name', 'name:en', '英文名', '英文名称'],
  district: ['district', '区', '区县', '所属区', '所在区', '行政区', '所属区县', 'DISTRICT', 'District', 'qx', 'QX'],
  kind: ['kind', '类型', '类别', 'type', 'TYPE'],
  scenarios: ['scenarios', 'scenario', '场景', '应用场景'],
  phase: ['phase', 'year', '年份', '年度', '建设年份', 'YEAR'],
  since: ['since', 'date', '日期', '启用日期'],
  source: ['source', '来源', '数据来源'],
};

type PropertyHolder = { properties?: unknown } | null | undefined;

/**
 * The mapping the importer uses when the editor has not chosen: for each field, the first alias
 * that some feature has with a non-empty value. `kind` is only suggested from a key other than
 * `kind` when its values include a known kind, since GIS exports use `type` for other things ("Polygon", "工业").
 */
export function suggestPropertyMapping(features: readonly PropertyHolder[]): Required<PropertyMapping> {
  const records = features.map((feature) => (feature && isPlainObject(feature.properties) ? feature.properties : null)).filter((record) => record !== null);
  const suggestion = {} as Required<PropertyMapping>;
  for (const field of MAPPED_FIELDS) {
    const key = ALIASES[field].find((alias) =>
      records.some((record) => {
        const value = ownValue(record, alias);
        if (value === undefined || value === null || value === '') return false;
        return field !== 'kind' || alias === 'kind' || zoneKindFrom(value) !== null;
      }),
    );
    suggestion[field] = key ?? null;
  }
  return suggestion;
}

/** The suggestion with the editor's choices on top: what a field is read from in the end. */
export function resolvePropertyMapping(features: readonly PropertyHolder[], chosen: PropertyMapping = {}): Required<PropertyMapping> {
  const resolved = suggestPropertyMapping(features);
  for (const field of MAPPED_FIELDS) if (Object.hasOwn(chosen, field) && chosen[field] !== undefined) resolved[field] = chosen[field]!;
  return resolved;
}
