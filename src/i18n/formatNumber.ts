import type { Language } from './translate';

const SQUARE_METRES_PER_SQUARE_KILOMETRE = 1e6;

/** km² for display, with the locale's grouping: 2 decimals below 100 km², 1 above. */
export function formatSquareKilometres(language: Language, areaSquareMetres: number): string {
  const squareKilometres = areaSquareMetres / SQUARE_METRES_PER_SQUARE_KILOMETRE;
  const fractionDigits = Math.abs(squareKilometres) < 100 ? 2 : 1;
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(squareKilometres);
}

export function formatPercent(language: Language, fraction: number): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(fraction);
}

export function formatInteger(language: Language, value: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
}
