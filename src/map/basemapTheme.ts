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
};
