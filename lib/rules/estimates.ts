import type { CreatorProfile, Currency } from './profile';
import type { Ruleset } from './ruleset';
import type { Confidence, MethodRule, Parameter, Source } from './schema';

/** Earnings as an honest range. */
export type MoneyRange = { low: number; expected: number; high: number };

/** One factor of an estimate: the product of all factors is the monthly amount in USD. */
export type Factor = {
  label: string;
  unit: string;
  low: number;
  expected: number;
  high: number;
  /** The profile field this factor comes from, when it is the creator's own number. */
  field?: keyof CreatorProfile;
  source?: Source;
  assumption?: string;
  checked?: string;
  confidence?: Confidence;
  note?: string;
};

/** The creator's numbers at some month: grown followers and views, everything else as entered. */
export type Stats = { followers: number; views30d: number };

export type Estimator = (rule: MethodRule, stats: Stats, profile: CreatorProfile, ruleset: Ruleset) => Factor[];

function exact(label: string, unit: string, value: number, field?: keyof CreatorProfile): Factor {
  return { label, unit, low: value, expected: value, high: value, field };
}

/** A rule parameter with the country's override applied. */
function parameter(param: Parameter, country: string, ruleset: Ruleset): Factor {
  const override = param.overrides?.find((candidate) => (candidate.countries as string[]).includes(country));
  const chosen = override ?? param;
  const sourceId = chosen.source ?? (override ? undefined : param.source);
  return {
    label: param.label,
    unit: param.unit,
    low: chosen.low,
    expected: chosen.expected,
    high: chosen.high,
    source: sourceId ? ruleset.sources[sourceId] : undefined,
    assumption: chosen.assumption ?? (override ? undefined : param.assumption),
    checked: param.checked,
    confidence: chosen.confidence,
    note: chosen.note ?? param.note,
  };
}

/** Converts an amount between the currencies the app offers, through the ECB's EUR rates. */
export function convert(amount: number, from: Currency, to: Currency, ruleset: Ruleset): number {
  if (from === to) return amount;
  const perEur = ruleset.currency.perEur;
  return (amount / perEur[from]) * perEur[to];
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The formula of each method as a list of factors; the monthly amount in USD is their product.
 * Each follows the public mechanics of the method (see the rule file's summary).
 */
export const ESTIMATORS: Record<MethodRule['id'], Estimator> = {
  'creator-rewards': (rule, stats, profile, ruleset) => {
    if (rule.id !== 'creator-rewards') return [];
    const c = profile.country;
    return [
      exact('Views in 30 days, in thousands', 'thousand views', stats.views30d / 1000, 'views30d'),
      exact('Share of views on videos over one minute', 'share', profile.longVideoShare / 100, 'longVideoShare'),
      parameter(rule.parameters.qualifiedShare, c, ruleset),
      parameter(rule.parameters.rpm, c, ruleset),
    ];
  },
  'live-gifts': (rule, _stats, profile, ruleset) => {
    if (rule.id !== 'live-gifts') return [];
    const c = profile.country;
    return [
      exact('LIVE hours a month', 'hours', profile.liveHours, 'liveHours'),
      exact('Average LIVE viewers', 'viewers', profile.liveViewers, 'liveViewers'),
      parameter(rule.parameters.coinsPerViewerHour, c, ruleset),
      parameter(rule.parameters.diamondsPerCoin, c, ruleset),
      parameter(rule.parameters.usdPerDiamond, c, ruleset),
    ];
  },
  'live-subscriptions': (rule, stats, profile, ruleset) => {
    if (rule.id !== 'live-subscriptions') return [];
    const c = profile.country;
    return [
      exact('Followers', 'followers', stats.followers, 'followers'),
      parameter(rule.parameters.subscriberRate, c, ruleset),
      parameter(rule.parameters.price, c, ruleset),
      parameter(rule.parameters.creatorShare, c, ruleset),
    ];
  },
  'video-gifts': (rule, stats, profile, ruleset) => {
    if (rule.id !== 'video-gifts') return [];
    const c = profile.country;
    return [
      exact('Views in 30 days, in thousands', 'thousand views', stats.views30d / 1000, 'views30d'),
      parameter(rule.parameters.coinsPerThousandViews, c, ruleset),
      parameter(rule.parameters.diamondsPerCoin, c, ruleset),
      parameter(rule.parameters.usdPerDiamond, c, ruleset),
    ];
  },
  series: (rule, stats, profile, ruleset) => {
    if (rule.id !== 'series') return [];
    const c = profile.country;
    return [
      exact('Views in 30 days', 'views', stats.views30d, 'views30d'),
      parameter(rule.parameters.buyerRate, c, ruleset),
      parameter(rule.parameters.price, c, ruleset),
      parameter(rule.parameters.creatorShare, c, ruleset),
    ];
  },
  'tiktok-shop-affiliate': (rule, stats, profile, ruleset) => {
    if (rule.id !== 'tiktok-shop-affiliate') return [];
    const c = profile.country;
    return [
      exact('Views in 30 days', 'views', stats.views30d, 'views30d'),
      parameter(rule.parameters.clickRate, c, ruleset),
      parameter(rule.parameters.conversionRate, c, ruleset),
      parameter(rule.parameters.orderValue, c, ruleset),
      parameter(rule.parameters.commission, c, ruleset),
    ];
  },
  'brand-partnerships': (rule, stats, profile, ruleset) => {
    if (rule.id !== 'brand-partnerships') return [];
    const c = profile.country;
    const tier = rule.tiers.reduce((found, candidate) => (stats.followers >= candidate.minFollowers ? candidate : found), rule.tiers[0]!);
    const benchmark = parameter(rule.parameters.engagementBenchmark, c, ruleset);
    const niche = rule.nicheFactors;
    return [
      parameter(rule.parameters.dealsPerMonth, c, ruleset),
      exact('Followers', 'followers', stats.followers, 'followers'),
      {
        label: `Fee per follower per sponsored video (${tier.name} tier)`,
        unit: 'USD',
        low: tier.low,
        expected: tier.expected,
        high: tier.high,
        source: rule.tiersSource.source ? ruleset.sources[rule.tiersSource.source] : undefined,
        checked: rule.tiersSource.checked,
        confidence: rule.tiersSource.confidence,
        note: rule.tiersSource.note,
      },
      {
        ...exact(
          `Your engagement (${profile.engagementRate}%) against the ${benchmark.expected}% average, kept between 0.5 and 2`,
          'x',
          clamp(profile.engagementRate / benchmark.expected, 0.5, 2),
          'engagementRate',
        ),
        assumption: benchmark.assumption,
        checked: benchmark.checked,
        confidence: benchmark.confidence,
      },
      {
        ...exact(`Niche (${profile.niche})`, 'x', niche.values[profile.niche] ?? 1, 'niche'),
        assumption: niche.assumption,
        checked: niche.checked,
        confidence: niche.confidence,
      },
    ];
  },
  affiliate: (rule, stats, profile, ruleset) => {
    if (rule.id !== 'affiliate') return [];
    const c = profile.country;
    return [
      exact('Views in 30 days', 'views', stats.views30d, 'views30d'),
      parameter(rule.parameters.clickRate, c, ruleset),
      parameter(rule.parameters.conversionRate, c, ruleset),
      parameter(rule.parameters.orderValue, c, ruleset),
      parameter(rule.parameters.commission, c, ruleset),
    ];
  },
  'own-products': (rule, stats, profile, ruleset) => {
    if (rule.id !== 'own-products') return [];
    const c = profile.country;
    return [
      exact('Views in 30 days', 'views', stats.views30d, 'views30d'),
      parameter(rule.parameters.clickRate, c, ruleset),
      parameter(rule.parameters.conversionRate, c, ruleset),
      exact('Your price, in USD', 'USD', convert(profile.productPrice, profile.currency, 'USD', ruleset), 'productPrice'),
      exact('Your margin', 'share', profile.productMargin / 100, 'productMargin'),
    ];
  },
};

/**
 * Multiplies the factors. The expected value is the product of expected values; low and high treat
 * each factor's low/high as equally likely bounds of an independent uncertain factor and combine
 * them in log space (root-sum-square), so a product of five guesses does not multiply five worst cases.
 */
export function combine(factors: readonly Factor[], scale = 1): MoneyRange {
  let expected = scale;
  let lowSpread = 0;
  let highSpread = 0;
  for (const factor of factors) {
    expected *= factor.expected;
    if (factor.low <= 0) lowSpread = Infinity;
    else if (factor.low < factor.expected) lowSpread += Math.log(factor.expected / factor.low) ** 2;
    if (factor.high > factor.expected) highSpread += Math.log(factor.high / factor.expected) ** 2;
  }
  if (!(expected > 0)) return { low: 0, expected: 0, high: 0 };
  return {
    low: lowSpread === Infinity ? 0 : expected * Math.exp(-Math.sqrt(lowSpread)),
    expected,
    high: expected * Math.exp(Math.sqrt(highSpread)),
  };
}
