import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creatorProfileSchema, CURRENCIES, DEFAULT_PROFILE, type CreatorProfile, type Locale } from '@/lib/rules';
import { translatorFor } from './engine-translator';
import { buildProfileQuery, type QueryInput } from './profile-text';
import { parseField, parseProfileQuery } from './share-link';

/** A link read as the page in `locale` reads it, its messages in that language. */
const readLink = (query: QueryInput, locale: Locale = 'en') => parseProfileQuery(query, locale, translatorFor(locale, 'validation'));

describe('share links', () => {
  it('leaves fields at their default out of the link', () => {
    expect(buildProfileQuery(DEFAULT_PROFILE)).toBe('');
    expect(buildProfileQuery({ ...DEFAULT_PROFILE, followers: 12_500, country: 'NL', currency: 'EUR' }, '2026-11-26')).toBe(
      'country=NL&followers=12500&v=2026-11-26',
    );
  });

  it("takes the country's currency when the link names none, in every language, and keeps one it names", () => {
    for (const locale of ['en', 'nl'] as const) {
      expect(readLink(new URLSearchParams('country=BR'), locale).profile.currency).toBe('BRL');
      expect(readLink(new URLSearchParams('country=JP'), locale).profile.currency).toBe('JPY');
      expect(readLink(new URLSearchParams('country=NL'), locale).profile.currency).toBe('EUR');
      expect(readLink(new URLSearchParams('country=CA'), locale).profile.currency).toBe('CAD');
      expect(readLink(new URLSearchParams('country=IN'), locale).profile.currency).toBe('USD');
      expect(readLink(new URLSearchParams('country=BR&currency=USD'), locale).profile.currency).toBe('USD');
      // A bad currency is reported and the country's used instead.
      const bad = readLink(new URLSearchParams('country=KR&currency=XYZ'), locale);
      expect(bad.profile.currency).toBe('KRW');
      expect(bad.issues.map((issue) => issue.field)).toEqual(['currency']);
    }
    // The link leaves out the country's own currency and keeps any other.
    expect(buildProfileQuery(creatorProfileSchema.parse({ country: 'BR' }))).toBe('country=BR');
    expect(buildProfileQuery(creatorProfileSchema.parse({ country: 'BR', currency: 'USD' }))).toBe('country=BR&currency=USD');
  });

  it('reads numbers the way people type them', () => {
    expect(readLink(new URLSearchParams('followers=12.5k&views30d=1,200,000')).profile).toMatchObject({
      followers: 12_500,
      views30d: 1_200_000,
    });
  });

  it('ignores unknown parameters and uses the first of repeated ones', () => {
    const parsed = readLink(new URLSearchParams('utm_source=x&followers=5&followers=7'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.profile.followers).toBe(5);
  });

  it('reports a bad value, names the parameter and uses the default', () => {
    const parsed = readLink({ followers: 'abc', country: 'XX', goodStanding: 'maybe' });
    expect(parsed.profile.followers).toBe(DEFAULT_PROFILE.followers);
    expect(parsed.issues).toEqual([
      { field: 'country', message: "country must be an ISO 3166-1 alpha-2 country code such as US, GB or NL; got 'XX'", fallback: 'US' },
      { field: 'followers', message: "followers must be a whole number from 0 to 2,000,000,000; got 'abc'", fallback: '1,000' },
      { field: 'goodStanding', message: "goodStanding must be true or false; got 'maybe'", fallback: 'true' },
    ]);
  });

  it('reports bad values in Dutch on a Dutch page, but reads numbers in the URL the same in every language', () => {
    const parsed = readLink({ followers: 'veel', views30d: '1.5', accountAgeDays: '1,200' }, 'nl');
    expect(parsed.issues).toEqual([
      { field: 'followers', message: "followers moet een heel getal van 0 tot en met 2.000.000.000 zijn; kreeg 'veel'", fallback: '1.000' },
      { field: 'views30d', message: 'views30d moet een heel getal van 0 tot en met 1.000.000.000.000 zijn; kreeg 1.5', fallback: '20.000' },
    ]);
    expect(parsed.profile.accountAgeDays).toBe(1_200);
  });

  it('reads numbers typed into a Dutch form the Dutch way', () => {
    const read = (field: 'followers' | 'followerGrowth' | 'productPrice', text: string, locale: Locale = 'nl') =>
      parseField(field, text, translatorFor(locale, 'validation'), locale);
    expect(read('followers', '12.500')).toEqual({ ok: true, value: 12_500 });
    expect(read('followers', '12,5k')).toEqual({ ok: true, value: 12_500 });
    expect(read('followerGrowth', '2,5')).toEqual({ ok: true, value: 2.5 });
    expect(read('followerGrowth', '2.5')).toEqual({ ok: true, value: 2.5 });
    expect(read('productPrice', '1.234,50')).toEqual({ ok: true, value: 1234.5 });
    expect(read('productPrice', '1,234.50', 'en')).toEqual({ ok: true, value: 1234.5 });
  });

  it('reads the ruleset version the link was made with', () => {
    expect(readLink({ v: '2026-01-01' }).version).toBe('2026-01-01');
    expect(readLink({ v: '<script>' }).version).toBeUndefined();
    // Shaped like a date but not one: ignored, never passed on to a date formatter (it threw: a 500).
    for (const v of ['2026-13-45', '0000-00-00', '2026-00-10', '9999-99-99', '2026-02-30']) {
      expect(readLink({ v }).version, v).toBeUndefined();
    }
    expect(readLink({ v: '2024-02-29' }).version).toBe('2024-02-29');
  });

  it('gives back the same profile after building a link from any valid profile and parsing it', () => {
    const profile = fc.record({
      age: fc.integer({ min: 13, max: 120 }),
      country: fc.constantFrom('US', 'GB', 'NL', 'KR', 'MX', 'de', 'fr', 'BR', 'JP', 'CA', 'AU', 'IN'),
      followers: fc.integer({ min: 0, max: 2_000_000_000 }),
      views30d: fc.integer({ min: 0, max: 1_000_000_000_000 }),
      accountType: fc.constantFrom('personal', 'business'),
      goodStanding: fc.boolean(),
      followerGrowth: fc.double({ min: -100, max: 1_000, noNaN: true, noDefaultInfinity: true }),
      engagementRate: fc.double({ min: 0, max: 100, noNaN: true }),
      productPrice: fc.double({ min: 0, max: 1_000_000, noNaN: true }),
      currency: fc.option(fc.constantFrom(...CURRENCIES), { nil: undefined }),
    });
    fc.assert(
      fc.property(profile, (partial) => {
        const parsed: CreatorProfile = creatorProfileSchema.parse(partial);
        const back = readLink(new URLSearchParams(buildProfileQuery(parsed, '2026-11-26')));
        expect(back.issues).toEqual([]);
        expect(back.profile).toEqual(parsed);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary query strings and always gives a valid profile', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.dictionary(fc.string(), fc.string()), (raw, record) => {
        for (const query of [new URLSearchParams(raw), record]) {
          const parsed = readLink(query);
          expect(creatorProfileSchema.safeParse(parsed.profile).success).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('whole-number fields', () => {
  it('read "12.500" as 12,500 but keep "12.5" as a decimal where decimals are allowed', () => {
    const parsed = readLink({ followers: '12.500', followerGrowth: '2.500' });
    expect(parsed.profile.followers).toBe(12_500);
    expect(parsed.profile.followerGrowth).toBe(2.5);
  });
});

describe('optional numbers (what you earned last month)', () => {
  it('reads an empty value as not given and keeps 0 as a real answer', () => {
    expect(readLink({ myRpm: '' })).toMatchObject({ issues: [], profile: { myRpm: undefined } });
    expect(readLink({ myRpm: '0' }).profile.myRpm).toBe(0);
    expect(readLink({ myRpm: '0.8' }).profile.myRpm).toBe(0.8);
  });

  it('puts only given numbers in the link', () => {
    expect(buildProfileQuery({ ...DEFAULT_PROFILE, myBrandFee: 250 })).toBe('myBrandFee=250');
    expect(buildProfileQuery({ ...DEFAULT_PROFILE, myBrandFee: undefined })).toBe('');
  });
});

describe('audience (where followers live)', () => {
  it('reads the link text, writes it back the one way, and leaves it out when empty', () => {
    const parsed = readLink({ audience: 'gb:20, us:55,DE:10' });
    expect(parsed).toMatchObject({ issues: [], profile: { audience: 'US:55,GB:20,DE:10' } });
    expect(buildProfileQuery(parsed.profile)).toBe('audience=US%3A55%2CGB%3A20%2CDE%3A10');
    expect(readLink({ audience: '' })).toMatchObject({ issues: [], profile: { audience: undefined } });
  });

  it('reports a bad audience by name and keeps the default (none)', () => {
    for (const audience of ['XX:50', 'US:60,GB:50', 'US:55,US:5', 'garbage', '<script>']) {
      const parsed = readLink({ audience });
      expect(parsed.profile.audience, audience).toBeUndefined();
      expect(parsed.issues.map((issue) => issue.field), audience).toEqual(['audience']);
    }
  });
});
