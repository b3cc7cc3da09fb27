import { factAt, meets, type RequirementKind, type Value } from './conditions';
import type { CreatorProfile } from './profile';
import {
  firstMonthHolding,
  holdsNode,
  inForceAt,
  leafStart,
  type Compiled,
  type Leaf,
  type RequiredCondition,
  type StaticLeaf,
  type StaticNode,
} from './requirement-tree';
import type { Confidence, Fact, Op } from './schema';

/**
 * One requirement as facts: what is required, what the creator has, whether it is met and how far off.
 * The page and the API put it into words (messages/*.json, `engine`); the engine writes no sentence.
 */
export type RequirementResult = {
  fact: Fact;
  op: Op;
  /** The value required, after any country override. */
  required: Value;
  /** What the creator has now. */
  actual: Value;
  met: boolean;
  /** How far off the creator is, in the fact's unit (1 at 9,999 of 10,000 followers); null for yes/no facts. */
  gap: number | null;
  /** What is required: this condition, or the group it speaks for ("either ... or"). */
  requires: RequiredCondition;
  /** A country listed but not yet in force: the date it opens there; otherwise null. */
  opensOn: string | null;
  kind: RequirementKind;
  /** First month (0 = now) in which this requirement holds; null when growth and time can't get there. */
  metFromMonth: number | null;
  /** Id of the source in the result's `sources`. */
  source: string | undefined;
  checked: string;
  confidence: Confidence;
  note: string | undefined;
};

function gapOf(leaf: Leaf, actual: Value): number | null {
  if (typeof actual !== 'number' || typeof leaf.value !== 'number') return null;
  if (leaf.op === 'gte') return Math.max(0, leaf.value - actual);
  if (leaf.op === 'lte') return Math.max(0, actual - leaf.value);
  return null;
}

/** The date a listed country opens, when its rule is not yet in force: what "Opens in Mexico on ..." says. */
function opensOn(leaf: Leaf, actual: Value, met: boolean, inForce: boolean, asOf: string): string | null {
  if (leaf.fact !== 'country' || met || inForce || !leaf.from || leaf.from <= asOf) return null;
  return (leaf.value as string[]).includes(actual as string) ? leaf.from : null;
}

function leafResult(c: Compiled, node: StaticLeaf, profile: CreatorProfile, asOf: string): RequirementResult {
  const { leaf, kind } = node;
  const actual = factAt(leaf.fact, profile, 0);
  const memoized = kind === 'action' || kind === 'fixed';
  const remembered = memoized ? (node.memo.get(actual) as RequirementResult | undefined) : undefined;
  if (remembered) return remembered;
  const inForce = inForceAt(node, 0);
  const met = inForce && meets(leaf.op, actual, leaf.value);
  const start = leafStart(c, node);
  const result: RequirementResult = {
    fact: leaf.fact,
    op: leaf.op,
    required: leaf.value,
    actual,
    met,
    gap: gapOf(leaf, actual),
    requires: node.requires,
    opensOn: opensOn(leaf, actual, met, inForce, asOf),
    kind,
    metFromMonth: Number.isFinite(start) ? start : null,
    source: leaf.source,
    checked: leaf.checked,
    confidence: leaf.confidence,
    note: leaf.note,
  };
  // Yes/no facts give the same result for everyone with the same value in this country on this date.
  if (memoized && node.memo.size < 64) node.memo.set(actual, Object.freeze(result));
  return result;
}

function unmetLeafCount(c: Compiled, node: StaticNode): number {
  if (node.type === 'leaf') return holdsNode(c, node, 0) ? 0 : 1;
  return node.children.reduce((count, child) => count + unmetLeafCount(c, child), 0);
}

function monthsUntilMet(result: RequirementResult): number {
  return result.met ? -1 : (result.metFromMonth ?? Infinity);
}

function relativeGap(result: RequirementResult): number {
  return typeof result.gap === 'number' && typeof result.required === 'number' && result.required > 0 ? result.gap / result.required : 1;
}

/** How much closer option `a` of an "any" group is than option `b`: below 0 when closer. */
function closeness(c: Compiled, a: RequirementResult, aNode: StaticNode, b: RequirementResult, bNode: StaticNode): number {
  // Met first, then soonest by growth, then fewest unmet requirements, then smallest relative gap.
  return (
    monthsUntilMet(a) - monthsUntilMet(b) || unmetLeafCount(c, aNode) - unmetLeafCount(c, bNode) || relativeGap(a) - relativeGap(b)
  );
}

/** The result of the requirement that speaks for a group, with the group's own status and condition. */
function speakingFor(pick: RequirementResult, met: boolean, metFromMonth: number | null, requires = pick.requires): RequirementResult {
  return {
    fact: pick.fact,
    op: pick.op,
    required: pick.required,
    actual: pick.actual,
    met,
    gap: pick.gap,
    requires,
    opensOn: pick.opensOn,
    kind: pick.kind,
    metFromMonth,
    source: pick.source,
    checked: pick.checked,
    confidence: pick.confidence,
    note: pick.note,
  };
}

/** The requirement that speaks for a group: the first unmet one, or the closest way to meet it. */
function groupResult(c: Compiled, node: Exclude<StaticNode, StaticLeaf>, profile: CreatorProfile, asOf: string): RequirementResult {
  const firstMonth = firstMonthHolding(c, node);
  const met = firstMonth === 0;
  // Like holdsNode: in an "all", a requirement not in force now is not one to meet now. (In an "any",
  // an option that opens later stays: it is what "Opens in Mexico on ..." speaks of.)
  const inForce = node.type === 'all' ? node.children.filter((child) => child.type !== 'leaf' || inForceAt(child, 0)) : node.children;
  const children = inForce.map((child) => resultFor(c, child, profile, asOf));
  if (children.length === 0) return speakingFor(resultFor(c, node.children[0]!, profile, asOf), met, firstMonth);
  let pick: RequirementResult;
  if (node.type === 'all') {
    pick = children.find((child) => !child.met) ?? children[0]!;
  } else {
    let best = 0;
    for (let index = 1; index < children.length; index++) {
      if (closeness(c, children[index]!, inForce[index]!, children[best]!, inForce[best]!) < 0) best = index;
    }
    pick = children[best]!;
  }
  return speakingFor(pick, met, firstMonth, node.requires);
}

function resultFor(c: Compiled, node: StaticNode, profile: CreatorProfile, asOf: string): RequirementResult {
  return node.type === 'leaf' ? leafResult(c, node, profile, asOf) : groupResult(c, node, profile, asOf);
}

/** One result per top-level requirement; "any" groups and nested groups become one line each. */
export function requirementResults(c: Compiled, profile: CreatorProfile, asOf: string): RequirementResult[] {
  const root = c.root;
  if (root.type !== 'all') return [resultFor(c, root, profile, asOf)];
  const results: RequirementResult[] = [];
  for (const child of root.children) {
    // A requirement not in force at `asOf` (e.g. an age rule that ended) does not apply and is not listed.
    if (child.type === 'leaf' && !inForceAt(child, 0)) continue;
    results.push(resultFor(c, child, profile, asOf));
  }
  return results;
}
