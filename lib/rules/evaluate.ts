import { todayIso } from './dates';
import { convert, estimateRange, estimateSteps, parameterSets, type Factor, type MoneyRange, type Stats } from './estimates';
import { creatorProfileSchema, isoDateSchema, type CreatorProfile, type CreatorProfileInput, type Currency } from './profile';
import {
  compileRequirements,
  factAt,
  firstMonthHolding,
  holdsAt,
  requirementResults,
  type RequirementResult,
} from './requirements';
import { defaultRuleset, type Ruleset } from './ruleset';
import type { MethodId } from './method-ids';
import type { Confidence, MethodRule, Source } from './schema';

export const PROJECTION_MONTHS = 12;

/** Where a method stands: eligible now, reachable by growing and waiting, or blocked by something else. */
export type MethodStatus = 'eligible' | 'reachable' | 'blocked';

export type ProjectionPoint = MoneyRange & { month: number; eligible: boolean };

/** One step of "how we got this number". Values are in the step's unit; money steps in the result's currency. */
export type FormulaStep = Factor & { kind: 'input' | 'parameter' | 'result' };

export type MethodResult = {
  id: MethodId;
  name: string;
  summary: string;
  platform: MethodRule['platform'];
  /** True exactly when every requirement is met. */
  eligible: boolean;
  status: MethodStatus;
  requirements: RequirementResult[];
  /** 0 when eligible now; the first month in which every requirement is met; null when growth can't get there. */
  eligibleInMonths: number | null;
  /** Why `eligibleInMonths` is null, in words a person can act on. */
  blockedReason: string | null;
  /** Earnings a month now, in the result's currency: zero when not eligible. */
  monthly: MoneyRange;
  /** Earnings a month if the creator were eligible today. */
  potential: MoneyRange;
  /** Months 1-12 from now, with growth applied. */
  projection: ProjectionPoint[];
  /** The steps of the estimate of `potential`. */
  formula: FormulaStep[];
  /** The least certain number behind the estimate. */
  confidence: Confidence;
  comparison: {
    incomeType: string;
    requirementsText: string;
    earningPotential: string;
    effort: string;
    payoutTiming: string;
  };
  tips: string[];
  caveats: string[];
};

export type Evaluation = {
  rulesetVersion: string;
  /** The date the rules were applied at (YYYY-MM-DD). */
  asOf: string;
  currency: Currency;
  /** The exchange rates behind any conversion from USD. */
  exchangeRate: { perUsd: number; date: string; source: string };
  /** Every source the result refers to, by id: requirements and formula steps name these ids. */
  sources: Record<string, Source>;
  profile: CreatorProfile;
  methods: MethodResult[];
  summary: {
    eligibleCount: number;
    methodCount: number;
    /** Sum over methods eligible now. */
    monthly: MoneyRange;
    /** The method closest to unlocking (not eligible now, reachable soonest). */
    nextUnlock: { id: MethodId; name: string; months: number; message: string } | null;
  };
};

export type EvaluateOptions = {
  /** ISO date the rules are applied at; today (UTC) when left out. */
  asOf?: string;
  ruleset?: Ruleset;
};

const ZERO: MoneyRange = { low: 0, expected: 0, high: 0 };
const CONFIDENCE_ORDER: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

function statsAt(profile: CreatorProfile, month: number): Stats {
  return {
    followers: factAt('followers', profile, month) as number,
    views30d: factAt('views30d', profile, month) as number,
  };
}

function lowestConfidence(factors: readonly Factor[]): Confidence {
  let lowest = 2;
  for (const factor of factors) {
    const rank = factor.confidence === undefined ? 2 : CONFIDENCE_ORDER[factor.confidence];
    if (rank < lowest) lowest = rank;
  }
  return lowest === 0 ? 'low' : lowest === 1 ? 'medium' : 'high';
}


function sourcesUsed(methods: readonly MethodResult[], ruleset: Ruleset): Record<string, Source> {
  const used: Record<string, Source> = {};
  const add = (id: string | undefined) => {
    if (id !== undefined && !(id in used)) used[id] = ruleset.sources[id]!;
  };
  for (const method of methods) {
    for (const requirement of method.requirements) add(requirement.source);
    for (const step of method.formula) add(step.source);
  }
  add(ruleset.currency.source);
  return used;
}

/** Sooner first; among methods unlocking in the same month, the one worth more. */
function unlocksBefore(a: MethodResult, b: MethodResult): boolean {
  if (a.eligibleInMonths !== b.eligibleInMonths) return a.eligibleInMonths! < b.eligibleInMonths!;
  return a.potential.expected > b.potential.expected;
}

/** Money to the cent: finer digits mean nothing in an estimate and only bloat every response. */
function cents(range: MoneyRange): MoneyRange {
  return { low: Math.round(range.low * 100) / 100, expected: Math.round(range.expected * 100) / 100, high: Math.round(range.high * 100) / 100 };
}

function blockedReasonOf(requirements: RequirementResult[]): string {
  const stuck = requirements.find((requirement) => !requirement.met && requirement.metFromMonth === null);
  if (!stuck) return 'These requirements are not all met at the same time within the next 10 years.';
  if (stuck.kind === 'growth' || stuck.kind === 'time') {
    return `Not within 10 years at your current growth rate (${stuck.message.charAt(0).toLowerCase()}${stuck.message.slice(1)})`;
  }
  return stuck.message;
}

function evaluateMethod(rule: MethodRule, profile: CreatorProfile, asOf: string, ruleset: Ruleset, perUsd: number): MethodResult {
  const tree = compileRequirements(rule.requirements, profile, asOf);
  const requirements = requirementResults(tree, profile, asOf);
  const eligible = holdsAt(tree, 0);
  const eligibleInMonths = eligible ? 0 : firstMonthHolding(tree);

  const now = statsAt(profile, 0);
  const sets = parameterSets(rule, profile.country, ruleset);
  const potential = cents(estimateRange(rule, now, profile, ruleset, perUsd, sets));

  const projection: ProjectionPoint[] = [];
  for (let month = 1; month <= PROJECTION_MONTHS; month++) {
    const eligibleThen = holdsAt(tree, month);
    if (!eligibleThen) {
      projection.push({ month, eligible: false, low: 0, expected: 0, high: 0 });
      continue;
    }
    const range = cents(estimateRange(rule, statsAt(profile, month), profile, ruleset, perUsd, sets));
    projection.push({ month, eligible: true, low: range.low, expected: range.expected, high: range.high });
  }

  const formula: FormulaStep[] = estimateSteps(rule, now, profile, ruleset);
  if (perUsd !== 1) {
    formula.push({
      label: `Exchange rate, ${profile.currency} per USD`,
      unit: profile.currency,
      low: perUsd,
      expected: perUsd,
      high: perUsd,
      kind: 'parameter',
      source: ruleset.currency.source,
      checked: ruleset.currency.checked,
      confidence: ruleset.currency.confidence,
      note: `ECB reference rates of ${ruleset.currency.date}`,
    });
  }
  formula.push({ label: 'Earnings a month if eligible', unit: profile.currency, ...potential, kind: 'result' });

  return {
    id: rule.id,
    name: rule.name,
    summary: rule.summary,
    platform: rule.platform,
    eligible,
    status: eligible ? 'eligible' : eligibleInMonths === null ? 'blocked' : 'reachable',
    requirements,
    eligibleInMonths,
    blockedReason: eligibleInMonths === null ? blockedReasonOf(requirements) : null,
    monthly: eligible ? potential : ZERO,
    potential,
    projection,
    formula,
    confidence: lowestConfidence(formula),
    comparison: {
      incomeType: rule.incomeType,
      requirementsText: rule.requirementsText,
      earningPotential: rule.earningPotential,
      effort: rule.effort,
      payoutTiming: rule.payoutTiming,
    },
    tips: rule.tips,
    caveats: rule.caveats.flatMap((caveat) =>
      typeof caveat === 'string' ? [caveat] : (caveat.countries as string[]).includes(profile.country) ? [caveat.text] : [],
    ),
  };
}

/**
 * Checks a creator's stats against every monetization method.
 *
 * Pure and synchronous: the date and the ruleset are inputs, so the same profile, `asOf` and ruleset
 * always give the same result. Only when `asOf` is left out is today's date read, once, here.
 * The profile is parsed with `creatorProfileSchema` (defaults filled in); invalid input throws a ZodError.
 */
export function evaluate(input: CreatorProfileInput, options: EvaluateOptions = {}): Evaluation {
  const profile = creatorProfileSchema.parse(input);
  const asOf = options.asOf === undefined ? todayIso() : isoDateSchema.parse(options.asOf);
  return evaluateProfile(profile, asOf, options.ruleset ?? defaultRuleset);
}

/** `evaluate()` for a profile that has already been parsed, e.g. at a route's edge. */
export function evaluateProfile(profile: CreatorProfile, asOf: string, ruleset: Ruleset = defaultRuleset): Evaluation {
  const perUsd = convert(1, 'USD', profile.currency, ruleset);
  const methods = ruleset.methods.map((rule) => evaluateMethod(rule, profile, asOf, ruleset, perUsd));

  const monthly = { ...ZERO };
  let eligibleCount = 0;
  let next: MethodResult | null = null;
  for (const method of methods) {
    if (method.eligible) {
      eligibleCount++;
      monthly.low += method.monthly.low;
      monthly.expected += method.monthly.expected;
      monthly.high += method.monthly.high;
    } else if (method.eligibleInMonths !== null && (next === null || unlocksBefore(method, next))) {
      next = method;
    }
  }

  return {
    rulesetVersion: ruleset.version,
    asOf,
    currency: profile.currency,
    exchangeRate: { perUsd, date: ruleset.currency.date, source: ruleset.currency.source },
    sources: sourcesUsed(methods, ruleset),
    profile,
    methods,
    summary: {
      eligibleCount,
      methodCount: methods.length,
      monthly: cents(monthly),
      nextUnlock: next && {
        id: next.id,
        name: next.name,
        months: next.eligibleInMonths!,
        message: next.requirements
          .filter((requirement) => !requirement.met)
          .map((requirement) => requirement.message)
          .join('; '),
      },
    },
  };
}
