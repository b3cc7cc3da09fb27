import { describe, expect, it } from 'vitest';
import { makeProfile } from '@/tests/builders';
import { defaultRuleset, sponsoredRates } from './index';

describe('sponsoredRates', () => {
  it('prices a dedicated video from followers, the tier rate, engagement and niche', () => {
    // By bracket: 10,000 followers at USD 0.07 (nano) + 10,000 at USD 0.05 (micro) = USD 1,200,
    // x engagement 5% / 5% x general niche 1.
    const { rates, basis } = sponsoredRates(makeProfile({ engagementRate: 5, niche: 'general' }), defaultRuleset);
    expect(rates.find((rate) => rate.format === 'dedicatedVideo')!.range.expected).toBeCloseTo(1_200, 2);
    expect(basis.some((step) => step.label.startsWith('Sponsored videos a month'))).toBe(false);
  });

  it('prices a placement and a LIVE mention as shares of a dedicated video', () => {
    const byFormat = Object.fromEntries(sponsoredRates(makeProfile(), defaultRuleset).rates.map((rate) => [rate.format, rate.range.expected]));
    expect(byFormat.productPlacement! / byFormat.dedicatedVideo!).toBeCloseTo(0.6, 2);
    expect(byFormat.liveMention! / byFormat.dedicatedVideo!).toBeCloseTo(0.3, 2);
  });

  it('uses your own fee when you give one, in your currency', () => {
    const rates = sponsoredRates(makeProfile({ myBrandFee: 300, currency: 'EUR' }), defaultRuleset).rates;
    expect(rates.find((rate) => rate.format === 'dedicatedVideo')!.range.expected).toBeCloseTo(300, 1);
  });

  it('gives ranges with low <= expected <= high', () => {
    for (const rate of sponsoredRates(makeProfile({ followers: 750_000, currency: 'GBP' }), defaultRuleset).rates) {
      expect(rate.range.low).toBeLessThanOrEqual(rate.range.expected);
      expect(rate.range.expected).toBeLessThanOrEqual(rate.range.high);
    }
  });
});
