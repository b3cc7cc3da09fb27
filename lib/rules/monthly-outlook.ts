import { checkConditions, trajectoryOf } from './conditions';
import { convert } from './factors';
import { inputProduct, parameterSetsFor } from './estimates';
import type { MethodId } from './method-ids';
import { planFor } from './plan';
import type { CreatorProfile } from './profile';
import { compileRequirements, holdsAt } from './requirement-tree';
import type { Ruleset } from './ruleset';

/** For each method, month by month (0 = now): whether the creator qualifies then and the expected earnings. */
export type MonthlyOutlook = { id: MethodId; eligible: boolean[]; expected: number[] };

/**
 * The same eligibility and expected earnings as `projection`, for any number of months: what the income
 * goal needs to look past the first year. Pure, like `evaluate()`.
 */
export function monthlyOutlook(profile: CreatorProfile, asOf: string, months: number, ruleset: Ruleset): MonthlyOutlook[] {
  const perUsd = convert(1, 'USD', profile.currency, ruleset);
  const trajectory = trajectoryOf(profile, months);
  const { methods, conditions } = planFor(ruleset, profile.country, asOf);
  const checked = checkConditions(conditions, profile);
  return methods.map((plan) => {
    const tree = compileRequirements(plan.requirements, checked);
    const parameters = parameterSetsFor(plan.parameters, plan.rule, profile);
    const eligible: boolean[] = [];
    const expected: number[] = [];
    for (let month = 0; month <= months; month++) {
      const stats = trajectory[month]!;
      eligible.push(holdsAt(tree, month));
      expected.push(inputProduct(plan.rule, stats, profile, ruleset, perUsd, parameters) * parameters.range(stats).expected);
    }
    return { id: plan.rule.id, eligible, expected };
  });
}
