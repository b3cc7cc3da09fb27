import { HORIZON_MONTHS } from './conditions';
import { monthlyOutlook } from './monthly-outlook';
import type { Evaluation, MethodResult } from './result';
import type { MethodId } from './method-ids';
import type { ProfileField } from './profile';
import type { Ruleset } from './ruleset';

/** The number a method's earnings scale with, which a creator can work on. */
type Driver = { field: ProfileField & ('views30d' | 'followers' | 'liveHours') };

const DRIVERS: Record<MethodId, Driver> = {
  'creator-rewards': { field: 'views30d' },
  'live-gifts': { field: 'liveHours' },
  'live-subscriptions': { field: 'followers' },
  'video-gifts': { field: 'views30d' },
  series: { field: 'views30d' },
  'tiktok-shop-affiliate': { field: 'views30d' },
  'brand-partnerships': { field: 'followers' },
  affiliate: { field: 'views30d' },
  'own-products': { field: 'views30d' },
};

export type GoalMethod = {
  id: MethodId;
  name: string;
  /** What this method alone would need to pay the goal at today's parameters, e.g. 1,200,000 views in 30 days. */
  needs: { field: Driver['field']; value: number } | null;
  /** Months until this method alone pays the goal at the creator's growth rate (and once eligible); null beyond 10 years. */
  monthsToGoal: number | null;
};

export type IncomeGoal = {
  /** Monthly target, in the evaluation's currency. */
  target: number;
  methods: GoalMethod[];
  /** The soonest way there: one method, or every method the creator qualifies for by then, together. */
  fastest: { kind: 'single'; ids: [MethodId]; months: number } | { kind: 'mix'; ids: MethodId[]; months: number } | null;
};

/** How many units of the driver one currency unit of monthly earnings takes, from the method's own formula. */
function earningsPerUnit(method: MethodResult, driver: Driver): number {
  let perUnit = 1;
  let scalesWithDriver = false;
  for (const step of method.formula) {
    if (step.kind === 'result') continue;
    if (step.field === driver.field) {
      // Views enter some formulas in thousands.
      if (step.unit === 'thousand views') perUnit /= 1000;
      scalesWithDriver = true;
      continue;
    }
    perUnit *= step.expected;
  }
  // A formula that does not use the driver (e.g. LIVE gifts from your own Diamonds) cannot say how much more of it you need.
  return scalesWithDriver ? perUnit : 0;
}

/**
 * What it would take to earn `target` a month (in the evaluation's currency): for each method the
 * views, followers or LIVE hours it alone would need at today's parameters, when growth gets it
 * there, and which single method or mix of methods gets there soonest. Pure: derived from the
 * evaluation's own formulas and projections.
 */
export function planIncomeGoal(evaluation: Evaluation, target: number, ruleset: Ruleset): IncomeGoal {
  // Month by month, exactly as the projection counts it (eligibility that can start or stop, tiers, growth).
  const outlook = monthlyOutlook(evaluation.profile, evaluation.asOf, HORIZON_MONTHS, ruleset);
  const paying = (entry: (typeof outlook)[number], month: number) => (entry.eligible[month] ? entry.expected[month]! : 0);

  const methods = evaluation.methods.map((method, index): GoalMethod => {
    const driver = DRIVERS[method.id];
    const perUnit = earningsPerUnit(method, driver);
    const value = Math.ceil(target / perUnit);
    // A formula that pays next to nothing per view would need more than any number can say: no estimate.
    const needs = perUnit > 0 && Number.isFinite(value) ? { field: driver.field, value } : null;
    const entry = outlook[index]!;
    let monthsToGoal: number | null = null;
    for (let month = 0; month <= HORIZON_MONTHS; month++) {
      if (paying(entry, month) >= target) {
        monthsToGoal = month;
        break;
      }
    }
    return { id: method.id, name: method.name, needs, monthsToGoal };
  });

  const single = methods
    .filter((method) => method.monthsToGoal !== null)
    .sort((a, b) => a.monthsToGoal! - b.monthsToGoal!)[0];
  let mix: { ids: MethodId[]; months: number } | null = null;
  for (let month = 0; month <= HORIZON_MONTHS && mix === null; month++) {
    // The fewest methods that pay the goal together: the biggest earners first.
    const earning = outlook
      .map((entry) => ({ id: entry.id, expected: paying(entry, month) }))
      .filter((entry) => entry.expected > 0)
      .sort((a, b) => b.expected - a.expected);
    let total = 0;
    const ids: MethodId[] = [];
    for (const entry of earning) {
      if (total >= target) break;
      total += entry.expected;
      ids.push(entry.id);
    }
    if (total >= target) mix = { ids, months: month };
  }

  let fastest: IncomeGoal['fastest'] = null;
  if (single && (mix === null || single.monthsToGoal! <= mix.months)) {
    fastest = { kind: 'single', ids: [single.id], months: single.monthsToGoal! };
  } else if (mix) {
    fastest = { kind: 'mix', ids: mix.ids, months: mix.months };
  }
  return { target, methods, fastest };
}
