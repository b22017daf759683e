/**
 * Colours of the embedded offline basemap. Muted so the zone colours carry the meaning; the sea
 * is tinted so Bohai Bay reads as water on a washed-out projector too.
 */
export interface BasemapTheme {
  sea: string;
  contextLand: string;
  contextOutline: string;
  contextLabel: string;
  district: string;
  districtOutline: string;
  districtLabel: string;
  districtLabelHalo: string;
  zoneLabel: string;
  zoneLabelHalo: string;
  /** The selected zone's outline, drawn over its kind's. */
  selectedZoneOutline: string;
}

export const LIGHT_THEME: BasemapTheme = {
  sea: '#bcd6e6',
  contextLand: '#ece8df',
  contextOutline: '#c9c2b4',
  contextLabel: '#8a8478',
  district: '#f8f6f1',
  districtOutline: '#8d96a3',
  districtLabel: '#4a5260',
  districtLabelHalo: '#f8f6f1',
  zoneLabel: '#1d2430',
  zoneLabelHalo: '#ffffff',
  selectedZoneOutline: '#141820',
};

/**
 * Presenter mode's theme: dark land, near-black sea and bright outlines and type. A projector
 * washes out dark greys and pale tints first, so land and sea differ in lightness as well as hue,
 * labels are near-white with black halos, and district outlines stay light enough to read.
 */
export const DARK_THEME: BasemapTheme = {
  sea: '#06121f',
  contextLand: '#1b2029',
  contextOutline: '#4a5566',
  contextLabel: '#aab4c3',
  district: '#252c38',
  districtOutline: '#9aa8bc',
  districtLabel: '#f2f5fa',
  districtLabelHalo: '#0b0f16',
  zoneLabel: '#ffffff',
  zoneLabelHalo: '#000000',
  selectedZoneOutline: '#ffffff',
};
