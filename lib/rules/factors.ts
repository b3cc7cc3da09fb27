import type { CreatorProfile, Currency } from './profile';
import type { Ruleset } from './ruleset';
import type { Confidence, Parameter } from './schema';

/** Earnings as an honest range. */
export type MoneyRange = { low: number; expected: number; high: number };

/**
 * The formula steps the engine names itself (the creator's own numbers, the result, the exchange rate,
 * mixed rates): the edge words them from the catalog (`engine.step.<key>`). A rule's parameters carry
 * their own label, which is rule data.
 */
export const STEP_KEYS = [
  'result',
  'exchangeRate',
  'views',
  'thousandViews',
  'followers',
  'longVideoShare',
  'pastMark',
  'myRpm',
  'audienceRpm',
  'audienceMarket',
  'liveHours',
  'liveViewers',
  'myDiamonds',
  'engagement',
  'niche',
  'brandRate',
  'myBrandFeePerVideo',
  'myBrandFeePerFollower',
  'myCommission',
  'myCommissionPerView',
  'productPrice',
  'productMargin',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** One factor of an estimate: the product of all factors is the monthly amount in USD. */
export type Factor = {
  /** A rule parameter's own label (rule data); steps the engine names itself carry `key` instead. */
  label?: string;
  /** Which of the engine's own steps this is, for the edge to word. */
  key?: StepKey;
  unit: string;
  low: number;
  expected: number;
  high: number;
  /** The profile field this factor comes from, when it is the creator's own number. */
  field?: keyof CreatorProfile;
  /** True when the factor is the creator's own earnings from last month, in place of a default parameter. */
  calibrated?: boolean;
  /** Id of the source in the result's `sources`. */
  source?: string;
  assumption?: string;
  checked?: string;
  confidence?: Confidence;
  note?: string;
  /** The exchange-rate step's rates are of this date (YYYY-MM-DD). */
  ratesOf?: string;
  /** A rate mixed from several countries' rates (Creator Rewards' RPM by where the audience lives): its parts. */
  mix?: MixPart[];
};

/**
 * One country's part of a mixed rate: its share of the audience (whole percent) and that country's rate.
 * `elsewhere` marks the part of the audience outside the listed countries, paid at the creator's own
 * country's rate.
 */
export type MixPart = {
  country: string;
  percent: number;
  elsewhere?: true;
  low: number;
  expected: number;
  high: number;
  source?: string;
  confidence?: Confidence;
};

/** The creator's numbers at some month: grown followers and views; everything else as entered. */
export type Stats = { followers: number; views30d: number };

/** A month of the projection: the range the creator would earn then, and whether they qualify. */
export type ProjectionPoint = MoneyRange & { month: number; eligible: boolean };

/** A factor taken from the rule's parameters, as a formula step. */
export type ParameterStep = Factor & { kind: 'parameter' };

/** A rule parameter with the country's override applied. */
export function parameter(param: Parameter, country: string): ParameterStep {
  const override = param.overrides?.find((candidate) => (candidate.countries as string[]).includes(country));
  const chosen = override ?? param;
  const sourceId = chosen.source ?? (override ? undefined : param.source);
  return {
    label: param.label,
    unit: param.unit,
    low: chosen.low,
    expected: chosen.expected,
    high: chosen.high,
    source: sourceId,
    assumption: chosen.assumption ?? (override ? undefined : param.assumption),
    checked: param.checked,
    confidence: chosen.confidence,
    // An override's note, or none: the base parameter's note describes the base values.
    note: override ? override.note : param.note,
    kind: 'parameter',
  };
}

type Tier = { minFollowers: number; low: number; expected: number; high: number };

/**
 * The average per-follower rate when each tier's rate applies to the followers within that tier, like
 * tax brackets. A flat tier rate would make 10,000 followers earn less than 9,999 (the micro rate is
 * below the nano rate); by bracket, more followers never pay less.
 */
export function bracketedRate(tiers: readonly Tier[], followers: number): { low: number; expected: number; high: number } {
  const first = tiers[0]!;
  if (followers <= 0) return { low: first.low, expected: first.expected, high: first.high };
  let low = 0;
  let expected = 0;
  let high = 0;
  for (let index = 0; index < tiers.length; index++) {
    const tier = tiers[index]!;
    const upper = tiers[index + 1]?.minFollowers ?? Infinity;
    const within = Math.max(0, Math.min(followers, upper) - tier.minFollowers);
    low += within * tier.low;
    expected += within * tier.expected;
    high += within * tier.high;
  }
  return { low: low / followers, expected: expected / followers, high: high / followers };
}

/** Converts an amount between the currencies the app offers, through the ECB's EUR rates. */
export function convert(amount: number, from: Currency, to: Currency, ruleset: Ruleset): number {
  if (from === to) return amount;
  const perEur = ruleset.currency.perEur;
  return (amount / perEur[from]) * perEur[to];
}

/** Money to the cent: finer digits mean nothing in an estimate and only bloat every response. */
export function toCents(amount: number): number {
  return amount > 0 ? Math.round(amount * 100) / 100 : 0;
}

/** The running totals of `combine`: the product of expected values and the squared log spreads. */
export type Spread = { expected: number; lowSpread: number; highSpread: number };

export function addFactor(spread: Spread, factor: Factor) {
  spread.expected *= factor.expected;
  if (factor.low <= 0) spread.lowSpread = Infinity;
  else if (factor.low < factor.expected) spread.lowSpread += Math.log(factor.expected / factor.low) ** 2;
  if (factor.high > factor.expected) spread.highSpread += Math.log(factor.high / factor.expected) ** 2;
}

export function rangeOf({ expected, lowSpread, highSpread }: Spread): MoneyRange {
  if (!(expected > 0)) return { low: 0, expected: 0, high: 0 };
  return {
    low: lowSpread === Infinity ? 0 : expected * Math.exp(-Math.sqrt(lowSpread)),
    expected,
    high: expected * Math.exp(Math.sqrt(highSpread)),
  };
}

/**
 * Multiplies ranged factors. The expected value is the product of expected values; low and high treat
 * each factor's low/high as equally likely bounds of an independent uncertain factor and combine them
 * in log space (root-sum-square), so a product of five guesses does not multiply five worst cases.
 */
export function combine(factors: readonly Factor[]): MoneyRange {
  const spread: Spread = { expected: 1, lowSpread: 0, highSpread: 0 };
  for (const factor of factors) addFactor(spread, factor);
  return rangeOf(spread);
}

/** A formula step: a factor, and whether it is the creator's own number or a rule parameter. */
export type FactorStep = Factor & { kind: 'input' | 'parameter' };

const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** The lower of two confidences. */
export function lowerConfidence(a: Confidence, b: Confidence | undefined): Confidence {
  return b !== undefined && CONFIDENCE_RANK[b] < CONFIDENCE_RANK[a] ? b : a;
}

/** `combine` of the factors behind `spread` and one more. */
export function rangeAfter(spread: Readonly<Spread>, factor: Factor): MoneyRange {
  const total = { ...spread };
  addFactor(total, factor);
  return rangeOf(total);
}
