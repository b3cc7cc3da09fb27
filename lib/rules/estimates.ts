import {
  addFactor,
  convert,
  lowerConfidence,
  rangeAfter,
  rangeOf,
  toCents,
  type Factor,
  type FactorStep,
  type MoneyRange,
  type ParameterStep,
  type ProjectionPoint,
  type Spread,
  type Stats,
} from './factors';
import { MODELS, type Input, type Model } from './models';
import type { CreatorProfile, Currency } from './profile';
import type { Ruleset } from './ruleset';
import type { Confidence, MethodRule } from './schema';

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
    key: 'exchangeRate',
    unit: currency,
    low: perUsd,
    expected: perUsd,
    high: perUsd,
    kind: 'parameter',
    source: dated?.source ?? ruleset.currency.source,
    checked: ruleset.currency.checked,
    confidence: ruleset.currency.confidence,
    ratesOf: dated?.date ?? ruleset.currency.date,
  };
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

/** The parameter set of a method in one country, built on first use (with the stats' own parameter, where there is one). */
export class ParameterSets {
  /** The parameters the same for every creator in the country, and their running totals for `combine`. */
  private fixed: { set: ParameterSet; spread: Readonly<Spread> } | undefined;

  constructor(
    private readonly rule: MethodRule,
    private readonly country: string,
    /** The formula: the method's own, or its calibrated form for one creator. */
    readonly model: Model = MODELS[rule.id],
  ) {}

  /** The set that applies to these stats. */
  for(stats: Stats): ParameterSet {
    const { set, spread } = this.fixedParameters();
    if (!this.model.statsParameter) return set;
    const step = this.model.statsParameter(this.rule, stats);
    return { steps: [...set.steps, step], range: rangeAfter(spread, step), confidence: lowerConfidence(set.confidence, step.confidence) };
  }

  /** Just the combined range, for the month-by-month projection: no formula steps to build. */
  range(stats: Stats): MoneyRange {
    const { set, spread } = this.fixedParameters();
    if (!this.model.statsParameter) return set.range;
    return rangeAfter(spread, this.model.statsParameter(this.rule, stats));
  }

  private fixedParameters() {
    if (this.fixed) return this.fixed;
    // These steps go into every result for this country: nobody may change them.
    const steps = this.model.parameters(this.rule, this.country).map((step) => Object.freeze(step));
    const spread: Spread = { expected: 1, lowSpread: 0, highSpread: 0 };
    let confidence: Confidence = 'high';
    for (const step of steps) {
      addFactor(spread, step);
      confidence = lowerConfidence(confidence, step.confidence);
    }
    return (this.fixed = { set: { steps, range: rangeOf(spread), confidence }, spread: Object.freeze(spread) });
  }
}

/** The parameter sets to use for this creator: the plan's shared ones, or calibrated ones built for them. */
export function parameterSetsFor(shared: ParameterSets, rule: MethodRule, profile: CreatorProfile): ParameterSets {
  // The creator's own earnings say more than where their audience lives: they come first.
  const model = MODELS[rule.id];
  const personal = model.calibrated?.(profile) ?? model.byAudience?.(profile);
  return personal ? new ParameterSets(rule, profile.country, personal) : shared;
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
function inputStep(input: Input, value: number, basis: Partial<Factor> | undefined): FactorStep {
  // Written out rather than spread: the same keys in the same order, without building it key by key.
  const step: FactorStep = input.calibrated
    ? { key: input.key, unit: input.unit, low: value, expected: value, high: value, field: input.field, calibrated: true, kind: 'input' }
    : { key: input.key, unit: input.unit, low: value, expected: value, high: value, field: input.field, kind: 'input' };
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
    steps.push(inputStep(input, input.value(stats, profile, rule, ruleset), basis));
  }
  for (const step of set.steps) steps.push(step);
  return { steps, confidence };
}
