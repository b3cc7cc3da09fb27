import type { CreatorProfile, Currency } from './profile';
import type { Ruleset } from './ruleset';
import type { MethodId } from './method-ids';
import type { Confidence, MethodRule, Parameter } from './schema';

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
  /** Id of the source in the result's `sources`. */
  source?: string;
  assumption?: string;
  checked?: string;
  confidence?: Confidence;
  note?: string;
};

/** The creator's numbers at some month: grown followers and views; everything else as entered. */
export type Stats = { followers: number; views30d: number };

/** A factor taken from the creator's own numbers: exact, no range. */
type Input = {
  label: string;
  unit: string;
  field: keyof CreatorProfile;
  value: (stats: Stats, profile: CreatorProfile, rule: MethodRule, ruleset: Ruleset) => number;
  /** Where the factor's rule (not its value) comes from, e.g. the engagement benchmark. */
  basis?: (rule: MethodRule) => Pick<Factor, 'assumption' | 'checked' | 'confidence' | 'note'>;
};

/**
 * A method's formula: its inputs (the creator's numbers) times its parameters (rule ranges).
 * `variant` picks a set of parameters that depends on the stats, e.g. the brand-deal follower tier.
 */
type Model = {
  inputs: Input[];
  parameters: (rule: MethodRule, country: string, variant: number) => Factor[];
  variant?: (rule: MethodRule, stats: Stats) => number;
};

/** A rule parameter with the country's override applied. */
function parameter(param: Parameter, country: string): Factor {
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
    note: chosen.note ?? param.note,
  };
}

/** The named parameters of a rule, in order, with overrides for the country. */
function named(...keys: string[]) {
  return (rule: MethodRule, country: string) =>
    keys.map((key) => parameter((rule.parameters as Record<string, Parameter>)[key]!, country));
}

/** Converts an amount between the currencies the app offers, through the ECB's EUR rates. */
export function convert(amount: number, from: Currency, to: Currency, ruleset: Ruleset): number {
  if (from === to) return amount;
  const perEur = ruleset.currency.perEur;
  return (amount / perEur[from]) * perEur[to];
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

const VIEWS: Input = { label: 'Views in 30 days', unit: 'views', field: 'views30d', value: (stats) => stats.views30d };
const THOUSAND_VIEWS: Input = {
  label: 'Views in 30 days, in thousands',
  unit: 'thousand views',
  field: 'views30d',
  value: (stats) => stats.views30d / 1000,
};
const FOLLOWERS: Input = { label: 'Followers', unit: 'followers', field: 'followers', value: (stats) => stats.followers };

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
        label: 'Share of views on videos over one minute',
        unit: 'share',
        field: 'longVideoShare',
        value: (_stats, profile) => profile.longVideoShare / 100,
      },
    ],
    parameters: named('qualifiedShare', 'rpm'),
  },
  'live-gifts': {
    inputs: [
      { label: 'LIVE hours a month', unit: 'hours', field: 'liveHours', value: (_stats, profile) => profile.liveHours },
      { label: 'Average LIVE viewers', unit: 'viewers', field: 'liveViewers', value: (_stats, profile) => profile.liveViewers },
    ],
    parameters: named('coinsPerViewerHour', 'diamondsPerCoin', 'usdPerDiamond'),
  },
  'live-subscriptions': { inputs: [FOLLOWERS], parameters: named('subscriberRate', 'price', 'creatorShare') },
  'video-gifts': { inputs: [THOUSAND_VIEWS], parameters: named('coinsPerThousandViews', 'diamondsPerCoin', 'usdPerDiamond') },
  series: { inputs: [VIEWS], parameters: named('buyerRate', 'price', 'creatorShare') },
  'tiktok-shop-affiliate': { inputs: [VIEWS], parameters: named('clickRate', 'conversionRate', 'orderValue', 'commission') },
  'brand-partnerships': {
    inputs: [
      FOLLOWERS,
      {
        label: 'Your engagement against the average, kept between 0.5x and 2x',
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
        label: 'Niche factor',
        unit: 'x',
        field: 'niche',
        value: (_stats, profile, rule) => brandRule(rule).nicheFactors.values[profile.niche] ?? 1,
        basis: (rule) => {
          const niche = brandRule(rule).nicheFactors;
          return { assumption: niche.assumption, checked: niche.checked, confidence: niche.confidence };
        },
      },
    ],
    parameters: (rule, country, variant) => {
      const brand = brandRule(rule);
      const tier = brand.tiers[variant]!;
      return [
        parameter(brand.parameters.dealsPerMonth, country),
        {
          label: `Fee per follower per sponsored video (${tier.name} tier)`,
          unit: 'USD',
          low: tier.low,
          expected: tier.expected,
          high: tier.high,
          source: brand.tiersSource.source,
          checked: brand.tiersSource.checked,
          confidence: brand.tiersSource.confidence,
          note: brand.tiersSource.note,
        },
      ];
    },
    variant: (rule, stats) => {
      const tiers = brandRule(rule).tiers;
      let index = 0;
      for (let i = 1; i < tiers.length; i++) if (stats.followers >= tiers[i]!.minFollowers) index = i;
      return index;
    },
  },
  affiliate: { inputs: [VIEWS], parameters: named('clickRate', 'conversionRate', 'orderValue', 'commission') },
  'own-products': {
    inputs: [
      VIEWS,
      {
        label: 'Your price, in USD',
        unit: 'USD',
        field: 'productPrice',
        value: (_stats, profile, _rule, ruleset) => convert(profile.productPrice, profile.currency, 'USD', ruleset),
      },
      { label: 'Your margin', unit: 'share', field: 'productMargin', value: (_stats, profile) => profile.productMargin / 100 },
    ],
    parameters: named('clickRate', 'conversionRate'),
  },
};

/**
 * Multiplies ranged factors. The expected value is the product of expected values; low and high treat
 * each factor's low/high as equally likely bounds of an independent uncertain factor and combine them
 * in log space (root-sum-square), so a product of five guesses does not multiply five worst cases.
 */
export function combine(factors: readonly Factor[]): MoneyRange {
  let expected = 1;
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

/** A method's parameters for one country and variant, with their combined range: the same for every creator. */
type ParameterSet = { factors: readonly Factor[]; range: MoneyRange };

/** The parameter sets of a method in one country, by variant; built on first use and kept per ruleset. */
type ParameterSets = (ParameterSet | undefined)[];

const parameterCache = new WeakMap<Ruleset, Map<string, ParameterSets>>();

/** Looks up (once per method and evaluation) the cached parameter sets of a method in a country. */
export function parameterSets(rule: MethodRule, country: string, ruleset: Ruleset): ParameterSets {
  let cache = parameterCache.get(ruleset);
  if (!cache) parameterCache.set(ruleset, (cache = new Map()));
  const key = `${rule.id}|${country}`;
  let sets = cache.get(key);
  if (!sets) cache.set(key, (sets = []));
  return sets;
}

function parameterSet(rule: MethodRule, country: string, variant: number, ruleset: Ruleset, sets: ParameterSets): ParameterSet {
  let set = sets[variant];
  if (!set) {
    const factors = MODELS[rule.id].parameters(rule, country, variant);
    sets[variant] = set = { factors, range: combine(factors) };
  }
  return set;
}

/** Monthly earnings in the target currency for the creator's stats at some month. */
export function estimateRange(
  rule: MethodRule,
  stats: Stats,
  profile: CreatorProfile,
  ruleset: Ruleset,
  perUsd: number,
  sets: ParameterSets = parameterSets(rule, profile.country, ruleset),
): MoneyRange {
  const model = MODELS[rule.id];
  let scale = perUsd;
  for (const input of model.inputs) scale *= input.value(stats, profile, rule, ruleset);
  if (!(scale > 0)) return { low: 0, expected: 0, high: 0 };
  const { range } = parameterSet(rule, profile.country, model.variant?.(rule, stats) ?? 0, ruleset, sets);
  return { low: range.low * scale, expected: range.expected * scale, high: range.high * scale };
}

/** A formula step: a factor, and whether it is the creator's own number or a rule parameter. */
export type FactorStep = Factor & { kind: 'input' | 'parameter' };

const stepCache = new WeakMap<ParameterSet, readonly FactorStep[]>();

/** The factors behind `estimateRange`, for "how we got this number". */
export function estimateSteps(rule: MethodRule, stats: Stats, profile: CreatorProfile, ruleset: Ruleset): FactorStep[] {
  const model = MODELS[rule.id];
  const steps: FactorStep[] = model.inputs.map((input) => {
    const value = input.value(stats, profile, rule, ruleset);
    const basis = input.basis?.(rule);
    return { label: input.label, unit: input.unit, low: value, expected: value, high: value, field: input.field, kind: 'input', ...basis };
  });
  const set = parameterSet(rule, profile.country, model.variant?.(rule, stats) ?? 0, ruleset, parameterSets(rule, profile.country, ruleset));
  let parameterSteps = stepCache.get(set);
  if (!parameterSteps) {
    parameterSteps = set.factors.map((factor) => Object.freeze({ ...factor, kind: 'parameter' as const }));
    stepCache.set(set, parameterSteps);
  }
  for (const step of parameterSteps) steps.push(step);
  return steps;
}
