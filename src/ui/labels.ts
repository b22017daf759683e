import type { DistrictFeature } from '../domain/district';
import { translateOptional, type Language } from '../i18n/translate';

/** Display names of data values, in the UI language; values the catalogue doesn't know show as-is. */

export function kindLabel(language: Language, kind: string): string {
  return translateOptional(language, `kind.${kind}`, kind);
}

export function scenarioLabel(language: Language, scenario: string): string {
  return translateOptional(language, `scenario.${scenario}`, scenario);
}

/** Zones name their district in Chinese; in English the district file supplies the English name. */
export function districtLabel(language: Language, districts: DistrictFeature[], district: string): string {
  if (language === 'zh-CN') return district;
  const match = districts.find((feature) => feature.properties.name_zh === district || feature.properties.name_en === district);
  return match ? match.properties.name_en : district;
}

export function zoneName(language: Language, properties: { name_zh: string; name_en: string }): string {
  const preferred = language === 'zh-CN' ? properties.name_zh : properties.name_en;
  return preferred || properties.name_zh || properties.name_en;
}
