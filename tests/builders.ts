import fc from 'fast-check';
import { COUNTRY_CODES, creatorProfileSchema, CURRENCIES, NICHES, type CreatorProfile, type CreatorProfileInput } from '@/lib/rules';

/** A creator who meets every threshold in a Creator Rewards country, with no growth: change one thing per test. */
export function makeProfile(overrides: CreatorProfileInput = {}): CreatorProfile {
  return creatorProfileSchema.parse({
    age: 25,
    country: 'US',
    followers: 20_000,
    views30d: 200_000,
    videos30d: 10,
    accountAgeDays: 400,
    accountType: 'personal',
    goodStanding: true,
    followerGrowth: 0,
    viewGrowth: 0,
    ...overrides,
  });
}

/** The date tests apply the rules at, so they do not change with the calendar. */
export const AS_OF = '2026-11-26';

/** Any complete profile, from the usual to the extreme, for property tests. */
export const profileArbitrary: fc.Arbitrary<CreatorProfile> = fc.record({
  age: fc.integer({ min: 13, max: 120 }),
  country: fc.oneof(fc.constantFrom('US', 'GB', 'DE', 'KR', 'MX', 'NL', 'BE', 'FR', 'BR', 'JP'), fc.constantFrom(...COUNTRY_CODES)),
  followers: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 2_000_000_000 })),
  views30d: fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 })),
  videos30d: fc.integer({ min: 0, max: 10_000 }),
  accountAgeDays: fc.integer({ min: 0, max: 10_000 }),
  accountType: fc.constantFrom('personal', 'business'),
  goodStanding: fc.boolean(),
  followerGrowth: fc.double({ min: -100, max: 1_000, noNaN: true }),
  viewGrowth: fc.double({ min: -100, max: 1_000, noNaN: true }),
  currency: fc.constantFrom(...CURRENCIES),
  longVideoShare: fc.double({ min: 0, max: 100, noNaN: true }),
  engagementRate: fc.double({ min: 0, max: 100, noNaN: true }),
  liveHours: fc.double({ min: 0, max: 744, noNaN: true }),
  liveViewers: fc.integer({ min: 0, max: 10_000_000 }),
  niche: fc.constantFrom(...NICHES),
  productPrice: fc.double({ min: 0, max: 1_000_000, noNaN: true }),
  productMargin: fc.double({ min: 0, max: 100, noNaN: true }),
  incomeGoal: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100_000_000, noNaN: true })),
});

/** Any date from 2020 to 2030, as `asOf` takes it. */
export const dateArbitrary = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
