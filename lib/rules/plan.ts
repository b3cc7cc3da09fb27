import { ParameterSets } from './estimates';
import { newConditionTable, type ConditionTable } from './conditions';
import { resolveRequirements, type RequiredCondition, type RequirementTree, type StaticNode } from './requirement-tree';
import type { Ruleset } from './ruleset';
import type { MethodRule, RequirementNode, Source } from './schema';

/** What the evaluation of one method needs that is the same for every creator in a country on a date. */
export type MethodPlan = {
  rule: MethodRule;
  requirements: RequirementTree;
  parameters: ParameterSets;
  tips: readonly string[];
  caveats: readonly string[];
  /** Requirements that come into force later ("From Mar 1, 2027: 5,000+ followers"). */
  upcoming: readonly UpcomingRequirement[];
  comparison: Readonly<{
    incomeType: string;
    requirementsText: string;
    earningPotential: string;
    effort: string;
    payoutTiming: string;
  }>;
};

/** A requirement that comes into force on a later date: `requires` from `from`. */
export type UpcomingRequirement = { from: string; requires: RequiredCondition };

/** A ruleset resolved for one country and date: the part of `evaluate()` that does not depend on the creator. */
export type Plan = {
  methods: MethodPlan[];
  /** The distinct conditions of all its requirement trees, checked once per creator. */
  conditions: ConditionTable;
  /** Every source a result for this country and date can refer to. */
  sources: Readonly<Record<string, Source>>;
};

function addRequirementSources(node: RequirementNode, into: Set<string>) {
  if ('all' in node) node.all.forEach((child) => addRequirementSources(child, into));
  else if ('any' in node) node.any.forEach((child) => addRequirementSources(child, into));
  else {
    if (node.source) into.add(node.source);
    node.overrides?.forEach((override) => into.add(override.source));
  }
}

function upcomingRequirements(root: StaticNode): UpcomingRequirement[] {
  if (root.type === 'leaf') return [];
  return root.children.flatMap((child) =>
    child.type === 'leaf' && child.active.start > 0 && child.leaf.from ? [Object.freeze({ from: child.leaf.from, requires: child.requires })] : [],
  );
}

function buildPlan(ruleset: Ruleset, country: string, asOf: string): Plan {
  const sourceIds = new Set<string>([ruleset.currency.source]);
  const conditions = newConditionTable();
  const methods = ruleset.methods.map((rule): MethodPlan => {
    addRequirementSources(rule.requirements, sourceIds);
    for (const parameter of Object.values(rule.parameters)) {
      if (parameter.source) sourceIds.add(parameter.source);
      parameter.overrides?.forEach((override) => override.source && sourceIds.add(override.source));
    }
    if (rule.id === 'brand-partnerships' && rule.tiersSource.source) sourceIds.add(rule.tiersSource.source);
    const requirements = resolveRequirements(rule.requirements, country, asOf, conditions);
    return {
      rule,
      requirements,
      upcoming: Object.freeze(upcomingRequirements(requirements.root)),
      parameters: new ParameterSets(rule, country),
      // Frozen: shared by every result for this country and date, so nobody may change them (and their
      // JSON can be written once).
      tips: Object.freeze([...rule.tips]),
      caveats: Object.freeze(
        rule.caveats.flatMap((caveat) =>
          typeof caveat === 'string' ? [caveat] : (caveat.countries as string[]).includes(country) ? [caveat.text] : [],
        ),
      ),
      comparison: Object.freeze({
        incomeType: rule.incomeType,
        requirementsText: rule.requirementsText,
        earningPotential: rule.earningPotential,
        effort: rule.effort,
        payoutTiming: rule.payoutTiming,
      }),
    };
  });
  const sources: Record<string, Source> = {};
  for (const id of [...sourceIds].sort()) sources[id] = ruleset.sources[id]!;
  return { methods, conditions, sources: Object.freeze(sources) };
}

// A plan is shared by every creator in one country on one day. Each holds resolved rule trees and
// memoized results (tens of kilobytes), so keep the most recently used few hundred.
const PLAN_CACHE_LIMIT = 300;
const planCache = new WeakMap<Ruleset, Map<string, Plan>>();

/** The plan for a country and date, built once and reused. */
export function planFor(ruleset: Ruleset, country: string, asOf: string): Plan {
  let cache = planCache.get(ruleset);
  if (!cache) planCache.set(ruleset, (cache = new Map()));
  const key = `${country}|${asOf}`;
  let plan = cache.get(key);
  if (plan) {
    // Move to the back: Map keeps insertion order, so the front is the least recently used.
    cache.delete(key);
  } else {
    if (cache.size >= PLAN_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    plan = buildPlan(ruleset, country, asOf);
  }
  cache.set(key, plan);
  return plan;
}
