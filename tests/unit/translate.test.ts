import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { formatSquareKilometres } from '../../src/i18n/formatNumber';
import { translate } from '../../src/i18n/translate';
import { zhCN } from '../../src/i18n/zh-CN';

describe('UI strings', () => {
  it('has every Chinese message in English too, with the same parameters', () => {
    for (const key of Object.keys(zhCN) as Array<keyof typeof zhCN>) {
      const parameters = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(en[key], key).toBeTruthy();
      expect(parameters(en[key]), key).toEqual(parameters(zhCN[key]));
    }
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'coverage.total', { union: '612.3' })).toBe('612.3 平方公里');
    expect(translate('en', 'coverage.total', {})).toBe('{union} km²');
  });

  it('formats km² for the locale', () => {
    expect(formatSquareKilometres('zh-CN', 612_345_678)).toBe('612.3');
    expect(formatSquareKilometres('en', 1_234_567_890)).toBe('1,234.6');
    expect(formatSquareKilometres('en', 12_345_678)).toBe('12.3');
    expect(formatSquareKilometres('en', 2_345_678)).toBe('2.35');
  });
});
