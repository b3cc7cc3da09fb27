import { describe, expect, it } from 'vitest';
import { EVIDENCE_ENGLISH, NOTICE_ENGLISH } from './english';
import { EVIDENCE_CODES, NOTICE_CODES } from './types';

// Every value key any code uses, so each sentence can be checked whole.
const SAMPLE_VALUES = {
  ...{ field: 'views30d', days: 27, needed: 57, reason: 'zero-views', size: 500, limit: 10, count: 2, names: 'Atlantis', more: 3 },
  ...{ sum: 1000, latest: 900, previous: 800, previousDays: 29, first: 10, last: 20, likes: 5, comments: 1, shares: 1, views: 100 },
  ...{ countries: 3, rest: 15, total: 8, available: 59, to: '2026-08-16', date: '2026-08-17', row: 3, column: 2, entries: 4 },
  ...{ found: 2, expected: 6, format: 'xlsx', kind: 'overview', part: 'videos', value: 1500, min: 0, max: 100, skipped: 150 },
};

describe('the English wording', () => {
  it('has a sentence for every notice code and every evidence code, and no others', () => {
    expect(Object.keys(NOTICE_ENGLISH).sort()).toEqual([...NOTICE_CODES].sort());
    expect(Object.keys(EVIDENCE_ENGLISH).sort()).toEqual([...EVIDENCE_CODES].sort());
  });

  it('lists each code once', () => {
    expect(new Set(NOTICE_CODES).size).toBe(NOTICE_CODES.length);
    expect(new Set(EVIDENCE_CODES).size).toBe(EVIDENCE_CODES.length);
  });

  it('words every code as a whole sentence, and does not fail on missing values', () => {
    for (const words of [...Object.values(NOTICE_ENGLISH), ...Object.values(EVIDENCE_ENGLISH)]) {
      expect(words(SAMPLE_VALUES)).toMatch(/^[A-Z0-9"].*\.$/s);
      expect(words(SAMPLE_VALUES)).not.toMatch(/undefined|NaN|\[object/);
      expect(typeof words({})).toBe('string');
    }
  });

  it('names fields in words, and groups numbers', () => {
    expect(NOTICE_ENGLISH['short-range'](SAMPLE_VALUES)).toBe(
      'Views in 30 days needs at least 57 days with numbers and this file has 27, so it was not filled. A longer export (60 days) gives it.',
    );
    expect(EVIDENCE_ENGLISH['scaled-to-30']({ sum: 129_058, days: 28 })).toBe('129,058 video views in 28 days, scaled to 30 days.');
  });
});
