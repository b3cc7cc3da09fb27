import { readAudience, type AudienceShare } from './audience';
import { shareOfViewsPastMark } from './per-video-mark';
import type { ProjectionPoint } from './evaluate';
import type { EngineText } from './i18n';
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
  /** True when the factor is the creator's own earnings from last month, in place of a default parameter. */
  calibrated?: boolean;
  /** Id of the source in the result's `sources`. */
  source?: string;
  assumption?: string;
  checked?: string;
  confidence?: Confidence;
  note?: string;
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

/** A factor taken from the creator's own numbers: exact, no range. */
type Input = {
  /** Its words, looked up in the ruleset's language. */
  label: keyof EngineText['formula'];
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
type Model = {
  inputs: Input[];
  parameters: (rule: MethodRule, country: string, text: EngineText) => ParameterStep[];
  statsParameter?: (rule: MethodRule, stats: Stats, text: EngineText) => ParameterStep;
  /** The same formula with the creator's own earnings in place of defaults, when the profile gives them. */
  calibrated?: (profile: CreatorProfile) => Model | undefined;
  /** The same formula with parameters that follow the creator's audience, when the profile says where it lives. */
  byAudience?: (profile: CreatorProfile) => Model | undefined;
};

/** A factor taken from the rule's parameters, as a formula step. */
type ParameterStep = Factor & { kind: 'parameter' };

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

/** The named parameters of a rule, in order, with overrides for the country. */
function named(...keys: string[]) {
  return (rule: MethodRule, country: string) =>
    keys.map((key) => parameter((rule.parameters as Record<string, Parameter>)[key]!, country));
}

/**
 * A parameter as the audience's mix of country values: each listed country's share at that country's
 * value, the rest ("elsewhere") at the creator's own country's value. Low, expected and high mix the same
 * way; the confidence is the least of the parts, and the source is theirs when they share one.
 */
function audienceMixStep(param: Parameter, country: string, shares: readonly AudienceShare[], label: string): ParameterStep {
  const rest = 100 - shares.reduce((sum, share) => sum + share.percent, 0);
  const parts: MixPart[] = shares.map((share) => mixPart(parameter(param, share.country), share.country, share.percent));
  if (rest > 0) parts.push({ ...mixPart(parameter(param, country), country, rest), elsewhere: true });
  const mixed = (key: 'low' | 'expected' | 'high') => parts.reduce((sum, part) => sum + (part[key] * part.percent) / 100, 0);
  const sources = new Set(parts.map((part) => part.source));
  const confidence = parts.reduce<Confidence>((lowest, part) => lowerConfidence(lowest, part.confidence), 'high');
  return {
    label,
    unit: param.unit,
    low: mixed('low'),
    expected: mixed('expected'),
    high: mixed('high'),
    source: sources.size === 1 ? [...sources][0] : undefined,
    checked: param.checked,
    confidence,
    mix: parts,
    kind: 'parameter',
  };
}

function mixPart(step: ParameterStep, country: string, percent: number): MixPart {
  const part: MixPart = { country, percent, low: step.low, expected: step.expected, high: step.high };
  if (step.source !== undefined) part.source = step.source;
  if (step.confidence !== undefined) part.confidence = step.confidence;
  return part;
}

/** Where the audience lives, when the profile says so: its shares, largest first. */
function audienceShares(profile: CreatorProfile): AudienceShare[] | undefined {
  const read = profile.audience === undefined ? undefined : readAudience(profile.audience);
  return read && 'shares' in read && read.shares.length > 0 ? read.shares : undefined;
}

/** Converts an amount between the currencies the app offers, through the ECB's EUR rates. */
export function convert(amount: number, from: Currency, to: Currency, ruleset: Ruleset): number {
  if (from === to) return amount;
  const perEur = ruleset.currency.perEur;
  return (amount / perEur[from]) * perEur[to];
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Money to the cent: finer digits mean nothing in an estimate and only bloat every response. */
export function toCents(amount: number): number {
  return amount > 0 ? Math.round(amount * 100) / 100 : 0;
}

const exchangeRateSteps = new WeakMap<Ruleset, Partial<Record<Currency, ParameterStep>>>();

/**
 * The formula step that turns USD into the result's currency, with the rates' date and source. The same
 * for every result in that currency: built once and frozen.
 */
export function exchangeRateStep(currency: Currency, ruleset: Ruleset): ParameterStep {
  let steps = exchangeRateSteps.get(ruleset);
  if (!steps) exchangeRateSteps.set(ruleset, (steps = {}));
  return (steps[currency] ??= Object.freeze(buildExchangeRateStep(currency, ruleset)));
}

function buildExchangeRateStep(currency: Currency, ruleset: Ruleset): ParameterStep {
  const perUsd = convert(1, 'USD', currency, ruleset);
  const dated = ruleset.currency.dates?.[currency];
  return {
    label: ruleset.text.formula.exchangeRate(currency),
    unit: currency,
    low: perUsd,
    expected: perUsd,
    high: perUsd,
    kind: 'parameter',
    source: dated?.source ?? ruleset.currency.source,
    checked: ruleset.currency.checked,
    confidence: ruleset.currency.confidence,
    note: ruleset.text.formula.exchangeRateNote(dated?.date ?? ruleset.currency.date),
  };
}

const VIEWS: Input = { label: 'views', unit: 'views', field: 'views30d', value: (stats) => stats.views30d };
const THOUSAND_VIEWS: Input = {
  label: 'thousandViews',
  unit: 'thousand views',
  field: 'views30d',
  value: (stats) => stats.views30d / 1000,
};
const FOLLOWERS: Input = { label: 'followers', unit: 'followers', field: 'followers', value: (stats) => stats.followers };

function creatorRewardsRule(rule: MethodRule) {
  if (rule.id !== 'creator-rewards') throw new Error(`expected the creator-rewards rule, got ${rule.id}`);
  return rule;
}

/** Creator Rewards' per-video mark: the share of the views that can earn at all. */
const PAST_MARK: Input = {
  label: 'pastMark',
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
        label: 'longVideoShare',
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
                label: 'myRpm',
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
        parameters: (rule, country, text) => [
          ...named('qualifiedShare')(rule, country),
          audienceMixStep((rule.parameters as Record<string, Parameter>).rpm!, country, shares, text.formula.audienceRpm),
        ],
      };
    },
  },
  'live-gifts': {
    inputs: [
      { label: 'liveHours', unit: 'hours', field: 'liveHours', value: (_stats, profile) => profile.liveHours },
      { label: 'liveViewers', unit: 'viewers', field: 'liveViewers', value: (_stats, profile) => profile.liveViewers },
    ],
    parameters: named('coinsPerViewerHour', 'diamondsPerCoin', 'usdPerDiamond'),
    calibrated: (profile) =>
      profile.myDiamonds === undefined
        ? undefined
        : {
            inputs: [{ label: 'myDiamonds', unit: 'diamonds', field: 'myDiamonds', calibrated: true, value: (_stats, p) => p.myDiamonds ?? 0 }],
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
        label: 'engagement',
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
        label: 'niche',
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
    statsParameter: (rule, stats, text) => {
      const brand = brandRule(rule);
      const rate = bracketedRate(brand.tiers, stats.followers);
      return {
        label: text.formula.brandRate,
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
        parameters: (rule, country, text) => [
          ...named('dealsPerMonth')(rule, country),
          audienceMixStep((rule.parameters as Record<string, Parameter>).marketFactor!, country, shares, text.formula.audienceMarket),
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
                  label: 'myBrandFeePerVideo',
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
                  label: 'myBrandFeePerFollower',
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
                  label: 'myCommission',
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
                  label: 'myCommissionPerView',
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
        label: 'productPrice',
        unit: 'USD',
        field: 'productPrice',
        value: (_stats, profile, _rule, ruleset) => convert(profile.productPrice, profile.currency, 'USD', ruleset),
      },
      { label: 'productMargin', unit: 'share', field: 'productMargin', value: (_stats, profile) => profile.productMargin / 100 },
    ],
    parameters: named('clickRate', 'conversionRate'),
  },
};

/** The running totals of `combine`: the product of expected values and the squared log spreads. */
type Spread = { expected: number; lowSpread: number; highSpread: number };

function addFactor(spread: Spread, factor: Factor) {
  spread.expected *= factor.expected;
  if (factor.low <= 0) spread.lowSpread = Infinity;
  else if (factor.low < factor.expected) spread.lowSpread += Math.log(factor.expected / factor.low) ** 2;
  if (factor.high > factor.expected) spread.highSpread += Math.log(factor.high / factor.expected) ** 2;
}

function rangeOf({ expected, lowSpread, highSpread }: Spread): MoneyRange {
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

/** A method's parameters for one country and variant, ready to use: the same for every creator. */
export type ParameterSet = {
  /** "How we got this number" steps for the parameters. */
  steps: readonly FactorStep[];
  /** The parameters multiplied: expected value and combined spread. */
  range: MoneyRange;
  /** The least certain of them. */
  confidence: Confidence;
};

/** A formula step: a factor, and whether it is the creator's own number or a rule parameter. */
export type FactorStep = Factor & { kind: 'input' | 'parameter' };

const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** The lower of two confidences. */
export function lowerConfidence(a: Confidence, b: Confidence | undefined): Confidence {
  return b !== undefined && CONFIDENCE_RANK[b] < CONFIDENCE_RANK[a] ? b : a;
}

/** The parameter set of a method in one country, built on first use (with the stats' own parameter, where there is one). */
export class ParameterSets {
  /** The parameters the same for every creator in the country, and their running totals for `combine`. */
  private fixed: { set: ParameterSet; spread: Readonly<Spread> } | undefined;

  constructor(
    private readonly rule: MethodRule,
    private readonly country: string,
    private readonly text: EngineText,
    /** The formula: the method's own, or its calibrated form for one creator. */
    readonly model: Model = MODELS[rule.id],
  ) {}

  /** The set that applies to these stats. */
  for(stats: Stats): ParameterSet {
    const { set, spread } = this.fixedParameters();
    if (!this.model.statsParameter) return set;
    const step = this.model.statsParameter(this.rule, stats, this.text);
    return { steps: [...set.steps, step], range: rangeAfter(spread, step), confidence: lowerConfidence(set.confidence, step.confidence) };
  }

  /** Just the combined range, for the month-by-month projection: no formula steps to build. */
  range(stats: Stats): MoneyRange {
    const { set, spread } = this.fixedParameters();
    if (!this.model.statsParameter) return set.range;
    return rangeAfter(spread, this.model.statsParameter(this.rule, stats, this.text));
  }

  private fixedParameters() {
    if (this.fixed) return this.fixed;
    // These steps go into every result for this country: nobody may change them.
    const steps = this.model.parameters(this.rule, this.country, this.text).map((step) => Object.freeze(step));
    const spread: Spread = { expected: 1, lowSpread: 0, highSpread: 0 };
    let confidence: Confidence = 'high';
    for (const step of steps) {
      addFactor(spread, step);
      confidence = lowerConfidence(confidence, step.confidence);
    }
    return (this.fixed = { set: { steps, range: rangeOf(spread), confidence }, spread: Object.freeze(spread) });
  }
}

/** `combine` of the factors behind `spread` and one more. */
function rangeAfter(spread: Readonly<Spread>, factor: Factor): MoneyRange {
  const total = { ...spread };
  addFactor(total, factor);
  return rangeOf(total);
}

/** The parameter sets to use for this creator: the plan's shared ones, or calibrated ones built for them. */
export function parameterSetsFor(shared: ParameterSets, rule: MethodRule, profile: CreatorProfile, text: EngineText): ParameterSets {
  // The creator's own earnings say more than where their audience lives: they come first.
  const model = MODELS[rule.id];
  const personal = model.calibrated?.(profile) ?? model.byAudience?.(profile);
  return personal ? new ParameterSets(rule, profile.country, text, personal) : shared;
}

/** The product of a method's inputs (the creator's own numbers) at some month, times `scale`. */
export function inputProduct(
  rule: MethodRule,
  stats: Stats,
  profile: CreatorProfile,
  ruleset: Ruleset,
  scale: number,
  sets: ParameterSets,
): number {
  let product = scale;
  for (const input of sets.model.inputs) product *= input.value(stats, profile, rule, ruleset);
  return product;
}

/**
 * Monthly earnings to the cent, in the target currency, for the creator's stats at some month: the
 * potential (month 0) and every eligible month of the projection.
 */
export function estimateRange(rule: MethodRule, stats: Stats, profile: CreatorProfile, ruleset: Ruleset, perUsd: number, sets: ParameterSets): MoneyRange {
  const scale = inputProduct(rule, stats, profile, ruleset, perUsd, sets);
  if (!(scale > 0)) return { low: 0, expected: 0, high: 0 };
  const range = sets.range(stats);
  return { low: toCents(range.low * scale), expected: toCents(range.expected * scale), high: toCents(range.high * scale) };
}

/** The formula step of one input: the creator's own number, exact. */
function inputStep(input: Input, label: string, value: number, basis: Partial<Factor> | undefined): FactorStep {
  // Written out rather than spread: the same keys in the same order, without building it key by key.
  const step: FactorStep = input.calibrated
    ? { label, unit: input.unit, low: value, expected: value, high: value, field: input.field, calibrated: true, kind: 'input' }
    : { label, unit: input.unit, low: value, expected: value, high: value, field: input.field, kind: 'input' };
  return basis ? Object.assign(step, basis) : step;
}

/**
 * A point of the projection for a month the creator is eligible in: the same figures as
 * `estimateRange` for that month's stats, written straight into the point. (Going through
 * estimateRange allocated a range per month only to copy it: a sixth of all bytes an evaluation allocated.)
 */
export function eligiblePoint(
  month: number,
  rule: MethodRule,
  stats: Stats,
  profile: CreatorProfile,
  ruleset: Ruleset,
  perUsd: number,
  sets: ParameterSets,
): ProjectionPoint {
  const scale = inputProduct(rule, stats, profile, ruleset, perUsd, sets);
  if (!(scale > 0)) return { month, eligible: true, low: 0, expected: 0, high: 0 };
  const range = sets.range(stats);
  return { month, eligible: true, low: toCents(range.low * scale), expected: toCents(range.expected * scale), high: toCents(range.high * scale) };
}

/** The steps behind `estimateRange`, for "how we got this number", and the least certain of them. */
export function estimateSteps(
  rule: MethodRule,
  stats: Stats,
  profile: CreatorProfile,
  ruleset: Ruleset,
  sets: ParameterSets,
): { steps: FactorStep[]; confidence: Confidence } {
  const set = sets.for(stats);
  let confidence = set.confidence;
  const steps: FactorStep[] = [];
  for (const input of sets.model.inputs) {
    const basis = input.basis?.(rule);
    confidence = lowerConfidence(confidence, basis?.confidence);
    steps.push(inputStep(input, ruleset.text.formula[input.label] as string, input.value(stats, profile, rule, ruleset), basis));
  }
  for (const step of set.steps) steps.push(step);
  return { steps, confidence };
}
