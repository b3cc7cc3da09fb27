import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/engine-translator';
import { issueMessage } from '@/lib/validation-words';
import { creatorProfileSchema, DEFAULT_PROFILE, OPTIONAL_TEXT_FIELDS, PROFILE_FIELDS, WHOLE_NUMBER_FIELDS } from './index';

/** What is wrong with `input`, in English words. */
function issuesOf(input: unknown): string[] {
  const result = creatorProfileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issueMessage(translatorFor('en', 'validation'), issue));
}

describe('creatorProfileSchema', () => {
  it('fills every field with a default, so an empty profile parses', () => {
    expect(creatorProfileSchema.parse({})).toEqual(DEFAULT_PROFILE);
  });

  it('lists the same fields, in the same order, as the defaults the first page load uses', () => {
    expect(PROFILE_FIELDS).toEqual(Object.keys(creatorProfileSchema.shape));
  });

  it('takes decimals exactly where the field is not a whole-number field', () => {
    for (const field of PROFILE_FIELDS) {
      if (typeof DEFAULT_PROFILE[field] === 'number' || (DEFAULT_PROFILE[field] === undefined && !OPTIONAL_TEXT_FIELDS.has(field))) {
        const accepted = creatorProfileSchema.shape[field].safeParse(1.5).success;
        expect([field, accepted]).toEqual([field, !WHOLE_NUMBER_FIELDS.has(field)]);
      }
    }
  });

  it('always respects an explicit value, including zero and false', () => {
    const parsed = creatorProfileSchema.parse({ followers: 0, goodStanding: false, followerGrowth: 0, liveHours: 0 });
    expect(parsed).toMatchObject({ followers: 0, goodStanding: false, followerGrowth: 0, liveHours: 0 });
  });

  it('upper-cases country codes and rejects codes that do not exist', () => {
    expect(creatorProfileSchema.parse({ country: 'gb' }).country).toBe('GB');
    expect(issuesOf({ country: 'XX' })).toEqual([
      "country must be an ISO 3166-1 alpha-2 country code such as US, GB or NL; got 'XX'",
    ]);
    expect(issuesOf({ country: 'UK' })).toHaveLength(1);
  });

  it('names the field, the value and what is allowed', () => {
    expect(issuesOf({ followers: -5 })).toEqual(['followers must be a whole number from 0 to 2,000,000,000; got -5']);
    expect(issuesOf({ followers: 1.5 })).toEqual(['followers must be a whole number from 0 to 2,000,000,000; got 1.5']);
    expect(issuesOf({ accountType: 'creator' })).toEqual(["accountType must be one of personal, business; got 'creator'"]);
    expect(issuesOf({ viewGrowth: Infinity })[0]).toContain('viewGrowth must be a number from -100 to 1,000');
  });

  it('takes an audience as country shares and names the problem with a bad one', () => {
    expect(creatorProfileSchema.parse({ audience: 'gb:20,US:55' }).audience).toBe('US:55,GB:20');
    expect(issuesOf({ audience: 'XX:50' })).toEqual([
      "audience must be country shares such as US:55,GB:20 (ISO codes, whole percent, at most 100 in all), or left out (one code is not an ISO country code); got 'XX:50'",
    ]);
    expect(issuesOf({ audience: 'US:60,GB:50' })[0]).toContain('the shares add up to more than 100');
    expect(issuesOf({ audience: 'US:55.5' })[0]).toContain('a colon and a whole percent');
    expect(issuesOf({ audience: 55 })[0]).toMatch(/^audience must be/);
  });

  it("fills a left-out currency from the country and always respects one given", () => {
    expect(creatorProfileSchema.parse({ country: 'BR' }).currency).toBe('BRL');
    expect(creatorProfileSchema.parse({ country: 'jp' }).currency).toBe('JPY');
    expect(creatorProfileSchema.parse({ country: 'DE' }).currency).toBe('EUR');
    expect(creatorProfileSchema.parse({ country: 'BG' }).currency).toBe('EUR');
    expect(creatorProfileSchema.parse({ country: 'MX' }).currency).toBe('MXN');
    expect(creatorProfileSchema.parse({ country: 'AU' }).currency).toBe('AUD');
    expect(creatorProfileSchema.parse({ country: 'KR' }).currency).toBe('KRW');
    expect(creatorProfileSchema.parse({ country: 'GB' }).currency).toBe('GBP');
    expect(creatorProfileSchema.parse({ country: 'NG' }).currency).toBe('USD');
    expect(creatorProfileSchema.parse({ country: 'BR', currency: 'EUR' }).currency).toBe('EUR');
    expect(issuesOf({ currency: 'BTC' })).toEqual([
      "currency must be one of USD, EUR, GBP, BRL, MXN, JPY, KRW, CAD, AUD; got 'BTC'",
    ]);
  });

  it('rejects unknown fields by name', () => {
    expect(issuesOf({ folowers: 10 })).toEqual(["unknown field 'folowers'; see /api/schema for the fields allowed"]);
  });

  it('rejects a value that is not an object', () => {
    expect(issuesOf('followers=10')).toEqual(["the profile must be an object of fields; got 'followers=10'"]);
  });
});
