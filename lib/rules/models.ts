import { audienceMixStep, audienceShares } from './audience-mix';
import { bracketedRate, convert, lowerConfidence, parameter, type Factor, type ParameterStep, type Stats, type StepKey } from './factors';
import { shareOfViewsPastMark } from './per-video-mark';
import type { CreatorProfile } from './profile';
import type { Ruleset } from './ruleset';
import type { MethodId } from './method-ids';
import type { MethodRule, Parameter } from './schema';

/** A factor taken from the creator's own numbers: exact, no range. */
export type Input = {
  /** Which step it is, for the edge to word. */
  key: StepKey;
  unit: string;
  field: keyof CreatorProfile;
  calibrated?: boolean;
  value: (stats: Stats, profile: CreatorProfile, rule: MethodRule, ruleset: Ruleset) => number;
  /** Where the factor's rule (not its value) comes from, e.g. the engagement benchmark. */
  basis?: (rule: MethodRule) => Pick<Factor, 'source' | 'assumption' | 'checked' | 'confidence' | 'note'>;
};

/**
 * A method's formula: its inputs (the creator's numbers) times its parameters (rule ranges).
 * Parameters are the same for every creator in a country, except a `statsParameter` that depends on
 * the stats (the brand-deal rate, priced in follower brackets), which comes last.
 */
export type Model = {
  inputs: Input[];
  parameters: (rule: MethodRule, country: string) => ParameterStep[];
  statsParameter?: (rule: MethodRule, stats: Stats) => ParameterStep;
  /** The same formula with the creator's own earnings in place of defaults, when the profile gives them. */
  calibrated?: (profile: CreatorProfile) => Model | undefined;
  /** The same formula with parameters that follow the creator's audience, when the profile says where it lives. */
  byAudience?: (profile: CreatorProfile) => Model | undefined;
};

/** The named parameters of a rule, in order, with overrides for the country. */
function named(...keys: string[]) {
  return (rule: MethodRule, country: string) =>
    keys.map((key) => parameter((rule.parameters as Record<string, Parameter>)[key]!, country));
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

const VIEWS: Input = { key: 'views', unit: 'views', field: 'views30d', value: (stats) => stats.views30d };
const THOUSAND_VIEWS: Input = {
  key: 'thousandViews',
  unit: 'thousand views',
  field: 'views30d',
  value: (stats) => stats.views30d / 1000,
};
const FOLLOWERS: Input = { key: 'followers', unit: 'followers', field: 'followers', value: (stats) => stats.followers };

function creatorRewardsRule(rule: MethodRule) {
  if (rule.id !== 'creator-rewards') throw new Error(`expected the creator-rewards rule, got ${rule.id}`);
  return rule;
}

/** Creator Rewards' per-video mark: the share of the views that can earn at all. */
const PAST_MARK: Input = {
  key: 'pastMark',
  unit: 'share',
  field: 'videos30d',
  value: (stats, profile, rule) => {
    const { perVideoMark, viewSpread, qualifiedShare } = creatorRewardsRule(rule).parameters;
    return shareOfViewsPastMark(stats.views30d, profile.videos30d, perVideoMark.expected, qualifiedShare.expected, viewSpread.expected);
  },
  basis: (rule) => {
    const { perVideoMark, viewSpread } = creatorRewardsRule(rule).parameters;
    return {
      source: perVideoMark.source,
      assumption: viewSpread.assumption,
      checked: perVideoMark.checked,
      confidence: lowerConfidence(perVideoMark.confidence, viewSpread.confidence),
      note: viewSpread.note,
    };
  },
};

function brandRule(rule: MethodRule) {
  if (rule.id !== 'brand-partnerships') throw new Error(`expected the brand-partnerships rule, got ${rule.id}`);
  return rule;
}

/** Each method's formula, following the public mechanics of the method (see its rule file). */
export const MODELS: Record<MethodId, Model> = {
  'creator-rewards': {
    inputs: [
      THOUSAND_VIEWS,
      {
        key: 'longVideoShare',
        unit: 'share',
        field: 'longVideoShare',
        value: (_stats, profile) => profile.longVideoShare / 100,
      },
      PAST_MARK,
    ],
    parameters: named('qualifiedShare', 'rpm'),
    calibrated: (profile) =>
      profile.myRpm === undefined
        ? undefined
        : {
            inputs: [
              ...MODELS['creator-rewards'].inputs,
              {
                key: 'myRpm',
                unit: 'USD',
                field: 'myRpm',
                calibrated: true,
                value: (_stats, p, _rule, ruleset) => convert(p.myRpm ?? 0, p.currency, 'USD', ruleset),
              },
            ],
            parameters: named('qualifiedShare'),
          },
    // TikTok pays by the viewer's country: with the audience's countries known, the RPM is their mix.
    byAudience: (profile) => {
      const shares = audienceShares(profile);
      if (!shares) return undefined;
      return {
        inputs: MODELS['creator-rewards'].inputs,
        parameters: (rule, country) => [
          ...named('qualifiedShare')(rule, country),
          audienceMixStep((rule.parameters as Record<string, Parameter>).rpm!, country, shares, 'audienceRpm'),
        ],
      };
    },
  },
  'live-gifts': {
    inputs: [
      { key: 'liveHours', unit: 'hours', field: 'liveHours', value: (_stats, profile) => profile.liveHours },
      { key: 'liveViewers', unit: 'viewers', field: 'liveViewers', value: (_stats, profile) => profile.liveViewers },
    ],
    parameters: named('coinsPerViewerHour', 'diamondsPerCoin', 'usdPerDiamond'),
    calibrated: (profile) =>
      profile.myDiamonds === undefined
        ? undefined
        : {
            inputs: [{ key: 'myDiamonds', unit: 'diamonds', field: 'myDiamonds', calibrated: true, value: (_stats, p) => p.myDiamonds ?? 0 }],
            parameters: named('usdPerDiamond'),
          },
  },
  'live-subscriptions': { inputs: [FOLLOWERS], parameters: named('subscriberRate', 'price', 'afterStoreFees', 'creatorShare') },
  'video-gifts': { inputs: [THOUSAND_VIEWS], parameters: named('coinsPerThousandViews', 'diamondsPerCoin', 'usdPerDiamond') },
  series: { inputs: [VIEWS], parameters: named('buyerRate', 'price', 'creatorShare') },
  'tiktok-shop-affiliate': { inputs: [VIEWS], parameters: named('clickRate', 'conversionRate', 'orderValue', 'commission') },
  'brand-partnerships': {
    inputs: [
      FOLLOWERS,
      {
        key: 'engagement',
        unit: 'x',
        field: 'engagementRate',
        value: (_stats, profile, rule) =>
          clamp(profile.engagementRate / brandRule(rule).parameters.engagementBenchmark.expected, 0.5, 2),
        basis: (rule) => {
          const benchmark = brandRule(rule).parameters.engagementBenchmark;
          return { assumption: benchmark.assumption, checked: benchmark.checked, confidence: benchmark.confidence };
        },
      },
      {
        key: 'niche',
        unit: 'x',
        field: 'niche',
        value: (_stats, profile, rule) => brandRule(rule).nicheFactors.values[profile.niche] ?? 1,
        basis: (rule) => {
          const niche = brandRule(rule).nicheFactors;
          return { assumption: niche.assumption, checked: niche.checked, confidence: niche.confidence };
        },
      },
    ],
    parameters: named('dealsPerMonth', 'marketFactor'),
    statsParameter: (rule, stats) => {
      const brand = brandRule(rule);
      const rate = bracketedRate(brand.tiers, stats.followers);
      return {
        key: 'brandRate',
        unit: 'USD',
        low: rate.low,
        expected: rate.expected,
        high: rate.high,
        source: brand.tiersSource.source,
        checked: brand.tiersSource.checked,
        confidence: brand.tiersSource.confidence,
        note: brand.tiersSource.note,
        kind: 'parameter',
      };
    },
    // Brands pay for the audience: with its countries known, the market factor is their mix.
    byAudience: (profile) => {
      const shares = audienceShares(profile);
      if (!shares) return undefined;
      const { inputs, statsParameter } = MODELS['brand-partnerships'];
      return {
        inputs,
        statsParameter,
        parameters: (rule, country) => [
          ...named('dealsPerMonth')(rule, country),
          audienceMixStep((rule.parameters as Record<string, Parameter>).marketFactor!, country, shares, 'audienceMarket'),
        ],
      };
    },
    // Your own fee per follower replaces the tier rate, engagement and niche factors, and grows with followers.
    calibrated: (profile) =>
      profile.myBrandFee === undefined
        ? undefined
        : profile.followers === 0
          ? {
              inputs: [
                {
                  key: 'myBrandFeePerVideo',
                  unit: 'USD',
                  field: 'myBrandFee',
                  calibrated: true,
                  value: (_stats, p, _rule, ruleset) => convert(p.myBrandFee ?? 0, p.currency, 'USD', ruleset),
                },
              ],
              parameters: named('dealsPerMonth'),
            }
          : {
              inputs: [
                FOLLOWERS,
                {
                  key: 'myBrandFeePerFollower',
                  unit: 'USD',
                  field: 'myBrandFee',
                  calibrated: true,
                  value: (_stats, p, _rule, ruleset) => convert(p.myBrandFee ?? 0, p.currency, 'USD', ruleset) / p.followers,
                },
              ],
              parameters: named('dealsPerMonth'),
            },
  },
  affiliate: {
    inputs: [VIEWS],
    parameters: named('clickRate', 'conversionRate', 'orderValue', 'commission'),
    // Last month's commission per view replaces clicks x conversion x order value x rate, and grows with views.
    calibrated: (profile) =>
      profile.myAffiliateCommission === undefined
        ? undefined
        : profile.views30d === 0
          ? {
              // With no views to divide by, last month's commission stands as it is.
              inputs: [
                {
                  key: 'myCommission',
                  unit: 'USD',
                  field: 'myAffiliateCommission',
                  calibrated: true,
                  value: (_stats, p, _rule, ruleset) => convert(p.myAffiliateCommission ?? 0, p.currency, 'USD', ruleset),
                },
              ],
              parameters: () => [],
            }
          : {
              inputs: [
                VIEWS,
                {
                  key: 'myCommissionPerView',
                  unit: 'USD',
                  field: 'myAffiliateCommission',
                  calibrated: true,
                  value: (_stats, p, _rule, ruleset) => convert(p.myAffiliateCommission ?? 0, p.currency, 'USD', ruleset) / p.views30d,
                },
              ],
              parameters: () => [],
            },
  },
  'own-products': {
    inputs: [
      VIEWS,
      {
        key: 'productPrice',
        unit: 'USD',
        field: 'productPrice',
        value: (_stats, profile, _rule, ruleset) => convert(profile.productPrice, profile.currency, 'USD', ruleset),
      },
      { key: 'productMargin', unit: 'share', field: 'productMargin', value: (_stats, profile) => profile.productMargin / 100 },
    ],
    parameters: named('clickRate', 'conversionRate'),
  },
};
