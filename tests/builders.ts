import { creatorProfileSchema, type CreatorProfile, type CreatorProfileInput } from '@/lib/rules';

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
