import { describe, expect, it } from 'vitest';
import { parsePresentationUrlState, parseUrlState, writePresentationUrlState, writeUrlState } from '../../src/state/urlState';
import { parseMapView, writeMapView } from '../../src/state/mapViewParameter';

describe('URL hash state', () => {
  it('round-trips zone, filters and language, keeping MapLibre\'s map= parameter in place', () => {
    const state = {
      selectedZoneId: 'binhai-eco-city',
      filters: { districts: ['西青区', '滨海新区'], kinds: ['scenario-area' as const], scenarios: ['bus', 'shared-car'] },
      language: 'en' as const,
    };
    const hash = writeUrlState('#map=9.5/39.1/117.4/0/0', state);
    expect(hash.startsWith('#map=9.5/39.1/117.4/0/0&')).toBe(true);
    expect(parseUrlState(hash)).toEqual(state);
  });

  it('leaves defaults out so a plain link stays plain', () => {
    const hash = writeUrlState('', { selectedZoneId: null, filters: { districts: [], kinds: [], scenarios: [] }, language: 'zh-CN' });
    expect(hash).toBe('');
  });

  it('removes a parameter when its value returns to the default', () => {
    const withZone = writeUrlState('#map=9/39/117', {
      selectedZoneId: 'a',
      filters: { districts: [], kinds: [], scenarios: [] },
      language: 'zh-CN',
    });
    expect(withZone).toBe('#map=9/39/117&zone=a');
    const cleared = writeUrlState(withZone, { selectedZoneId: null, filters: { districts: [], kinds: [], scenarios: [] }, language: 'zh-CN' });
    expect(cleared).toBe('#map=9/39/117');
  });

  it('ignores unknown kinds and languages instead of trusting the URL', () => {
    const state = parseUrlState('#kind=pilot-zone,<script>&lang=fr&zone=');
    expect(state.filters.kinds).toEqual(['pilot-zone']);
    expect(state.language).toBe('zh-CN');
    expect(state.selectedZoneId).toBeNull();
  });

  it('keeps ids with characters that need encoding intact', () => {
    const hash = writeUrlState('', { selectedZoneId: 'zone a&b=c', filters: { districts: [], kinds: [], scenarios: [] }, language: 'zh-CN' });
    expect(parseUrlState(hash).selectedZoneId).toBe('zone a&b=c');
  });
});

describe('what the hash carries is encoded and read back exactly', () => {
  const HOSTILE_IDS = [
    'evil&present=1&lang=en#step=x',
    'a=b',
    '100%',
    '%41%',
    'with space',
    'plus+sign',
    '西青区先导区',
    '__proto__',
    'constructor',
    'a,b',
    'slash/and?query',
    '😀 emoji',
  ];
  const noFilters = { districts: [], kinds: [], scenarios: [] };

  it.each(HOSTILE_IDS)('round-trips the zone id %j and adds no parameter of its own', (id) => {
    const hash = writeUrlState('#map=9/39.1/117.2', { selectedZoneId: id, filters: noFilters, language: 'zh-CN' });
    expect(hash.startsWith('#map=9/39.1/117.2&zone=')).toBe(true);
    expect(hash.slice(1).split('&')).toHaveLength(2);
    expect(hash.slice(1).includes('#')).toBe(false);
    expect(parseUrlState(hash)).toEqual({ selectedZoneId: id, filters: noFilters, language: 'zh-CN' });
    expect(parsePresentationUrlState(hash)).toEqual({ presenting: false, step: null, year: null });
    // Written again over itself (as every sync does), nothing changes.
    expect(writeUrlState(hash, parseUrlState(hash))).toBe(hash);
  });

  it('round-trips filters whose names hold commas, ampersands and Chinese, and a tour step', () => {
    const filters = { districts: ['滨海新区', 'a,b', 'x&y=z'], kinds: ['demo-zone' as const], scenarios: ['bus #1', '100%', '__proto__'] };
    const hash = writeUrlState('', { selectedZoneId: 'evil&present=1', filters, language: 'en' });
    expect(parseUrlState(hash)).toEqual({ selectedZoneId: 'evil&present=1', filters, language: 'en' });
    const presenting = writePresentationUrlState(hash, { presenting: true, step: 'evil&step=timeline#x', year: 2022 });
    expect(parsePresentationUrlState(presenting)).toEqual({ presenting: true, step: 'evil&step=timeline#x', year: 2022 });
    expect(parseUrlState(presenting)).toEqual({ selectedZoneId: 'evil&present=1', filters, language: 'en' });
  });

  it('keeps the camera in map= beside encoded parameters, as MapLibre wrote it', () => {
    const hash = writeUrlState('', { selectedZoneId: 'a&b', filters: noFilters, language: 'zh-CN' });
    const withView = writeMapView(hash, { zoom: 10.234, latitude: 39.123456, longitude: 117.654321, bearingDegrees: 0, pitchDegrees: 0 });
    expect(withView).toBe('#map=10.23/39.1235/117.6543&zone=a%26b');
    expect(parseMapView(withView)).toEqual({ zoom: 10.23, latitude: 39.1235, longitude: 117.6543, bearingDegrees: 0, pitchDegrees: 0 });
    expect(parseUrlState(withView).selectedZoneId).toBe('a&b');
    expect(writeMapView('#map=1/2/3&zone=a%26b', { zoom: 9, latitude: 39, longitude: 117, bearingDegrees: 12.34, pitchDegrees: 30.4 })).toBe('#map=9/39/117/12.3/30&zone=a%26b');
    expect(parseMapView('#map=9/95/117')).toBeNull();
    expect(parseMapView('#map=9/x/117')).toBeNull();
  });

  it('ignores a malformed escape rather than failing', () => {
    expect(parseUrlState('#zone=%E4%B8&lang=en')).toEqual({ selectedZoneId: null, filters: noFilters, language: 'en' });
  });
});
