import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/engine-translator';
import { issueMessage } from '@/lib/validation-words';
import { AS_OF, dateArbitrary, profileArbitrary } from '@/tests/builders';
import { creatorProfileSchema, evaluate, type CreatorProfile } from './index';

// Hundreds of evaluations per property: on a busy shared machine they need more than vitest's default 5 s.
describe('engine properties', { timeout: 30_000 }, () => {
  it('parsing never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = creatorProfileSchema.safeParse(input);
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('parses arbitrary objects of profile fields without throwing, naming every bad field in every language', () => {
    const fieldValue = fc.oneof(fc.anything(), fc.double(), fc.string(), fc.integer());
    const words = [translatorFor('en', 'validation'), translatorFor('nl', 'validation')];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(creatorProfileSchema.shape)), fieldValue), (input) => {
        const result = creatorProfileSchema.safeParse(input);
        if (!result.success) {
          for (const issue of result.error.issues) for (const t of words) expect(issueMessage(t, issue).startsWith(`${String(issue.path[0])} `)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives low <= expected <= high, every number finite and >= 0', () => {
    fc.assert(
      fc.property(profileArbitrary, dateArbitrary, (profile, asOf) => {
        const result = evaluate(profile, { asOf });
        for (const method of result.methods) {
          for (const range of [method.monthly, method.potential, ...method.projection]) {
            expect(Number.isFinite(range.low) && Number.isFinite(range.high)).toBe(true);
            expect(range.low).toBeGreaterThanOrEqual(0);
            expect(range.low).toBeLessThanOrEqual(range.expected);
            expect(range.expected).toBeLessThanOrEqual(range.high);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is eligible exactly when every requirement is met, and earns nothing now otherwise', () => {
    fc.assert(
      fc.property(profileArbitrary, dateArbitrary, (profile, asOf) => {
        for (const method of evaluate(profile, { asOf }).methods) {
          expect(method.eligible).toBe(method.requirements.every((requirement) => requirement.met));
          expect(method.eligibleInMonths === 0).toBe(method.eligible);
          if (!method.eligible) expect(method.monthly.expected).toBe(0);
          if (method.eligibleInMonths === null) expect(method.blocked).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives a first payout on or after asOf, and none exactly when the method is blocked', () => {
    fc.assert(
      fc.property(profileArbitrary, dateArbitrary, (profile, asOf) => {
        for (const method of evaluate(profile, { asOf }).methods) {
          expect(method.firstPayout === null).toBe(method.status === 'blocked');
          if (method.firstPayout !== null) expect(method.firstPayout >= asOf).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never turns a met requirement unmet when followers, views, videos or account age rise', () => {
    const rise = fc.record({
      followers: fc.integer({ min: 0, max: 1_000_000 }),
      views30d: fc.integer({ min: 0, max: 10_000_000 }),
      videos30d: fc.integer({ min: 0, max: 100 }),
      accountAgeDays: fc.integer({ min: 0, max: 1_000 }),
    });
    fc.assert(
      fc.property(profileArbitrary, rise, (profile, by) => {
        const raised: CreatorProfile = {
          ...profile,
          followers: Math.min(2_000_000_000, profile.followers + by.followers),
          views30d: Math.min(1_000_000_000_000, profile.views30d + by.views30d),
          videos30d: Math.min(10_000, profile.videos30d + by.videos30d),
          accountAgeDays: Math.min(10_000, profile.accountAgeDays + by.accountAgeDays),
        };
        const before = evaluate(profile, { asOf: AS_OF }).methods;
        const after = evaluate(raised, { asOf: AS_OF }).methods;
        before.forEach((method, index) => {
          if (method.eligible) expect(after[index]!.eligible).toBe(true);
          method.requirements.forEach((requirement, r) => {
            if (requirement.met) expect(after[index]!.requirements[r]!.met).toBe(true);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same output for the same input and asOf', () => {
    fc.assert(
      fc.property(profileArbitrary, dateArbitrary, (profile, asOf) => {
        expect(evaluate(profile, { asOf })).toEqual(evaluate({ ...profile }, { asOf }));
      }),
      { numRuns: 100 },
    );
  });

  it('marks a projected month eligible from the month eligibleInMonths says, while the audience does not shrink', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const growing = { ...profile, followerGrowth: Math.abs(profile.followerGrowth), viewGrowth: Math.abs(profile.viewGrowth) };
        for (const method of evaluate(growing, { asOf: AS_OF }).methods) {
          for (const point of method.projection) {
            const expected = method.eligibleInMonths !== null && point.month >= method.eligibleInMonths;
            expect(point.eligible).toBe(expected);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('brand deals priced by follower bracket', () => {
  it('never pay less for more followers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 1, max: 100_000 }), (followers, more) => {
        const at = (count: number) =>
          evaluate({ followers: count, views30d: 100_000, videos30d: 5 }, { asOf: AS_OF }).methods.find((m) => m.id === 'brand-partnerships')!
            .potential;
        const before = at(followers);
        const after = at(followers + more);
        expect(after.expected).toBeGreaterThanOrEqual(before.expected);
        expect(after.low).toBeGreaterThanOrEqual(before.low);
      }),
      { numRuns: 200 },
    );
  });
});
