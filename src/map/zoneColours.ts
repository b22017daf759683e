import type { ZoneKind } from '../domain/zone';

type Rgb = [number, number, number];

/**
 * One colour per zone kind (Okabe–Ito hues, distinguishable with the common colour-vision
 * deficiencies). Fills are translucent so overlaps show as darker areas.
 */
export const ZONE_KIND_COLOURS: Record<ZoneKind, Rgb> = {
  'pilot-zone': [0, 114, 178],
  'demo-zone': [213, 94, 0],
  'scenario-area': [0, 158, 115],
};

const UNKNOWN_KIND_COLOUR: Rgb = [120, 120, 120];

export function zoneKindColour(kind: string): Rgb {
  return Object.hasOwn(ZONE_KIND_COLOURS, kind) ? (ZONE_KIND_COLOURS as Record<string, Rgb>)[kind]! : UNKNOWN_KIND_COLOUR;
}

export function cssColour([red, green, blue]: Rgb, alpha = 1): string {
  return `rgba(${red}, ${green}, ${blue}, ${alpha})`;
}
