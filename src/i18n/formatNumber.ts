import type { Language } from './translate';

const SQUARE_METRES_PER_SQUARE_KILOMETRE = 1e6;

/**
 * km² for display, with the locale's grouping: one decimal (0.1 km² is the size of a few city
 * blocks), two below 10 km² so small zones keep three significant figures.
 */
export function formatSquareKilometres(language: Language, areaSquareMetres: number): string {
  const squareKilometres = areaSquareMetres / SQUARE_METRES_PER_SQUARE_KILOMETRE;
  const fractionDigits = Math.abs(squareKilometres) < 10 ? 2 : 1;
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
