import {
  activeInterval,
  conditionIndex,
  HORIZON_MONTHS,
  kindOf,
  newConditionTable,
  type ConditionTable,
  type CreatorConditions,
  type Interval,
  type RequirementKind,
  type Value,
} from './conditions';
import type { Confidence, Fact, Op, Requirement, RequirementNode } from './schema';

/** A requirement leaf with its country override applied. */
export type Leaf = Omit<Requirement, 'overrides'> & { confidence: Confidence };

/**
 * What is required, as data the edge puts into words: one condition ("10,000+ followers"), or a group of
 * them, all needed or any one enough. `from` is when a condition comes into force, where it says.
 */
export type RequiredCondition =
  | { fact: Fact; op: Op; value: Value; from?: string }
  | { type: 'all' | 'any'; children: readonly RequiredCondition[] };

/** A requirement leaf resolved for one country and date. */
export type StaticLeaf = {
  type: 'leaf';
  /** Position of its condition in the plan's `ConditionTable`, where a creator's intervals are stored. */
  condition: number;
  leaf: Leaf;
  active: Interval;
  requires: RequiredCondition;
  kind: RequirementKind;
  /** Results of yes/no facts (country, account type, standing) are the same for everyone: kept here. */
  memo: Map<Value, unknown>;
};

/** A requirement tree resolved for one country and date: overrides applied, effective dates as months. */
export type StaticNode = StaticLeaf | { type: 'all' | 'any'; children: StaticNode[]; requires: RequiredCondition };

/** A method's requirements resolved for one country and date, with what every creator's check needs of it. */
export type RequirementTree = {
  root: StaticNode;
  /** The conditions its leaves state, each once, leaving out leaves that ended before `asOf`. */
  conditions: readonly number[];
  /** Whether some leaf comes into force or ends later (a rule that ended before `asOf` does not count). */
  dated: boolean;
};

/** A requirement tree checked for one creator. */
export type Compiled = CreatorConditions & {
  tree: RequirementTree;
  root: StaticNode;
  /** See `staysMet`. */
  staysMet: boolean;
};

function isLeaf(node: RequirementNode): node is Requirement {
  return 'fact' in node;
}

function resolveLeaf(requirement: Requirement, country: string): Leaf {
  const override = requirement.overrides?.find((candidate) => (candidate.countries as string[]).includes(country));
  const rest: Omit<Requirement, 'overrides'> = { ...requirement };
  delete (rest as Partial<Requirement>).overrides;
  if (!override) return rest;
  return {
    ...rest,
    value: override.value,
    source: override.source,
    confidence: override.confidence,
    note: override.note ?? requirement.note,
  };
}

function requiredOf(leaf: Leaf): RequiredCondition {
  const required: RequiredCondition = { fact: leaf.fact, op: leaf.op, value: leaf.value };
  if (leaf.from && leaf.fact === 'country') required.from = leaf.from;
  return Object.freeze(required);
}

function resolveNode(node: RequirementNode, country: string, asOf: string, table: ConditionTable): StaticNode {
  if (isLeaf(node)) {
    const leaf = resolveLeaf(node, country);
    return {
      type: 'leaf',
      condition: conditionIndex(table, leaf),
      leaf,
      active: activeInterval(leaf, asOf),
      requires: requiredOf(leaf),
      kind: kindOf(leaf.fact),
      memo: new Map(),
    };
  }
  const type = 'all' in node ? 'all' : 'any';
  const children = ('all' in node ? node.all : node.any).map((child) => resolveNode(child, country, asOf, table));
  return { type, children, requires: Object.freeze({ type, children: Object.freeze(children.map((child) => child.requires)) }) };
}

/** Whether a leaf is in force in some month from now on: one that ended before `asOf` no longer counts. */
export function appliesFromNow(leaf: StaticLeaf): boolean {
  return leaf.active.start < leaf.active.end && leaf.active.end > 0;
}

/** The conditions of the leaves that still apply. */
function conditionsOf(node: StaticNode, into: Set<number>): Set<number> {
  if (node.type !== 'leaf') for (const child of node.children) conditionsOf(child, into);
  else if (appliesFromNow(node)) into.add(node.condition);
  return into;
}

/** Whether a leaf that still applies comes into force or ends later. */
function hasDatedLeaf(node: StaticNode): boolean {
  if (node.type === 'leaf') return appliesFromNow(node) && (node.active.start > 0 || node.active.end !== Infinity);
  return node.children.some(hasDatedLeaf);
}

/**
 * Applies country overrides and turns effective dates into months from `asOf`. The same for every
 * creator. Its conditions join `table`, shared by the other trees of the plan.
 */
export function resolveRequirements(
  node: RequirementNode,
  country: string,
  asOf: string,
  table: ConditionTable = newConditionTable(),
): RequirementTree {
  const root = resolveNode(node, country, asOf, table);
  return { root, conditions: [...conditionsOf(root, new Set())], dated: hasDatedLeaf(root) };
}

/** A method's requirement tree for one creator whose conditions are checked. */
export function compileRequirements(tree: RequirementTree, creator: CreatorConditions): Compiled {
  return {
    tree,
    root: tree.root,
    starts: creator.starts,
    ends: creator.ends,
    staysMet: !tree.dated && tree.conditions.every((condition) => creator.ends[condition] === Infinity),
  };
}

/** Whether a leaf is in force `month` months from now. */
export function inForceAt(node: StaticLeaf, month: number): boolean {
  return node.active.start <= month && month < node.active.end;
}

/** The first month a leaf holds (in force and its condition met), or Infinity when it never does. */
export function leafStart(c: Compiled, node: StaticLeaf): number {
  const start = Math.max(c.starts[node.condition]!, node.active.start);
  return start < Math.min(c.ends[node.condition]!, node.active.end) ? start : Infinity;
}

/** Whether a node holds `month` months from now. */
export function holdsNode(c: Compiled, node: StaticNode, month: number): boolean {
  if (node.type === 'leaf') {
    if (!inForceAt(node, month)) return false;
    return c.starts[node.condition]! <= month && month < c.ends[node.condition]!;
  }
  if (node.type === 'all') {
    // In an "all" group, a requirement that is not (yet, or any more) in force does not apply.
    for (const child of node.children) if (!(child.type === 'leaf' && !inForceAt(child, month)) && !holdsNode(c, child, month)) return false;
    return true;
  }
  // In an "any" group, a requirement not in force is simply not a way in.
  for (const child of node.children) if (holdsNode(c, child, month)) return true;
  return false;
}

/**
 * Whether every leaf, once met, stays met and no rule starts or ends later: then the whole tree, once
 * it holds, holds for good. (A rule that starts later can end an eligibility that holds today; one that
 * ended before `asOf`, such as LIVE gifts' old minimum age, changes nothing any more.)
 */
export function staysMet(c: Compiled): boolean {
  return c.staysMet;
}

/** Whether the requirements hold `month` months from now. */
export function holdsAt(c: Compiled, month: number, node: StaticNode = c.root): boolean {
  return holdsNode(c, node, month);
}

const firstAfter = (month: number, after: number) => (month > after ? month : Infinity);

function smallestStartAfter(c: Compiled, node: StaticNode, after: number): number {
  if (node.type === 'leaf') {
    return Math.min(firstAfter(leafStart(c, node), after), firstAfter(node.active.start, after), firstAfter(node.active.end, after));
  }
  let best = Infinity;
  for (const child of node.children) best = Math.min(best, smallestStartAfter(c, child, after));
  return best;
}

/**
 * For a tree that stays met once met, the first month a node holds follows from its leaves' first
 * months: the latest of an "all" group's, the earliest of an "any" group's. Infinity when never.
 */
function firstMonthOnceMet(c: Compiled, node: StaticNode): number {
  if (node.type === 'leaf') return leafStart(c, node);
  if (node.type === 'any') {
    let first = Infinity;
    for (const child of node.children) first = Math.min(first, firstMonthOnceMet(c, child));
    return first;
  }
  let first = 0;
  for (const child of node.children) {
    // Like holdsNode: a leaf never in force again does not apply in an "all" group.
    if (child.type === 'leaf' && !appliesFromNow(child)) continue;
    first = Math.max(first, firstMonthOnceMet(c, child));
  }
  return first;
}

/**
 * The first month the requirements would hold if the creator did today what they can do today (post
 * videos, switch to a personal account, resolve violations), or null when growth and time still
 * cannot get there.
 */
export function firstMonthAfterActions(c: Compiled, table: ConditionTable): number | null {
  const starts = [...c.starts];
  const ends = [...c.ends];
  table.conditions.forEach((condition, index) => {
    if (kindOf(condition.fact) !== 'action') return;
    starts[index] = 0;
    ends[index] = Infinity;
  });
  const staysMet = !c.tree.dated && c.tree.conditions.every((condition) => ends[condition] === Infinity);
  return firstMonthHolding({ ...c, starts, ends, staysMet });
}

/** The first month (0 = now) in which the requirements (or one group of them) hold, or null within the horizon. */
export function firstMonthHolding(c: Compiled, node: StaticNode = c.root): number | null {
  if (c.staysMet) {
    const first = firstMonthOnceMet(c, node);
    return first <= HORIZON_MONTHS ? first : null;
  }
  // The answer can only change where some leaf starts or stops holding: step through those months.
  for (let month = 0; month <= HORIZON_MONTHS; month = smallestStartAfter(c, node, month)) {
    if (holdsNode(c, node, month)) return month;
  }
  return null;
}
