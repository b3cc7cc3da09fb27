import { describe, expect, it } from 'vitest';
import { countTier, DISPLAY_WORDS, displayFor, roundEstimate } from './display';
import { LOCALES } from './rules/locales';

const en = displayFor('en');
const nl = displayFor('nl');

describe('money display', () => {
  it('writes every currency with Intl, yen and won without decimals, rounded to suit the size', () => {
    expect(en.formatMoney(3127.48, 'JPY')).toBe('JPY 3,100');
    expect(en.exactMoney(3127.48, 'JPY')).toBe('JPY 3,127');
    expect(en.exactMoney(3127.48, 'KRW')).toBe('KRW 3,127');
    expect(nl.formatMoney(1_288_889, 'KRW')).toBe('KRW 1.300.000');
    expect(en.formatRange({ low: 31_000, expected: 52_000, high: 88_400 }, 'JPY')).toBe('JPY 31,000–88,000');
    expect(en.exactMoney(12.5, 'BRL')).toBe('BRL 12.50');
    expect(nl.exactMoney(12.5, 'MXN')).toBe('MXN 12,50');
    expect(en.formatMoney(312.47, 'CAD')).toBe('CAD 310');
    expect(en.formatMoney(2.58, 'AUD')).toBe('AUD 3');
    expect(en.formatStepValue(155.3, 'JPY')).toBe('JPY 155');
  });

  it('rounds to two significant digits', () => {
    expect(roundEstimate(312.47)).toBe(310);
    expect(roundEstimate(818.93)).toBe(820);
    expect(roundEstimate(2.58)).toBe(3);
    expect(roundEstimate(0)).toBe(0);
  });

  it('shows ranges with the currency code', () => {
    expect(en.formatRange({ low: 312.47, expected: 500, high: 818.93 }, 'EUR')).toBe('EUR 310–820');
    expect(en.formatRange({ low: 0.2, expected: 0.5, high: 3.2 }, 'USD')).toBe('USD 0–3');
    expect(en.formatRange({ low: 0.01, expected: 0.05, high: 0.3 }, 'USD')).toBe('under USD 1');
    expect(en.formatRange({ low: 0, expected: 0, high: 0 }, 'GBP')).toBe('GBP 0');
    // The creator's own earnings make every factor exact: one amount, not "EUR 43–43".
    expect(en.formatRange({ low: 43.2, expected: 43.2, high: 43.2 }, 'EUR')).toBe('EUR 43');
    expect(en.formatRange({ low: 1_210, expected: 1_220, high: 1_230 }, 'EUR')).toBe('EUR 1,200');
    expect(en.formatMoney(12_345, 'USD')).toBe('USD 12,000');
  });

  it('writes money the way each language does', () => {
    expect(en.exactMoney(1234.5, 'EUR')).toBe('EUR 1,234.50');
    expect(nl.exactMoney(1234.5, 'EUR')).toBe('EUR 1.234,50');
    expect(nl.formatMoney(12_345, 'EUR')).toBe('EUR 12.000');
    expect(nl.formatRange({ low: 1_212, expected: 2_000, high: 3_456 }, 'EUR')).toBe('EUR 1.200–3.500');
    expect(nl.formatRange({ low: 0.01, expected: 0.05, high: 0.3 }, 'USD')).toBe('minder dan USD 1');
    expect(nl.formatStepValue(0.63, 'USD')).toBe('USD 0,63');
    expect(nl.formatStepValue(0.4, 'share')).toBe('40%');
  });

  it('writes dates and waits in each language', () => {
    expect(en.formatDate('2026-11-26')).toBe('Nov 26, 2026');
    expect(nl.formatDate('2026-11-26')).toBe('26 nov 2026');
    expect(en.formatMonths(3)).toBe('in about 3 months');
    expect(nl.formatMonths(1)).toBe('over ongeveer 1 maand');
    expect(nl.formatMonths(36)).toBe('over ongeveer 3 jaar');
    expect(nl.monthLabel('2026-11-26', 2)).toBe("jan '27");
  });

  it('has the same display words in every language', () => {
    expect(Object.keys(DISPLAY_WORDS.nl).sort()).toEqual(Object.keys(DISPLAY_WORDS.en).sort());
  });
});

describe('countTier', () => {
  it('puts counts in bands', () => {
    expect(countTier(23_000)).toBe('10K–50K');
    expect(countTier(999)).toBe('0–1K');
    expect(countTier(1_000_000)).toBe('1M–5M');
    expect(countTier(200_000_000)).toBe('100M+');
  });
});

describe('dates', () => {
  it('are written with the month short, as the page writes them in both languages', () => {
    const dates = LOCALES.map((locale) => displayFor(locale).formatDate('2027-03-01'));
    expect(dates).toEqual(['Mar 1, 2027', '1 mrt 2027']);
  });
});
