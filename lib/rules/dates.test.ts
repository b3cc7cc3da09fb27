import { describe, expect, it } from 'vitest';
import { addMonths, monthsUntil } from './dates';

describe('dates', () => {
  it('adds months, clamping the day to the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-26', 2)).toBe('2027-01-26');
  });

  it('counts whole months until a date, 0 when it has passed', () => {
    expect(monthsUntil('2025-07-15', '2025-10-01')).toBe(3);
    expect(monthsUntil('2025-07-01', '2025-10-01')).toBe(3);
    expect(monthsUntil('2025-07-02', '2025-10-01')).toBe(3);
    expect(monthsUntil('2025-10-01', '2025-10-01')).toBe(0);
    expect(monthsUntil('2026-01-01', '2025-10-01')).toBe(0);
  });
});
