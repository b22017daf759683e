import { describe, expect, it } from 'vitest';
import { parseUrlState, writeUrlState } from '../../src/state/urlState';

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
