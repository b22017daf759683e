import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const catalogues: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Looks up a message and fills `{name}` parameters; unknown parameters are left visible. */
export function translate(language: Language, key: MessageKey, parameters: Record<string, string | number> = {}): string {
  return catalogues[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in parameters ? String(parameters[name]) : placeholder,
  );
}

/** A message key for a value that may or may not have one (kinds, scenarios); falls back to the raw text. */
export function translateOptional(language: Language, key: string, fallback: string): string {
  const catalogue = catalogues[language] as Record<string, string>;
  return Object.hasOwn(catalogue, key) ? catalogue[key]! : fallback;
}

export type { MessageKey };
