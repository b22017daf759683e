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
export function translateImportMessage(language: Language, message: ImportMessage): string {
  const template = CATALOGUES[language][message.code] ?? message.message;
  const text = template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(message.params, name) ? formatParam(language, name, message.params[name]!) : placeholder,
  );
  return `${message.fileName}${language === 'zh-CN' ? '：' : ': '}${featurePrefix(language, message)}${text}`;
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
  if (name === 'system' || name === 'declared' || name === 'datum') return SYSTEM_NAMES[language][text] ?? text.toUpperCase();
  if (name === 'encoding') return text.toUpperCase();
  if (language === 'en') return text;
  switch (name) {
    case 'where':
      return whereZh(text);
    case 'field':
      return FIELD_NAMES_ZH[text] ?? text;
    case 'causes':
      return text.split(', ').map((cause) => CAUSE_NAMES_ZH[cause] ?? cause).join('、');
    default:
      return text;
  }
}

/** "polygon 0, ring 1, position 3" → "多边形 0 环 1 位置 3". */
function whereZh(where: string): string {
  return where
    .replace(/^the point$/, '该点')
    .replace(/^the line$/, '该线')
    .replace(/^parts of the MultiPolygon$/, '多面的各部分')
    .replace(/\bpolygon (\d+)/g, '多边形 $1')
    .replace(/\bring (\d+)/g, '环 $1')
    .replace(/\bposition (\d+)/g, '位置 $1')
    .replace(/\bline (\d+)/g, '线 $1')
    .replace(/, /g, ' ');
}
