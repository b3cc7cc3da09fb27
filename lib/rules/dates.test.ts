import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, lastDayOfMonth, monthAfter, monthsUntil } from './dates';

/** The same sums done by `Date`, which the integer arithmetic replaced. */
const byDate = {
  addDays(isoDate: string, days: number) {
    const date = new Date(`${isoDate}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  },
  lastDayOfMonth(yearMonth: string) {
    const date = new Date(`${yearMonth}-01T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() + 1, 0);
    return date.toISOString().slice(0, 10);
  },
  addMonths(isoDate: string, months: number) {
    const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
    const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
    const date = new Date(Date.UTC(year, month - 1 + months, Math.min(day, last)));
    return date.toISOString().slice(0, 10);
  },
};

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('dates', () => {
  it('adds months, clamping the day to the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-26', 2)).toBe('2027-01-26');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('finds the last day of a month', () => {
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2000-02')).toBe('2000-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
  });

  it('agrees with Date for any date and offset', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -4000, max: 4000 }), fc.integer({ min: 0, max: 240 }), (date, days, months) => {
        expect(addDays(date, days)).toBe(byDate.addDays(date, days));
        expect(addMonths(date, months)).toBe(byDate.addMonths(date, months));
        expect(lastDayOfMonth(date.slice(0, 7))).toBe(byDate.lastDayOfMonth(date.slice(0, 7)));
        expect(monthAfter(date, months)).toBe(byDate.addMonths(`${date.slice(0, 7)}-01`, months).slice(0, 7));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts whole months until a date, 0 when it has passed', () => {
    expect(monthsUntil('2025-07-15', '2025-10-01')).toBe(3);
    expect(monthsUntil('2025-07-01', '2025-10-01')).toBe(3);
    expect(monthsUntil('2025-07-02', '2025-10-01')).toBe(3);
    expect(monthsUntil('2025-10-01', '2025-10-01')).toBe(0);
    expect(monthsUntil('2026-01-01', '2025-10-01')).toBe(0);
  });
});
