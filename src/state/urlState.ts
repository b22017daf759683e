import { ZONE_KINDS, type ZoneKind } from '../domain/zone';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/translate';
import { hashList, hashText, readHashParameters, setHashList, setHashText, writeHashParameters } from './hashParameters';
import type { ZoneFilters } from './store';

/**
 * The part of the picture a link carries besides the camera: selected zone, filters, language.
 * It lives in the URL hash next to MapLibre's own `map=zoom/lat/lng/bearing/pitch` parameter
 * (MapLibre's named-hash convention), so `#map=9/39.1/117.2&zone=xiqing-pilot-zone&kind=demo-zone`
 * reopens the same view.
 */
export interface UrlState {
  selectedZoneId: string | null;
  filters: ZoneFilters;
  language: Language;
}

function isZoneKind(value: string): value is ZoneKind {
  return (ZONE_KINDS as readonly string[]).includes(value);
}

/** Reads our parameters from a hash (`#a=1&b=2`); anything unknown or malformed is ignored. */
export function parseUrlState(hash: string): UrlState {
  const parameters = readHashParameters(hash);
  const language = hashText(parameters, 'lang');
  return {
    selectedZoneId: hashText(parameters, 'zone'),
    filters: {
      districts: hashList(parameters, 'district'),
      kinds: hashList(parameters, 'kind').filter(isZoneKind),
      scenarios: hashList(parameters, 'scenario'),
    },
    language: isLanguage(language) ? language : DEFAULT_LANGUAGE,
  };
}

/**
 * Writes our parameters into an existing hash, keeping every other parameter (MapLibre's `map=`)
 * where it was. Defaults are left out so a plain link stays short.
 */
export function writeUrlState(hash: string, state: UrlState): string {
  const parameters = readHashParameters(hash);
  setHashText(parameters, 'zone', state.selectedZoneId);
  setHashList(parameters, 'district', state.filters.districts);
  setHashList(parameters, 'kind', state.filters.kinds);
  setHashList(parameters, 'scenario', state.filters.scenarios);
  setHashText(parameters, 'lang', state.language === DEFAULT_LANGUAGE ? null : state.language);
  return writeHashParameters(parameters);
}

/**
 * What a link carries for presenters: `present=1` (presenter mode; also read from the query
 * string, `?present=1`), `step=overview|timeline|<zone id>` (the tour step, which implies presenter
 * mode) and `year=2022` (the timeline year the map shows). Written next to the other parameters,
 * e.g. `#map=10.2/39.08/117.05&zone=xiqing-pilot-zone&present=1&step=xiqing-pilot-zone`.
 */
export interface PresentationUrlState {
  presenting: boolean;
  step: string | null;
  year: number | null;
}

const MAXIMUM_STEP_LENGTH = 200;

function parseYear(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

/** Reads the presenter parameters from the hash (and `present=1` from the query string). */
export function parsePresentationUrlState(hash: string, search = ''): PresentationUrlState {
  const parameters = readHashParameters(hash);
  const query = new URLSearchParams(search.replace(/^\?/, ''));
  const rawStep = hashText(parameters, 'step');
  const step = rawStep && rawStep.length <= MAXIMUM_STEP_LENGTH ? rawStep : null;
  const presenting = hashText(parameters, 'present') === '1' || query.get('present') === '1' || step !== null;
  return { presenting, step: presenting ? step : null, year: parseYear(hashText(parameters, 'year')) };
}

/** Writes the presenter parameters into a hash, keeping every other parameter where it was. */
export function writePresentationUrlState(hash: string, state: PresentationUrlState): string {
  const parameters = readHashParameters(hash);
  setHashText(parameters, 'present', state.presenting ? '1' : null);
  setHashText(parameters, 'step', state.presenting && state.step ? state.step : null);
  setHashText(parameters, 'year', state.year === null ? null : String(state.year));
  return writeHashParameters(parameters);
}
