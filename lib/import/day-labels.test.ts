import { describe, expect, it } from 'vitest';
import { readDayLabels } from './day-labels';
import { dayNumber, isoDate } from './iso-dates';
import { DATE_LOCALES } from './months';
import { dateRows } from './row-dates';

const read = (labels: string[]) => readDayLabels(labels).map((label) => (label ? `${label.month}/${label.day}` : null));

describe('reading Studio date labels', () => {
  it.each([
    ['English', ['August 9', 'Aug 10']],
    ['Portuguese', ['9 de agosto', '10 de ago.']],
    ['Vietnamese, the month spelled as a word', ['9 tháng Tám', '10 tháng tám']],
    ['Vietnamese, the month as Intl writes it', ['9 tháng 8', '10 thg 8']],
    ['Greek, genitive', ['9 Αυγούστου', '10 αυγουστου']],
    ['Russian, genitive', ['9 августа', '10 авг.']],
    ['Polish, genitive', ['9 sierpnia', '10 sie']],
    ['German', ['9. August', '10. Aug.']],
    ['Japanese', ['8月9日', '8月10日']],
    ['Korean', ['8월 9일', '8월 10일']],
    ['Arabic with Arabic-Indic digits', ['٩ أغسطس', '١٠ أغسطس']],
    ['Thai', ['9 ส.ค.', '10 สิงหาคม']],
    ['Hebrew, the month joined to its preposition', ['9 באוגוסט', '10 באוג׳']],
    ['ISO dates', ['2025-08-09', '2025-08-10']],
  ])('reads %s', (_, labels) => {
    expect(read(labels)).toEqual(['8/9', '8/10']);
  });

  it('reads every spelled Vietnamese month, eleven and twelve included', () => {
    const months = ['Một', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Mười Hai'];
    expect(read(months.map((month) => `18 tháng ${month}`))).toEqual(months.map((_, i) => `${i + 1}/18`));
  });

  it('lets the language that reads most of a file decide a name two languages share', () => {
    // "listopad" is November in Czech and October in Croatian; "prosinec" (December) is only Czech.
    expect(read(['30 listopadu', '1 prosince'])).toEqual(['11/30', '12/1']);
    expect(read(['31. listopada', '1. studenoga'])).toEqual(['10/31', '11/1']);
  });

  it("reads the long dates of every language the runtime's Intl has", () => {
    const dates = Array.from({ length: 53 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i * 7)));
    const expected = dates.map((date) => `${date.getUTCMonth() + 1}/${date.getUTCDate()}`);
    for (const locale of Intl.DateTimeFormat.supportedLocalesOf([...DATE_LOCALES])) {
      const format = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' });
      expect([locale, read(dates.map((date) => format.format(date)))]).toEqual([locale, expected]);
    }
  });

  it('gives null for labels it cannot read', () => {
    expect(read(['', 'Tag 5', '99 August', 'undefined'])).toEqual([null, null, null, null]);
  });
});

describe('dating rows', () => {
  const today = dayNumber('2026-01-03');
  const labels = (...pairs: [number, number][]) => pairs.map(([month, day]) => ({ month, day }));
  const iso = (result: ReturnType<typeof dateRows>) => (result.status === 'inconsistent' ? result : result.days.map(isoDate));

  it('carries consecutive days from December into January', () => {
    expect(iso(dateRows(labels([12, 31], [1, 1], [1, 2]), today, 2))).toEqual(['2025-12-31', '2026-01-01', '2026-01-02']);
  });

  it('puts a date later than today in last year', () => {
    expect(iso(dateRows(labels([1, 4], [1, 5]), today, 1))).toEqual(['2025-01-04', '2025-01-05']);
  });

  it('dates rows whose labels could not be read from the readable ones', () => {
    expect(iso(dateRows([null, { month: 1, day: 1 }, null], today, 2))).toEqual(['2025-12-31', '2026-01-01', '2026-01-02']);
  });

  it('falls back on days ending two days before today when no label is readable', () => {
    const result = dateRows([null, null, null], today, 1);
    expect(result.status).toBe('fallback');
    expect(iso(result)).toEqual(['2025-12-31', '2026-01-01', '2026-01-02']);
  });

  it('finds 29 February in the latest leap year', () => {
    expect(iso(dateRows(labels([2, 29], [3, 1]), dayNumber('2026-03-10'), 1))).toEqual(['2024-02-29', '2024-03-01']);
  });

  it('says which row breaks the run of consecutive days', () => {
    expect(dateRows(labels([12, 30], [12, 1], [1, 1]), today, 2)).toEqual({ status: 'inconsistent', row: 1 });
  });
});
