import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, makeProfile } from '@/tests/builders';
import { defaultRuleset, evaluate, METHOD_IDS, PAYOUT_HORIZON_MONTHS, payoutTiming, RULE_FILES, type PayoutRule } from './index';
import { payoutsSchema } from './payout-schema';

const rules = defaultRuleset.payouts.methods;
const firstPayout = (asOf: string, months: number | null, rule: PayoutRule, expected = 1_000, perUsd = 1) =>
  payoutTiming(asOf, months, rule, expected, perUsd).firstPayout;

describe('rules/payouts.json', () => {
  it('gives every method a rhythm, days and a minimum, each with a source or an assumption', () => {
    const payouts = payoutsSchema.parse(RULE_FILES.payouts);
    expect(Object.keys(payouts.methods).sort()).toEqual([...METHOD_IDS].sort());
  });

  it('rejects a value without a source or an assumption, and a monthly rhythm without a pay day', () => {
    const methods = structuredClone(RULE_FILES.payouts as { methods: Record<string, Record<string, Record<string, unknown>>> }).methods;
    delete methods['live-gifts']!.days!.source;
    expect(payoutsSchema.safeParse({ methods }).success).toBe(false);
    const noDay = structuredClone(RULE_FILES.payouts as { methods: Record<string, Record<string, unknown>> }).methods;
    delete noDay['creator-rewards']!.payDay;
    expect(payoutsSchema.safeParse({ methods: noDay }).success).toBe(false);
  });
});

describe('first payout', () => {
  it('pays Creator Rewards on the 15th of the month after the first month earned', () => {
    expect(firstPayout('2026-12-03', 0, rules['creator-rewards'])).toBe('2027-01-15');
    expect(firstPayout('2026-12-03', 1, rules['creator-rewards'])).toBe('2027-02-15');
  });

  it('keeps to the 15th of the next month at month ends', () => {
    expect(firstPayout('2026-12-31', 0, rules['creator-rewards'])).toBe('2027-01-15');
    expect(firstPayout('2027-01-31', 0, rules['creator-rewards'])).toBe('2027-02-15');
    // 31 January plus one month is 28 February, so still paid in March.
    expect(firstPayout('2027-01-31', 1, rules['creator-rewards'])).toBe('2027-03-15');
    expect(firstPayout('2027-12-01', 0, rules['creator-rewards'])).toBe('2028-01-15');
  });

  it('waits for the minimum payout when a month earns less than it', () => {
    // USD 50 minimum at USD 12 a month: five months of earnings, paid the month after the fifth.
    const timing = payoutTiming('2026-12-03', 0, rules['creator-rewards'], 12, 1);
    expect(timing.payout.minimum).toBe(50);
    expect(timing.payout.minimumMonths).toBe(5);
    expect(timing.firstPayout).toBe('2027-05-15');
    // Exactly the minimum in a month needs one month.
    expect(payoutTiming('2026-12-03', 0, rules['creator-rewards'], 50, 1).payout.minimumMonths).toBe(1);
  });

  it('converts the minimum into the result currency', () => {
    const timing = payoutTiming('2026-12-03', 0, rules['creator-rewards'], 400, 155);
    expect(timing.payout.minimum).toBe(50 * 155);
    expect(timing.payout.minimumMonths).toBe(20);
  });

  it('stops at the horizon when nothing is earned toward a minimum', () => {
    expect(payoutTiming('2026-12-03', 0, rules['creator-rewards'], 0, 1).payout.minimumMonths).toBe(PAYOUT_HORIZON_MONTHS);
  });

  it('lets gifts be cashed out at once, arriving within the 15 days TikTok names', () => {
    expect(firstPayout('2026-12-03', 0, rules['live-gifts'])).toBe('2026-12-18');
    expect(firstPayout('2026-12-03', 2, rules['video-gifts'])).toBe('2027-02-18');
    expect(payoutTiming('2026-12-03', 0, rules['live-gifts'], 10, 1).payout).toMatchObject({ minimum: null, dailyLimit: 1_000 });
  });

  it('names only the month where no pay day is published', () => {
    const timing = payoutTiming('2026-12-03', 0, rules['live-subscriptions'], 100, 1);
    expect(timing.payout).toMatchObject({ rhythm: 'monthly', payDay: null });
    expect(timing.firstPayout).toBe('2027-01-31');
  });

  it('pays Shop commission after delivery and the return window, and brand deals on their terms', () => {
    expect(firstPayout('2026-12-03', 0, rules['tiktok-shop-affiliate'])).toBe('2026-12-25');
    expect(firstPayout('2026-12-03', 0, rules['brand-partnerships'])).toBe('2027-01-02');
  });

  it('is null for a blocked method', () => {
    expect(firstPayout('2026-12-03', null, rules['creator-rewards'])).toBeNull();
  });

  it('is on every method result of the engine, null exactly when the method is blocked', () => {
    const result = evaluate(makeProfile({ country: 'NL', followers: 12_000, views30d: 150_000 }), { asOf: AS_OF });
    for (const method of result.methods) {
      expect([method.id, method.firstPayout === null]).toEqual([method.id, method.status === 'blocked']);
    }
    expect(result.methods.find((method) => method.id === 'creator-rewards')!.firstPayout).toBeNull();
  });
});

describe('first payout, for any date, wait and earnings', () => {
  const dates = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
  const methods = fc.constantFrom(...METHOD_IDS);
  const earnings = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1_000_000, noNaN: true }));
  const perUsd = fc.constantFrom(1, 0.86, 5.23, 135.3, 1310.3);

  it('is never before asOf', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 120 }), methods, earnings, perUsd, (asOf, months, id, expected, rate) => {
        expect(firstPayout(asOf, months, rules[id], expected, rate)! >= asOf).toBe(true);
      }),
    );
  });

  it('moves later, never earlier, as eligibleInMonths grows', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 119 }), fc.integer({ min: 1, max: 24 }), methods, earnings, perUsd, (asOf, months, more, id, expected, rate) => {
        const sooner = firstPayout(asOf, months, rules[id], expected, rate)!;
        const later = firstPayout(asOf, months + more, rules[id], expected, rate)!;
        expect(later >= sooner).toBe(true);
      }),
    );
  });

  it('is null exactly when blocked, and a real date otherwise', () => {
    fc.assert(
      fc.property(dates, fc.option(fc.integer({ min: 0, max: 120 })), methods, earnings, (asOf, months, id, expected) => {
        const date = firstPayout(asOf, months, rules[id], expected);
        expect(date === null).toBe(months === null);
        if (date !== null) expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
      }),
    );
  });
});
