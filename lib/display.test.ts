import { describe, expect, it } from 'vitest';
import { countTier, formatMoney, formatRange, roundEstimate } from './display';

describe('money display', () => {
  it('rounds to two significant digits', () => {
    expect(roundEstimate(312.47)).toBe(310);
    expect(roundEstimate(818.93)).toBe(820);
    expect(roundEstimate(2.58)).toBe(3);
    expect(roundEstimate(0)).toBe(0);
  });

  it('shows ranges with the currency code', () => {
    expect(formatRange({ low: 312.47, expected: 500, high: 818.93 }, 'EUR')).toBe('EUR 310–820');
    expect(formatRange({ low: 0.2, expected: 0.5, high: 3.2 }, 'USD')).toBe('USD 0–3');
    expect(formatRange({ low: 0.01, expected: 0.05, high: 0.3 }, 'USD')).toBe('under USD 1');
    expect(formatRange({ low: 0, expected: 0, high: 0 }, 'GBP')).toBe('GBP 0');
    expect(formatMoney(12_345, 'USD')).toBe('USD 12,000');
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
