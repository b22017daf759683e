import type { ImportMessage } from '../import/importMessage';
import { importMessagesEn } from './importMessages.en';
import { importMessagesZhCN } from './importMessages.zh-CN';
import type { Language } from './translate';

const CATALOGUES = { 'zh-CN': importMessagesZhCN, en: importMessagesEn } as const;

/** Names of coordinate systems and datums, for `{system}`, `{declared}` and `{datum}`. */
const SYSTEM_NAMES: Record<Language, Record<string, string>> = {
  en: {
    wgs84: 'WGS-84',
    gcj02: 'GCJ-02 (AMap/Gaode, Tencent)',
    bd09: 'BD-09 (Baidu)',
    'epsg:3857': 'EPSG:3857 Web Mercator',
    'epsg:4527': 'EPSG:4527 CGCS2000 Gauss–Krüger zone 39',
    'epsg:4548': 'EPSG:4548 CGCS2000 Gauss–Krüger 117° E',
  },
  'zh-CN': {
    wgs84: 'WGS-84',
    gcj02: 'GCJ-02（高德、腾讯）',
    bd09: 'BD-09（百度）',
    'epsg:3857': 'EPSG:3857 Web 墨卡托',
    'epsg:4527': 'EPSG:4527 CGCS2000 高斯–克吕格 39 带',
    'epsg:4548': 'EPSG:4548 CGCS2000 高斯–克吕格 中央经线 117°',
  },
};

const FIELD_NAMES_ZH: Record<string, string> = {
  name_zh: '中文名称',
  name_en: '英文名称',
  district: '区县',
  kind: '类型',
  scenarios: '应用场景',
  phase: '阶段（年份）',
  since: '启用日期',
  source: '来源',
};

/** Words a rule puts in `found` (what stood where a GeoJSON object was expected), in Chinese. */
const FOUND_NAMES_ZH: Record<string, string> = {
  missing: '缺失',
  array: '数组',
  null: 'null',
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
  undefined: '无',
};

/** What an out-of-range position most likely means (`likelyCause`), as a clause after the range. */
const LIKELY_CAUSES: Record<Language, Record<string, string>> = {
  en: {
    'projected-metres': ' (the file may be in projected metres rather than degrees)',
    'axes-swapped': ' (longitude and latitude may be swapped)',
    none: '',
  },
  'zh-CN': {
    'projected-metres': '（文件可能是投影坐标，单位为米而不是度）',
    'axes-swapped': '（经度与纬度可能颠倒）',
    none: '',
  },
};

/** papaparse's codes for a row that does not fit (`problem`), in words. */
const TABLE_PROBLEMS: Record<Language, Record<string, string>> = {
  en: {
    TooFewFields: 'too few cells',
    TooManyFields: 'too many cells',
    MissingQuotes: 'a quote is not closed',
    InvalidQuotes: 'a quote in the wrong place',
    UndetectableDelimiter: 'no separator found',
  },
  'zh-CN': {
    TooFewFields: '单元格太少',
    TooManyFields: '单元格太多',
    MissingQuotes: '引号未闭合',
    InvalidQuotes: '引号位置有误',
    UndetectableDelimiter: '找不到分隔符',
  },
};

const CAUSE_NAMES_ZH: Record<string, string> = {
  'self-intersection': '自相交',
  'hole-outside-shell': '洞在外环之外',
  'overlapping-holes': '洞相互重叠',
  'overlapping-parts': '各部分相互重叠',
};

/**
 * An import message in the UI's language: the file, the feature (index, id, name) where it
 * applies, then the text for its code with its parameters. Parameters that are themselves words
 * (where in the geometry, system ids, field names, causes) are translated too; values from the
 * file (names, keys, ids) are inserted as they are, as text.
 */
export function translateImportMessage(language: Language, message: ImportMessage, { withFileName = true } = {}): string {
  const template = CATALOGUES[language][message.code];
  const text = template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(message.params, name) ? formatParam(language, name, message.params[name]!) : placeholder,
  );
  const file = withFileName ? `${message.fileName}${language === 'zh-CN' ? '：' : ': '}` : '';
  return `${file}${featurePrefix(language, message)}${text}`;
}

function featurePrefix(language: Language, message: ImportMessage): string {
  if (message.featureIndex === undefined) return '';
  const zh = language === 'zh-CN';
  const labels: string[] = [];
  if (message.featureId !== undefined) labels.push(`id ${JSON.stringify(message.featureId)}`);
  if (message.featureName !== undefined) labels.push(`${zh ? '名称' : 'name'} ${JSON.stringify(message.featureName)}`);
  const described = labels.length === 0 ? '' : zh ? `（${labels.join('，')}）` : ` (${labels.join(', ')})`;
  return zh ? `要素 #${message.featureIndex}${described}：` : `feature #${message.featureIndex}${described}: `;
}

function formatParam(language: Language, name: string, value: string | number): string {
  const text = String(value);
  if (name === 'system' || name === 'declared' || name === 'datum') return wordFor(SYSTEM_NAMES[language], text) ?? text.toUpperCase();
  if (name === 'likelyCause') return wordFor(LIKELY_CAUSES[language], text) ?? '';
  if (name === 'problem') return wordFor(TABLE_PROBLEMS[language], text) ?? text;
  if (name === 'encoding') return text.toUpperCase();
  if (language === 'en') return text;
  switch (name) {
    case 'where':
      return whereZh(text);
    case 'field':
      return wordFor(FIELD_NAMES_ZH, text) ?? text;
    case 'found':
      return wordFor(FOUND_NAMES_ZH, text) ?? text;
    case 'causes':
      return text.split(', ').map((cause) => wordFor(CAUSE_NAMES_ZH, cause) ?? cause).join('、');
    default:
      return text;
  }
}

/** A table's own entry only: a value from a file such as "__proto__" or "constructor" is not a word of ours. */
function wordFor(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** "polygon 0, ring 1, position 3" → "多边形 0 环 1 位置 3". */
function whereZh(where: string): string {
  return where
    .replace(/^the point$/, '该点')
    .replace(/^the line$/, '该线')
    .replace(/^parts of the MultiPolygon$/, '多面的各部分')
    .replace(/^GeometryCollection$/, '几何集合')
    .replace(/\bgeometry (\d+)/g, '几何 $1')
    .replace(/\bpolygon (\d+)/g, '多边形 $1')
    .replace(/\bring (\d+)/g, '环 $1')
    .replace(/\bposition (\d+)/g, '位置 $1')
    .replace(/\bline (\d+)/g, '线 $1')
    .replace(/, /g, ' ');
}
