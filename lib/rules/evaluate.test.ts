import { describe, expect, it } from 'vitest';
import { AS_OF, makeProfile } from '@/tests/builders';
import { shareOfViewsPastMark } from './per-video-mark';
import { resultWordsFor } from '@/lib/engine-translator';
import { publicEvaluation } from '@/lib/public-result';
import { evaluate, evaluateProfile, loadRuleset, METHOD_IDS, RULE_FILES, rulesetFor, type CreatorProfileInput, type Evaluation, type MethodId } from './index';

/** A method's result with its facts in English words, as the page and the API say them. */
function method(id: MethodId, overrides: CreatorProfileInput = {}, asOf = AS_OF) {
  const result = publicEvaluation(evaluate(makeProfile(overrides), { asOf }), resultWordsFor('en'));
  const found = result.methods.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
}

function requirement(id: MethodId, fact: string, overrides: CreatorProfileInput = {}, asOf = AS_OF) {
  const found = method(id, overrides, asOf).requirements.find((candidate) => candidate.fact === fact);
  if (!found) throw new Error(`no ${fact} requirement for ${id}`);
  return found;
}

describe('evaluate', () => {
  it('returns every method once, in a stable order, with the ruleset version and date', () => {
    const result = evaluate(makeProfile(), { asOf: AS_OF });
    expect(result.methods.map((m) => m.id)).toEqual([...METHOD_IDS]);
    expect(result.rulesetVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result.asOf).toBe(AS_OF);
    expect(result.currency).toBe('USD');
  });

  it('finds a creator who meets every threshold eligible for every method', () => {
    const result = evaluate(makeProfile(), { asOf: AS_OF });
    expect(result.methods.filter((m) => !m.eligible).map((m) => m.id)).toEqual([]);
    expect(result.summary.eligibleCount).toBe(9);
  });

  it('parses a partial profile with defaults and reads today when asOf is left out', () => {
    const result = evaluate({ followers: 5 });
    expect(result.profile.followers).toBe(5);
    expect(result.profile.country).toBe('US');
    expect(result.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('rejects a bad asOf with a ZodError', () => {
    expect(() => evaluate({}, { asOf: '26/11/2026' })).toThrow();
  });
});

describe('Creator Rewards thresholds', () => {
  it('needs 1 more follower at 9,999 followers', () => {
    const followers = requirement('creator-rewards', 'followers', { followers: 9_999 });
    expect(followers).toMatchObject({ met: false, gap: 1, message: '1 more follower', required: 10_000, actual: 9_999 });
    expect(method('creator-rewards', { followers: 9_999 }).eligible).toBe(false);
  });

  it('is eligible at exactly 10,000 followers and above', () => {
    expect(method('creator-rewards', { followers: 10_000 }).eligible).toBe(true);
    expect(method('creator-rewards', { followers: 10_001 }).eligible).toBe(true);
    expect(requirement('creator-rewards', 'followers', { followers: 10_000 }).gap).toBe(0);
  });

  it('needs 100,000 views in 30 days, counting the gap in views', () => {
    expect(requirement('creator-rewards', 'views30d', { views30d: 99_999 })).toMatchObject({
      met: false,
      gap: 1,
      message: '1 more view in 30 days',
    });
    expect(method('creator-rewards', { views30d: 100_000 }).eligible).toBe(true);
    expect(requirement('creator-rewards', 'views30d', { views30d: 98_760 }).message).toBe('1,240 more views in 30 days');
  });

  it('needs age 18: 17 is not eligible, 18 and 19 are', () => {
    expect(method('creator-rewards', { age: 17 }).eligible).toBe(false);
    expect(method('creator-rewards', { age: 18 }).eligible).toBe(true);
    expect(method('creator-rewards', { age: 19 }).eligible).toBe(true);
  });

  it('needs age 19 in Korea', () => {
    const kr18 = requirement('creator-rewards', 'age', { age: 18, country: 'KR' });
    expect(kr18).toMatchObject({ met: false, required: 19, gap: 1 });
    expect(method('creator-rewards', { age: 19, country: 'KR' }).eligible).toBe(true);
  });

  it('tells a business account to switch and cannot be reached by growth', () => {
    const result = method('creator-rewards', { accountType: 'business' });
    expect(result.eligible).toBe(false);
    expect(result.eligibleInMonths).toBeNull();
    expect(result.status).toBe('blocked');
    expect(result.blockedReason).toBe('Switch to a personal account');
  });

  it('is blocked without good standing', () => {
    expect(method('creator-rewards', { goodStanding: false }).blockedReason).toBe(
      'Resolve your community-guideline violations first',
    );
  });

  it('is not offered in the Netherlands', () => {
    const result = method('creator-rewards', { country: 'NL' });
    expect(result.eligible).toBe(false);
    expect(result.eligibleInMonths).toBeNull();
    expect(result.blockedReason).toBe('Not offered in the Netherlands yet');
    expect(requirement('creator-rewards', 'country', { country: 'NL' }).fact).toBe('country');
  });
});

describe('effective dates', () => {
  it('opens Creator Rewards in Mexico on 2025-10-01', () => {
    expect(method('creator-rewards', { country: 'MX' }, '2025-09-30').eligible).toBe(false);
    expect(method('creator-rewards', { country: 'MX' }, '2025-10-01').eligible).toBe(true);
  });

  it('counts the months until a country opens as time to unlock', () => {
    const before = method('creator-rewards', { country: 'MX' }, '2025-07-15');
    expect(before.eligibleInMonths).toBe(3);
    expect(requirement('creator-rewards', 'country', { country: 'MX' }, '2025-07-15').message).toBe(
      'Opens in Mexico on Oct 1, 2025',
    );
    expect(before.projection.find((point) => point.month === 3)?.eligible).toBe(true);
    expect(before.projection.find((point) => point.month === 2)?.eligible).toBe(false);
  });

  it('opens TikTok Shop in NL, BE, AT and PL on 2026-06-15', () => {
    for (const country of ['NL', 'BE', 'AT', 'PL']) {
      expect(method('tiktok-shop-affiliate', { country }, '2026-06-14').eligible).toBe(false);
      expect(method('tiktok-shop-affiliate', { country }, '2026-06-15').eligible).toBe(true);
    }
  });

  it('applied the LIVE Gifts age of 16 before 2019-12-04 and 18 since (not from the 2022 hosting change)', () => {
    expect(method('live-gifts', { age: 16 }, '2019-12-03').eligible).toBe(true);
    expect(method('live-gifts', { age: 16 }, '2019-12-04').eligible).toBe(false);
    expect(method('live-gifts', { age: 17 }, '2019-12-04').eligible).toBe(false);
    expect(method('live-gifts', { age: 18 }, '2019-12-04').eligible).toBe(true);
    expect(method('live-gifts', { age: 17 }, '2022-06-01').eligible).toBe(false);
  });
});

describe('corrections of 2026-12-03', () => {
  it('needs age 19 for Series in Korea, 18 elsewhere', () => {
    expect(method('series', { country: 'KR', age: 18 }).eligible).toBe(false);
    expect(method('series', { country: 'KR', age: 19 }).eligible).toBe(true);
    expect(method('series', { country: 'US', age: 17 }).eligible).toBe(false);
    expect(method('series', { country: 'US', age: 18 }).eligible).toBe(true);
  });

  it('lets business accounts sell Series, and says how to apply under 10,000 followers', () => {
    expect(method('series', { accountType: 'business' }).eligible).toBe(true);
    expect(method('series').caveats.join(' ')).toContain('link to premium content');
  });

  it('needs 3 public videos in 30 days for Series: 2 is short, 3 and 4 are enough', () => {
    expect(requirement('series', 'videos30d', { videos30d: 2 })).toMatchObject({ met: false, gap: 1, required: 3 });
    expect(method('series', { videos30d: 3 }).eligible).toBe(true);
    expect(method('series', { videos30d: 4 }).eligible).toBe(true);
  });

  it('opens TikTok Shop in France, Germany and Italy on 2025-03-31', () => {
    for (const country of ['FR', 'DE', 'IT']) {
      expect(method('tiktok-shop-affiliate', { country }, '2025-03-30').eligible, country).toBe(false);
      expect(method('tiktok-shop-affiliate', { country }, '2025-03-31').eligible, country).toBe(true);
      expect(method('tiktok-shop-affiliate', { country }, '2025-04-01').eligible, country).toBe(true);
    }
  });

  it('needs 1,000 followers for TikTok Shop affiliate in the US (since May 2024): 999 is short', () => {
    expect(method('tiktok-shop-affiliate', { followers: 999 }).eligible).toBe(false);
    expect(method('tiktok-shop-affiliate', { followers: 1_000 }).eligible).toBe(true);
    expect(method('tiktok-shop-affiliate', { followers: 1_001 }).eligible).toBe(true);
  });

  it('values TikTok Shop orders by the creator\'s market: USD 35 in the US, 5 in Southeast Asia, 25 elsewhere', () => {
    const orderValue = (country: string) =>
      method('tiktok-shop-affiliate', { country }).formula.find((step) => step.label === 'Average order value')!.expected;
    expect(orderValue('US')).toBe(35);
    expect(orderValue('ID')).toBe(5);
    expect(orderValue('GB')).toBe(25);
  });

  it('offers Subscription in Canada, with the creator\'s share of net revenue after app-store fees', () => {
    expect(method('live-subscriptions', { country: 'CA' }).eligible).toBe(true);
    const labels = method('live-subscriptions').formula.map((step) => step.label);
    expect(labels).toContain('Share of the price left after app-store fees');
    // 20,000 followers x 0.15% x USD 2.99 x 77% left after store fees x 70% = USD 48.35.
    expect(method('live-subscriptions').potential.expected).toBeCloseTo(48.35, 1);
  });

  it('says LIVE withdrawals have a minimum and a daily cap, not "any time"', () => {
    const live = evaluate(makeProfile(), { asOf: AS_OF }).methods.find((m) => m.id === 'live-gifts')!;
    expect(live.comparison.payoutTiming).toContain('minimum');
    expect(live.comparison.payoutTiming).not.toContain('any time');
  });
});

describe('country overrides', () => {
  it('needs 50,000 followers and age 19 for Creator Marketplace in Korea', () => {
    expect(requirement('brand-partnerships', 'followers', { country: 'KR', followers: 49_999 })).toMatchObject({
      met: false,
      required: 50_000,
      gap: 1,
    });
    expect(method('brand-partnerships', { country: 'KR', followers: 50_000, age: 19 }).eligible).toBe(true);
    expect(method('brand-partnerships', { country: 'KR', followers: 50_000, age: 18 }).eligible).toBe(false);
    expect(method('brand-partnerships', { country: 'US', followers: 10_000, age: 18 }).eligible).toBe(true);
  });

  it('gives US creators a 70% subscription share and others 50%', () => {
    const share = (country: string) =>
      method('live-subscriptions', { country }).formula.find((step) => step.label === 'Your share of net revenue (after app-store fees)')?.expected;
    expect(share('US')).toBe(0.7);
    expect(share('CA')).toBe(0.7);
    expect(share('GB')).toBe(0.5);
  });
});

describe('"any" groups', () => {
  it('lets LIVE access (1,000 followers) stand in for 10,000 followers and 100,000 views for Subscription', () => {
    expect(method('live-subscriptions', { followers: 1_000, views30d: 0 }).eligible).toBe(true);
    expect(method('live-subscriptions', { followers: 999, views30d: 500_000 }).eligible).toBe(false);
    const group = requirement('live-subscriptions', 'followers', { followers: 999, views30d: 0 });
    expect(group).toMatchObject({ met: false, gap: 1, message: '1 more follower' });
    expect(group.alternatives).toHaveLength(2);
  });

  it('treats a country list with dated additions as one requirement', () => {
    const countries = method('tiktok-shop-affiliate', { country: 'FR' }).requirements.filter((r) => r.fact === 'country');
    expect(countries).toHaveLength(1);
    expect(countries[0]).toMatchObject({ met: true, message: 'Offered in France' });
  });

  it('shows a country-specific caveat only in that country', () => {
    expect(method('tiktok-shop-affiliate', { country: 'US' }).caveats.join()).toContain('pilot');
    expect(method('tiktok-shop-affiliate', { country: 'DE' }).caveats.join()).not.toContain('pilot');
  });
});

describe('time to unlock', () => {
  it('is 0 when eligible now', () => {
    expect(method('creator-rewards').eligibleInMonths).toBe(0);
  });

  it('is the first month followers pass the threshold at the growth rate', () => {
    // 9,000 x 1.05^2 = 9,922.5 and 9,000 x 1.05^3 = 10,418.6: month 3.
    const result = method('creator-rewards', { followers: 9_000, followerGrowth: 5 });
    expect(result.eligibleInMonths).toBe(3);
    expect(result.status).toBe('reachable');
    expect(result.projection.map((point) => point.eligible).slice(0, 4)).toEqual([false, false, true, true]);
  });

  it('waits for the slower of followers and views', () => {
    // Views: 50,000 x 1.1^8 = 107,179 (month 8); followers reach 10,000 at month 3.
    expect(method('creator-rewards', { followers: 9_000, followerGrowth: 5, views30d: 50_000, viewGrowth: 10 }).eligibleInMonths).toBe(8);
  });

  it('counts a birthday only once a full year has passed', () => {
    expect(method('creator-rewards', { age: 17 }).eligibleInMonths).toBe(12);
  });

  it('counts account age in days', () => {
    expect(method('series', { accountAgeDays: 0 }).eligibleInMonths).toBe(1);
    expect(requirement('series', 'accountAgeDays', { accountAgeDays: 10 }).gap).toBe(20);
  });

  it('is null when growth is zero or negative and followers are short', () => {
    const flat = method('creator-rewards', { followers: 9_999, followerGrowth: 0 });
    expect(flat.eligibleInMonths).toBeNull();
    expect(flat.blockedReason).toBe('Not within 10 years at your current growth rate (1 more follower)');
    expect(method('creator-rewards', { followers: 9_999, followerGrowth: -3 }).eligibleInMonths).toBeNull();
  });

  it('is null when posting, not growth, is missing', () => {
    const result = method('series', { videos30d: 1 });
    expect(result.eligibleInMonths).toBeNull();
    expect(result.blockedReason).toBe('Post 2 more public videos within 30 days');
    expect(result.afterActionsInMonths).toBe(0);
  });

  it('says when a method blocked by an action would unlock once the creator acts', () => {
    // Brand deals need 3 videos (have 2), age 18 (17: in 12 months) and 10,000 followers (5,000 at 5% a month: month 15).
    const brand = method('brand-partnerships', { age: 17, followers: 5_000, followerGrowth: 5, videos30d: 2 });
    expect(brand.blockedBy).toBe('videos30d');
    expect(brand.afterActionsInMonths).toBe(15);
    // Switching to a personal account unlocks Creator Rewards at once; no growth would.
    expect(method('creator-rewards', { accountType: 'business' }).afterActionsInMonths).toBe(0);
    // Acting cannot help where the country or growth blocks the method.
    expect(method('creator-rewards', { country: 'NL', accountType: 'business' }).afterActionsInMonths).toBeNull();
    expect(method('creator-rewards', { followers: 9_999, videos30d: 0, followerGrowth: 0 }).afterActionsInMonths).toBeNull();
    expect(method('creator-rewards').afterActionsInMonths).toBeNull();
  });

  it('names the next method to unlock in the summary', () => {
    const result = publicEvaluation(evaluate(makeProfile({ followers: 9_000, followerGrowth: 5 }), { asOf: AS_OF }), resultWordsFor('en'));
    expect(result.summary.nextUnlock).toMatchObject({ months: 3, message: '1,000 more followers' });
  });
});

describe('earnings', () => {
  it('pays Creator Rewards per 1,000 qualified views at the country RPM', () => {
    // 200,000 views x 50% over one minute x 99.65% on videos past the 1,000-view mark x 62% qualified
    // / 1,000 x USD 0.70 = USD 43.25.
    const result = method('creator-rewards', { longVideoShare: 50 });
    expect(result.monthly.expected).toBeCloseTo(43.25, 2);
    expect(result.monthly.low).toBeLessThan(43.25);
    expect(result.monthly.high).toBeGreaterThan(43.25);
  });

  it('pays only for videos past 1,000 qualified views: just below the mark nothing, at and above it all', () => {
    // With no spread between videos (sigma 0), every video has the average: 1,998 views x 50% qualified = 999.
    expect(shareOfViewsPastMark(1_998, 1, 1_000, 0.5, 0)).toBe(0);
    expect(shareOfViewsPastMark(2_000, 1, 1_000, 0.5, 0)).toBe(1);
    expect(shareOfViewsPastMark(2_002, 1, 1_000, 0.5, 0)).toBe(1);
    // With spread, an average video exactly at the mark puts Φ(σ / 2) of the views past it.
    expect(shareOfViewsPastMark(2_000, 1, 1_000, 0.5, 1.2)).toBeCloseTo(0.7257, 4);
    expect(shareOfViewsPastMark(0, 10, 1_000, 0.5, 1.2)).toBe(0);
  });

  it('pays less for the same views spread thin over many videos than for the same views on a few', () => {
    const onFew = method('creator-rewards', { views30d: 200_000, videos30d: 4 });
    const spreadThin = method('creator-rewards', { views30d: 200_000, videos30d: 400 });
    expect(spreadThin.potential.expected).toBeLessThan(onFew.potential.expected * 0.6);
    const mark = spreadThin.formula.find((step) => step.field === 'videos30d')!;
    expect(mark).toMatchObject({ kind: 'input', source: 'tiktok-support-how-rewards-work' });
    // 500 views a video x 62% qualified = 310 qualified views: most videos stay under the mark.
    expect(mark.expected).toBeLessThan(0.5);
  });

  it('pays nothing now when not eligible, but shows the potential', () => {
    const result = method('creator-rewards', { followers: 9_999 });
    expect(result.monthly).toEqual({ low: 0, expected: 0, high: 0 });
    expect(result.potential.expected).toBeGreaterThan(0);
  });

  it('values LIVE gifts as diamonds at USD 0.005', () => {
    // 10 hours x 20 viewers x 4 coins x 0.65 diamonds x USD 0.005 = USD 2.60.
    expect(method('live-gifts', { liveHours: 10, liveViewers: 20 }).monthly.expected).toBeCloseTo(2.6, 6);
  });

  it('converts to the chosen currency with the dated ECB rate', () => {
    const usd = method('creator-rewards', { currency: 'USD' }).monthly.expected;
    const eur = method('creator-rewards', { currency: 'EUR' }).monthly.expected;
    expect(eur).toBeCloseTo(usd / 1.16, 2);
    expect(method('creator-rewards', { currency: 'EUR' }).formula.some((step) => step.label.startsWith('Exchange rate'))).toBe(true);
  });

  it('grows projected earnings with views', () => {
    const points = method('creator-rewards', { viewGrowth: 10 }).projection;
    expect(points).toHaveLength(12);
    expect(points[11]!.expected).toBeGreaterThan(points[0]!.expected);
  });

  it('leaves the projection out when asked to, and nothing else', () => {
    for (const overrides of [{}, { followers: 9_000, followerGrowth: 5, viewGrowth: 10, currency: 'EUR' as const }, { incomeGoal: 2_000, age: 16 }]) {
      const profile = makeProfile(overrides);
      const whole = evaluateProfile(profile, AS_OF, rulesetFor('en'));
      const lean = evaluateProfile(profile, AS_OF, rulesetFor('en'), { projection: false });
      expect(lean.summary.projection).toEqual([]);
      for (const method of lean.methods) expect(method.projection).toEqual([]);
      const withoutProjection = (result: Evaluation) => ({
        ...result,
        methods: result.methods.map((method) => ({ ...method, projection: [] })),
        summary: { ...result.summary, projection: [] },
      });
      expect(lean).toEqual(withoutProjection(whole));
    }
  });

  it('rounds money to the cent and lists every source it refers to', () => {
    const result = evaluate(makeProfile({ currency: 'EUR' }), { asOf: AS_OF });
    for (const method of result.methods) {
      for (const point of [method.potential, ...method.projection]) expect(Math.round(point.high * 100)).toBeCloseTo(point.high * 100, 6);
      for (const id of [...method.requirements.map((r) => r.source), ...method.formula.map((s) => s.source)]) {
        if (id !== undefined) expect(result.sources[id]?.url).toMatch(/^https:/);
      }
    }
  });

  it('shows every step of the formula with a source or an assumption', () => {
    for (const result of evaluate(makeProfile({ currency: 'GBP' }), { asOf: AS_OF }).methods) {
      const parameters = result.formula.filter((step) => step.kind === 'parameter');
      for (const step of parameters) expect(step.source ?? step.assumption, `${result.id}: ${step.label}`).toBeTruthy();
      expect(result.formula.at(-1)).toMatchObject({ kind: 'result', expected: result.potential.expected });
    }
  });
});

describe('calibration with the creator\'s own numbers', () => {
  it('uses your RPM instead of the typical range, which narrows the estimate', () => {
    const typical = method('creator-rewards', { longVideoShare: 50 });
    const own = method('creator-rewards', { longVideoShare: 50, myRpm: 1 });
    // 200,000 views x 50% x 99.65% past the mark x 62% qualified / 1,000 x USD 1.00 = USD 61.78.
    expect(own.potential.expected).toBeCloseTo(61.78, 2);
    expect(own.potential.high / own.potential.low).toBeLessThan(typical.potential.high / typical.potential.low);
    expect(own.formula.find((step) => step.field === 'myRpm')).toMatchObject({ calibrated: true, kind: 'input' });
    expect(own.formula.some((step) => step.label.startsWith('Pay per 1,000'))).toBe(false);
  });

  it('converts your RPM from your currency', () => {
    expect(method('creator-rewards', { longVideoShare: 50, myRpm: 1, currency: 'EUR' }).potential.expected).toBeCloseTo(61.78, 1);
  });

  it('values your Diamonds at USD 0.005 each, exactly', () => {
    const live = method('live-gifts', { myDiamonds: 10_000, liveHours: 0 });
    expect(live.potential).toEqual({ low: 50, expected: 50, high: 50 });
  });

  it('grows your affiliate commission with your views', () => {
    const affiliate = method('affiliate', { myAffiliateCommission: 100, viewGrowth: 10 });
    expect(affiliate.potential.expected).toBeCloseTo(100, 2);
    expect(affiliate.projection[0]!.expected).toBeCloseTo(110, 0);
  });

  it('uses your fee per sponsored video, times the deals a month', () => {
    // USD 400 per video x 0.5 deals (low 0.25, high 1.5).
    expect(method('brand-partnerships', { myBrandFee: 400 }).potential).toMatchObject({ expected: 200 });
  });

  it('treats a missing number as not given, and 0 as a real answer', () => {
    expect(method('affiliate', { myAffiliateCommission: 0 }).potential.expected).toBe(0);
    expect(method('affiliate', {}).potential.expected).toBeGreaterThan(0);
  });
});

describe('rules that start later', () => {
  it('stop an eligibility from the month they start when they are not met', () => {
    // LIVE gifts at age 17 before 2019-12-04 (16+ then), 18+ from that date.
    const live = method('live-gifts', { age: 17 }, '2019-06-10');
    expect(live.eligible).toBe(true);
    expect(live.projection.map((point) => point.eligible).slice(0, 6)).toEqual([true, true, true, true, true, false]);
  });
});

describe('shared data', () => {
  it('cannot be changed through a result', () => {
    const result = evaluate(makeProfile({ country: 'NL' }), { asOf: AS_OF });
    const countries = result.methods.find((m) => m.id === 'live-subscriptions')!.requirements.find((r) => r.fact === 'country')!.required;
    expect(() => (countries as string[]).push('NL')).toThrow(TypeError);
    const anySource = Object.values(result.sources)[0]!;
    expect(() => Object.assign(anySource, { title: 'changed' })).toThrow(TypeError);
    expect(evaluate(makeProfile({ country: 'NL' }), { asOf: '2026-11-27' }).methods.find((m) => m.id === 'live-subscriptions')!.eligible).toBe(false);
  });
});

describe('requirements that come into force later', () => {
  it('are named on the result before they apply', () => {
    const files = structuredClone(RULE_FILES) as unknown as { methods: Array<{ id: string; requirements: { all: unknown[] } }> };
    files.methods
      .find((file) => file.id === 'affiliate')!
      .requirements.all.push({ fact: 'followers', op: 'gte', value: 5000, from: '2027-03-01', source: 'tiktok-shop-university-us', checked: '2026-11-26', confidence: 'low' });
    const ruleset = loadRuleset(files as never);
    const result = publicEvaluation(evaluate(makeProfile({ followers: 2_000 }), { asOf: AS_OF, ruleset }), resultWordsFor('en'));
    const affiliate = result.methods.find((m) => m.id === 'affiliate')!;
    expect(affiliate.eligible).toBe(true);
    expect(affiliate.upcoming).toEqual(['From Mar 1, 2027: 5,000+ followers']);
    // 2027-03-01 is 3 months and 3 days after 2026-11-26: from month 4 the rule applies and is not met.
    expect(affiliate.projection.map((point) => point.eligible).slice(0, 5)).toEqual([true, true, true, false, false]);
  });
});

describe('audience location (Creator Rewards pays by where viewers are)', () => {
  const rpmOf = (overrides: CreatorProfileInput) => method('creator-rewards', overrides).formula.find((step) => step.label.includes('RPM'))!;

  it('leaves every result exactly as it was without an audience', () => {
    expect(evaluate(makeProfile({ audience: undefined }), { asOf: AS_OF })).toEqual(evaluate(makeProfile(), { asOf: AS_OF }));
  });

  it('mixes the country RPMs by audience share, the rest at the creator\'s own country\'s rate', () => {
    // US 0.70 x 55% + GB 0.56 x 20% + DE 0.49 x 10% + (rest, US creator) 0.70 x 15% = 0.651.
    const step = rpmOf({ audience: 'US:55,GB:20,DE:10' });
    expect(step.expected).toBeCloseTo(0.651, 6);
    expect(step.low).toBeCloseTo(0.45 * 0.55 + 0.35 * 0.2 + 0.3 * 0.1 + 0.45 * 0.15, 6);
    expect(step.mix?.map((part) => [part.country, part.percent, part.elsewhere ?? false])).toEqual([
      ['US', 55, false],
      ['GB', 20, false],
      ['DE', 10, false],
      ['US', 15, true],
    ]);
    expect(step.mix?.every((part) => part.source === 'calculatecreator-rates')).toBe(true);
    expect(step.source).toBe('calculatecreator-rates');
  });

  it('pays a US creator with a mostly Brazilian audience at nearly the Brazilian rate', () => {
    const us = method('creator-rewards').monthly.expected;
    const brazilian = method('creator-rewards', { audience: 'BR:90' }).monthly.expected;
    // 200,000 views x 50% x 99.65% past the mark x 62% / 1,000 x (0.24 x 90% + 0.70 x 10%) = 17.67.
    expect(brazilian).toBeCloseTo(17.67, 2);
    expect(brazilian).toBeLessThan(us);
  });

  it('names no single source when the parts come from different ones', () => {
    // The Netherlands has no override: the rest is at the base rate, from another source.
    const step = rpmOf({ country: 'NL', audience: 'US:50' });
    expect(step.source).toBeUndefined();
    expect(new Set(step.mix?.map((part) => part.source))).toEqual(new Set(['calculatecreator-rates', 'napolify-rpm']));
  });

  it('lets the creator\'s own RPM win over the audience mix', () => {
    const step = method('creator-rewards', { myRpm: 0.9, audience: 'BR:90' }).formula.find((candidate) => candidate.field === 'myRpm');
    expect(step?.expected).toBe(0.9);
    expect(method('creator-rewards', { myRpm: 0.9, audience: 'BR:90' }).formula.some((candidate) => candidate.mix)).toBe(false);
  });
});

