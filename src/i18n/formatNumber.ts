import type { Language } from './translate';

const SQUARE_METRES_PER_SQUARE_KILOMETRE = 1e6;

// Building an Intl.NumberFormat costs about 0.1 ms; a list of thousands of zones formats thousands
// of areas, so each formatter is built once per language and options.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.NumberFormat(language, options)));
  return found;
}

/**
 * km² for display, with the locale's grouping: one decimal (0.1 km² is the size of a few city
 * blocks), two below 10 km² so small zones keep three significant figures.
 */
export function formatSquareKilometres(language: Language, areaSquareMetres: number): string {
  const squareKilometres = areaSquareMetres / SQUARE_METRES_PER_SQUARE_KILOMETRE;
  const fractionDigits = Math.abs(squareKilometres) < 10 ? 2 : 1;
  return formatter(language, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(squareKilometres);
}

export function formatPercent(language: Language, fraction: number): string {
  return formatter(language, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(fraction);
}

export function formatInteger(language: Language, value: number): string {
  return formatter(language, { maximumFractionDigits: 0 }).format(value);
}
