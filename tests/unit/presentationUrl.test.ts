import { describe, expect, it } from 'vitest';
import { parsePresentationUrlState, parseUrlState, writePresentationUrlState, writeUrlState } from '../../src/state/urlState';

describe('presenter URL parameters', () => {
  it('names the step beside MapLibre\'s map= and the other parameters, and reads it back', () => {
    const hash = writePresentationUrlState('#map=10.2/39.08/117.05&zone=xiqing-pilot-zone', { presenting: true, step: 'xiqing-pilot-zone', year: null });
    expect(hash).toBe('#map=10.2/39.08/117.05&zone=xiqing-pilot-zone&present=1&step=xiqing-pilot-zone');
    expect(parsePresentationUrlState(hash)).toEqual({ presenting: true, step: 'xiqing-pilot-zone', year: null });
    expect(parseUrlState(hash).selectedZoneId).toBe('xiqing-pilot-zone');
  });

  it('carries the timeline year', () => {
    const hash = writePresentationUrlState('#map=9/39/117', { presenting: true, step: 'timeline', year: 2022 });
    expect(hash).toBe('#map=9/39/117&present=1&step=timeline&year=2022');
    expect(parsePresentationUrlState(hash)).toEqual({ presenting: true, step: 'timeline', year: 2022 });
  });

  it('a step alone opens presenter mode; ?present=1 in the query does too', () => {
    expect(parsePresentationUrlState('#step=binhai-eco-city').presenting).toBe(true);
    expect(parsePresentationUrlState('', '?present=1')).toEqual({ presenting: true, step: null, year: null });
    expect(parsePresentationUrlState('#map=9/39/117', '?lang=en')).toEqual({ presenting: false, step: null, year: null });
  });

  it('leaving presenter mode removes present and step, keeping everything else', () => {
    const presenting = '#map=9/39/117&zone=a&present=1&step=a';
    expect(writePresentationUrlState(presenting, { presenting: false, step: 'a', year: null })).toBe('#map=9/39/117&zone=a');
    expect(writePresentationUrlState('', { presenting: false, step: 'overview', year: null })).toBe('');
  });

  it('the two writers compose: each keeps the other\'s parameters', () => {
    let hash = writePresentationUrlState('#map=9/39/117', { presenting: true, step: 'b', year: null });
    hash = writeUrlState(hash, { selectedZoneId: 'b', filters: { districts: [], kinds: [], scenarios: [] }, language: 'en' });
    expect(parsePresentationUrlState(hash)).toEqual({ presenting: true, step: 'b', year: null });
    expect(hash.startsWith('#map=9/39/117&')).toBe(true);
  });

  it('ignores a malformed year and an overlong step', () => {
    expect(parsePresentationUrlState('#year=20x2').year).toBeNull();
    expect(parsePresentationUrlState('#year=99999').year).toBeNull();
    expect(parsePresentationUrlState(`#step=${'a'.repeat(500)}`)).toEqual({ presenting: false, step: null, year: null });
  });

  it('keeps a step name with characters that need encoding intact', () => {
    const hash = writePresentationUrlState('', { presenting: true, step: 'zone a&b=c', year: null });
    expect(parsePresentationUrlState(hash).step).toBe('zone a&b=c');
  });
});
