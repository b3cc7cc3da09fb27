import { checkConditions, trajectoryOf, type ConditionTable, type CreatorConditions } from './conditions';
import { todayIso } from './dates';
import { eligiblePoint, estimateRange, estimateSteps, exchangeRateStep, parameterSetsFor } from './estimates';
import { convert, lowerConfidence, toCents, type MoneyRange, type ProjectionPoint, type Stats } from './factors';
import { planIncomeGoal } from './goal';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { startWith } from './outlook';
import { payoutTiming } from './payout';
import { planFor, type MethodPlan } from './plan';
import { creatorProfileSchema, isoDateSchema, type CreatorProfile, type CreatorProfileInput } from './profile';
import { compileRequirements, firstMonthAfterActions, firstMonthHolding, holdsAt, staysMet } from './requirement-tree';
import { requirementResults, type RequirementResult } from './requirement-results';
import type { BlockedReason, Evaluation, FormulaStep, MethodResult } from './result';
import type { Ruleset } from './ruleset';
import { rulesetFor } from './shipped';

export const PROJECTION_MONTHS = 12;

export type EvaluateOptions = {
  /** ISO date the rules are applied at; today (UTC) when left out. */
  asOf?: string;
  /** The language of the rule data (names, tips, caveats; `en` when left out); ignored when `ruleset` is given. */
  locale?: Locale;
  /** Rule data to use in place of the shipped rules; its `locale` sets the language. */
  ruleset?: Ruleset;
};

/** What `evaluateProfile` may leave out, for a caller that will not show it. */
export type EvaluateProfileOptions = {
  /**
   * Work out the month-by-month projection (the default). Without it every method's `projection` and the
   * summary's are empty, and all else is the same: the projection can be half of an evaluation's work.
   */
  projection?: boolean;
};

const ZERO: MoneyRange = Object.freeze({ low: 0, expected: 0, high: 0 });

/** Months not yet unlocked are the same for everyone: share one frozen point per month. */
const LOCKED_POINTS: readonly ProjectionPoint[] = Array.from({ length: PROJECTION_MONTHS + 1 }, (_, month) =>
  Object.freeze({ month, eligible: false, low: 0, expected: 0, high: 0 }),
);

/** Sooner first; among methods unlocking in the same month, the one worth more. */
function unlocksBefore(a: MethodResult, b: MethodResult): boolean {
  if (a.eligibleInMonths !== b.eligibleInMonths) return a.eligibleInMonths! < b.eligibleInMonths!;
  return a.potential.expected > b.potential.expected;
}

/** A range to the cent. */
function cents(range: MoneyRange): MoneyRange {
  return { low: toCents(range.low), expected: toCents(range.expected), high: toCents(range.high) };
}

// What blocks a method most firmly speaks first: where you live outranks what you can change today,
// which outranks what growth or time would bring.
const BLOCK_ORDER: Record<RequirementResult['kind'], number> = { fixed: 0, action: 1, time: 2, growth: 3 };

/** The requirement that neither growth nor time will meet, the firmest first. */
function stuckRequirement(requirements: RequirementResult[]): RequirementResult | undefined {
  let stuck: RequirementResult | undefined;
  for (const requirement of requirements) {
    if (requirement.met || requirement.metFromMonth !== null) continue;
    if (!stuck || BLOCK_ORDER[requirement.kind] < BLOCK_ORDER[stuck.kind]) stuck = requirement;
  }
  return stuck;
}

function blockedReasonOf(stuck: RequirementResult | undefined): BlockedReason {
  if (!stuck) return BLOCKED_NEVER;
  return { code: stuck.kind === 'growth' || stuck.kind === 'time' ? 'notWithin' : 'unmet', requirement: stuck };
}

const BLOCKED_NEVER: BlockedReason = Object.freeze({ code: 'never', requirement: null });

function evaluateMethod(
  plan: MethodPlan,
  profile: CreatorProfile,
  asOf: string,
  ruleset: Ruleset,
  perUsd: number,
  trajectory: readonly Stats[],
  conditions: CreatorConditions,
  table: ConditionTable,
  months: number,
): MethodResult {
  const { rule } = plan;
  const parameters = parameterSetsFor(plan.parameters, rule, profile);
  const tree = compileRequirements(plan.requirements, conditions);
  const requirements = requirementResults(tree, profile, asOf);
  const eligibleInMonths = firstMonthHolding(tree);
  const eligible = eligibleInMonths === 0;

  const now = trajectory[0]!;
  const potential = estimateRange(rule, now, profile, ruleset, perUsd, parameters);

  // Usually nothing, once met, stops being met (no shrinking audience, no rule that ends): then eligibility
  // over the months follows from the first month alone instead of checking the tree twelve times.
  const monotone = staysMet(tree);
  const projection: ProjectionPoint[] = [];
  for (let month = 1; month <= months; month++) {
    const eligibleThen = monotone ? eligibleInMonths !== null && month >= eligibleInMonths : holdsAt(tree, month);
    if (!eligibleThen) {
      projection.push(LOCKED_POINTS[month]!);
      continue;
    }
    projection.push(eligiblePoint(month, rule, trajectory[month]!, profile, ruleset, perUsd, parameters));
  }

  const { steps, confidence } = estimateSteps(rule, now, profile, ruleset, parameters);
  const formula: FormulaStep[] = steps;
  if (perUsd !== 1) formula.push(exchangeRateStep(profile.currency, ruleset));
  formula.push({
    key: 'result',
    unit: profile.currency,
    low: potential.low,
    expected: potential.expected,
    high: potential.high,
    kind: 'result',
  });

  const stuck = eligibleInMonths === null ? stuckRequirement(requirements) : undefined;
  const { firstPayout, payout } = payoutTiming(asOf, eligibleInMonths, ruleset.payouts.methods[rule.id], potential.expected, perUsd);
  return {
    id: rule.id,
    name: rule.name,
    summary: rule.summary,
    platform: rule.platform,
    eligible,
    status: eligible ? 'eligible' : eligibleInMonths === null ? 'blocked' : 'reachable',
    requirements,
    eligibleInMonths,
    blocked: eligibleInMonths === null ? blockedReasonOf(stuck) : null,
    blockedBy: stuck?.fact ?? null,
    afterActionsInMonths: stuck?.kind === 'action' ? firstMonthAfterActions(tree, table) : null,
    monthly: eligible ? potential : ZERO,
    potential,
    projection,
    formula,
    confidence: perUsd !== 1 ? lowerConfidence(confidence, ruleset.currency.confidence) : confidence,
    comparison: plan.comparison,
    effortLevel: rule.effortLevel,
    tips: plan.tips,
    caveats: plan.caveats,
    upcoming: plan.upcoming,
    firstPayout,
    payout,
  };
}

/** Months 1-12 (or none): every method's projection added up, to the cent. */
function summaryProjection(methods: readonly MethodResult[], months: number): Evaluation['summary']['projection'] {
  const projection: Evaluation['summary']['projection'] = [];
  for (let index = 0; index < months; index++) {
    let low = 0;
    let expected = 0;
    let high = 0;
    for (const method of methods) {
      const point = method.projection[index]!;
      low += point.low;
      expected += point.expected;
      high += point.high;
    }
    projection.push({ month: index + 1, low: toCents(low), expected: toCents(expected), high: toCents(high) });
  }
  return projection;
}

/**
 * Checks a creator's stats against every monetization method.
 *
 * Pure and synchronous: the date and the ruleset are inputs, so the same profile, `asOf` and ruleset
 * always give the same result. Only when `asOf` is left out is today's date read, once, here.
 * The profile is parsed with `creatorProfileSchema` (defaults filled in); invalid input throws a ZodError,
 * whose issues carry codes, not sentences (see `ValidationProblem`).
 */
export function evaluate(input: CreatorProfileInput, options: EvaluateOptions = {}): Evaluation {
  const ruleset = options.ruleset ?? rulesetFor(options.locale ?? DEFAULT_LOCALE);
  const profile = creatorProfileSchema.parse(input);
  const asOf = options.asOf === undefined ? todayIso() : isoDateSchema.parse(options.asOf);
  return evaluateProfile(profile, asOf, ruleset);
}

/** `evaluate()` for a profile that has already been parsed, e.g. at a route's edge. */
export function evaluateProfile(profile: CreatorProfile, asOf: string, ruleset: Ruleset, options: EvaluateProfileOptions = {}): Evaluation {
  const months = options.projection === false ? 0 : PROJECTION_MONTHS;
  const perUsd = convert(1, 'USD', profile.currency, ruleset);
  const plan = planFor(ruleset, profile.country, asOf);
  // Followers and views for months 0-12, grown once per evaluation and shared by every method.
  const trajectory = trajectoryOf(profile, PROJECTION_MONTHS);
  const conditions = checkConditions(plan.conditions, profile);
  const methods = plan.methods.map((method) =>
    evaluateMethod(method, profile, asOf, ruleset, perUsd, trajectory, conditions, plan.conditions, months),
  );

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

  const startingMethod = startWith(methods);
  const evaluation: Evaluation = {
    rulesetVersion: ruleset.version,
    locale: ruleset.locale,
    asOf,
    currency: profile.currency,
    exchangeRate: {
      perUsd,
      date: ruleset.currency.dates?.[profile.currency]?.date ?? ruleset.currency.date,
      source: ruleset.currency.dates?.[profile.currency]?.source ?? ruleset.currency.source,
    },
    sources: plan.sources,
    profile,
    methods,
    summary: {
      eligibleCount,
      methodCount: methods.length,
      monthly: cents(monthly),
      projection: summaryProjection(methods, months),
      startWith: startingMethod && { id: startingMethod.id, name: startingMethod.name, monthly: startingMethod.monthly },
      nextUnlock: next && { id: next.id, name: next.name, months: next.eligibleInMonths! },
    },
    goal: null,
  };
  if (profile.incomeGoal > 0) evaluation.goal = planIncomeGoal(evaluation, profile.incomeGoal, ruleset);
  return evaluation;
}
