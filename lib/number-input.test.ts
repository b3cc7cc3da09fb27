import { describe, expect, it } from 'vitest';
import { parseNumberInput } from './number-input';

describe('parseNumberInput', () => {
  it.each([
    ['12500', 12_500],
    ['12,500', 12_500],
    ['1,234,567', 1_234_567],
    ['12 500', 12_500],
    ['12.5k', 12_500],
    ['12.5K', 12_500],
    ['1.2m', 1_200_000],
    ['2b', 2_000_000_000],
    ['2.5', 2.5],
    ['-3', -3],
    ['5%', 5],
    ['.5', 0.5],
    ['0', 0],
    ['1e5', 100_000],
    ['1e-7', 1e-7],
  ])('reads %j as %d', (raw, expected) => {
    expect(parseNumberInput(raw)).toBe(expected);
  });

  it.each(['', 'abc', '12,50', '1.2.3', 'k', 'NaN', 'Infinity', '--1', '12kk'])('rejects %j', (raw) => {
    expect(parseNumberInput(raw)).toBeNaN();
  });
});
