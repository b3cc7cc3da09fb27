import { countryName } from './countries';
import { monthsUntil } from './dates';
import { ENGINE_TEXT, type EngineText } from './i18n';
import type { Stats } from './estimates';
import type { CreatorProfile } from './profile';
import type { Confidence, Fact, Op, Requirement, RequirementNode } from './schema';

/** How far ahead `eligibleInMonths` looks: beyond ten years, growth "cannot get there". */
export const HORIZON_MONTHS = 120;

const DAYS_PER_MONTH = 30.4375;

/**
 * What a creator can do about a requirement: grow (followers, views), wait (age, account age),
 * act now (post videos, switch account, resolve violations), or nothing (country).
 */
export type RequirementKind = 'growth' | 'time' | 'action' | 'fixed';

const KIND_BY_FACT: Record<Fact, RequirementKind> = {
  followers: 'growth',
  views30d: 'growth',
  age: 'time',
  accountAgeDays: 'time',
  videos30d: 'action',
  accountType: 'action',
  goodStanding: 'action',
  country: 'fixed',
};

type Value = Requirement['value'];

/** Operators are a table, never `eval`. */
const OPS: Record<Op, (actual: Value, required: Value) => boolean> = {
  gte: (actual, required) => (actual as number) >= (required as number),
  lte: (actual, required) => (actual as number) <= (required as number),
  eq: (actual, required) => actual === required,
  in: (actual, required) => (required as string[]).includes(actual as string),
};

/** The profile's stats after `months` of growth and time. */
export function factAt(fact: Fact, profile: CreatorProfile, months: number): Value {
  switch (fact) {
    case 'followers':
      return grow(profile.followers, profile.followerGrowth, months);
    case 'views30d':
      return grow(profile.views30d, profile.viewGrowth, months);
    case 'age':
      // Birthdays are unknown, so a year is only counted once it has fully passed: "at the latest".
      return profile.age + Math.floor(months / 12);
    case 'accountAgeDays':
      return profile.accountAgeDays + Math.floor(months * DAYS_PER_MONTH);
    default:
      return profile[fact];
  }
}

/** Followers and views for months 0 to `months`: what the creator's estimates grow with. */
export function trajectoryOf(profile: CreatorProfile, months: number): Stats[] {
  const trajectory: Stats[] = [];
  for (let month = 0; month <= months; month++) {
    trajectory.push({
      followers: grow(profile.followers, profile.followerGrowth, month),
      views30d: grow(profile.views30d, profile.viewGrowth, month),
    });
  }
  return trajectory;
}

/** A count after `months` of compounding growth at `ratePercent` a month, rounded down. */
export function grow(value: number, ratePercent: number, months: number): number {
  if (months === 0 || ratePercent === 0) return value;
  return Math.floor(value * Math.pow(1 + ratePercent / 100, months));
}

/** A requirement leaf with its country override applied. */
type Leaf = Omit<Requirement, 'overrides'> & { confidence: Confidence };

const NO_ALTERNATIVES: readonly string[] = Object.freeze([]);

/** A month interval [start, end): start is Infinity when the requirement is never met in the horizon. */
type Interval = { start: number; end: number };

const NEVER: Interval = Object.freeze({ start: Infinity, end: Infinity });
const ALWAYS: Interval = Object.freeze({ start: 0, end: Infinity });

/** Whether a fact only moves one way over time for this creator (so a threshold is crossed at most once). */
function isMonotone(fact: Fact): boolean {
  return fact === 'followers' || fact === 'views30d' || fact === 'age' || fact === 'accountAgeDays';
}

/** Roughly the month in which a monotone fact reaches `value`: a starting point, settled by the caller. */
function estimateCrossing(fact: Fact, profile: CreatorProfile, value: number): number {
  const now = factAt(fact, profile, 0) as number;
  switch (fact) {
    case 'followers':
    case 'views30d': {
      const rate = fact === 'followers' ? profile.followerGrowth : profile.viewGrowth;
      if (now <= 0 || rate === 0 || rate <= -100) return 1;
      return Math.ceil(Math.log(value / now) / Math.log(1 + rate / 100));
    }
    case 'age':
      return (value - now) * 12;
    case 'accountAgeDays':
      return Math.ceil((value - now) / DAYS_PER_MONTH);
    default:
      return 1;
  }
}

/** When a condition on the creator's stats holds, ignoring the effective dates of the leaves that state it. */
function valueInterval(condition: Condition, profile: CreatorProfile): Interval {
  const test = OPS[condition.op];
  const metNow = test(factAt(condition.fact, profile, 0), condition.value);
  const kind = KIND_BY_FACT[condition.fact];
  if (kind === 'action' || kind === 'fixed') return metNow ? ALWAYS : NEVER;
  if (isMonotone(condition.fact) && (condition.op === 'gte' || condition.op === 'lte')) {
    // Growth (or shrinkage) is monotone, so "met" flips at most once: find that month.
    const metLater = test(factAt(condition.fact, profile, HORIZON_MONTHS), condition.value);
    if (metNow === metLater) return metNow ? ALWAYS : NEVER;
    let flip = Math.min(HORIZON_MONTHS, Math.max(1, estimateCrossing(condition.fact, profile, condition.value as number)));
    // The closed form can be off by one against the rounded-down projection: settle it exactly.
    while (flip > 1 && test(factAt(condition.fact, profile, flip - 1), condition.value) !== metNow) flip--;
    while (flip < HORIZON_MONTHS && test(factAt(condition.fact, profile, flip), condition.value) === metNow) flip++;
    return metNow ? { start: 0, end: flip } : { start: flip, end: Infinity };
  }
  // Anything else (an exact count): scan the horizon month by month.
  let start = Infinity;
  for (let month = 0; month <= HORIZON_MONTHS; month++) {
    const met = test(factAt(condition.fact, profile, month), condition.value);
    if (met && start === Infinity) start = month;
    if (!met && start !== Infinity) return { start, end: month };
  }
  return start === Infinity ? NEVER : { start, end: Infinity };
}

/** The months in which a leaf is in force (its `from` / `until` dates), relative to `asOf`. */
function activeInterval(leaf: Leaf, asOf: string): Interval {
  return {
    start: leaf.from ? monthsUntil(asOf, leaf.from) : 0,
    end: leaf.until ? monthsUntil(asOf, leaf.until) : Infinity,
  };
}


/** One requirement as the page shows it: what is required, what the creator has, and what to do. */
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
  /** One line a person can act on: "1 more follower", "Switch to a personal account". */
  message: string;
  /** The requirement in words: "10,000+ followers". */
  requiredText: string;
  kind: RequirementKind;
  /** First month (0 = now) in which this requirement holds; null when growth and time can't get there. */
  metFromMonth: number | null;
  /** Id of the source in the result's `sources`. */
  source: string | undefined;
  checked: string;
  confidence: Confidence;
  note: string | undefined;
  /** For "either ... or" requirements: the other ways to meet it, in words. */
  alternatives: readonly string[];
};

/** A requirement leaf resolved for one country and date. */
type StaticLeaf = {
  type: 'leaf';
  /** Position of its condition in the plan's `ConditionTable`, where a creator's intervals are stored. */
  condition: number;
  leaf: Leaf;
  active: Interval;
  requiredText: string;
  kind: RequirementKind;
  /** Results of yes/no facts (country, account type, standing) are the same for everyone: kept here. */
  memo: Map<Value, RequirementResult>;
  /** The words messages are written in. */
  text: EngineText;
};

/** A requirement tree resolved for one country and date: overrides applied, effective dates as months. */
export type StaticNode = StaticLeaf | { type: 'all' | 'any'; children: StaticNode[]; requiredText: string; alternatives: readonly string[] };

/** What a leaf asks of one fact, apart from when it is in force: the part several methods share. */
type Condition = Pick<Leaf, 'fact' | 'op' | 'value'>;

/**
 * The distinct conditions in a plan's requirement trees. The same condition in several methods
 * (age 18+, 10,000+ followers) is worked out once per creator.
 */
export type ConditionTable = { conditions: Condition[]; indexByKey: Map<string, number> };

/** An empty table, to which the trees of one plan add their conditions. */
export function newConditionTable(): ConditionTable {
  return { conditions: [], indexByKey: new Map() };
}

function conditionIndex(table: ConditionTable, leaf: Leaf): number {
  const key = `${leaf.fact}|${leaf.op}|${JSON.stringify(leaf.value)}`;
  let index = table.indexByKey.get(key);
  if (index === undefined) {
    index = table.conditions.push({ fact: leaf.fact, op: leaf.op, value: leaf.value }) - 1;
    table.indexByKey.set(key, index);
  }
  return index;
}

/** A method's requirements resolved for one country and date, with what every creator's check needs of it. */
export type RequirementTree = {
  root: StaticNode;
  /** The conditions its leaves state, each once, leaving out leaves that ended before `asOf`. */
  conditions: readonly number[];
  /** Whether some leaf comes into force or ends later (a rule that ended before `asOf` does not count). */
  dated: boolean;
};

/**
 * For one creator: for each condition of a plan, the months [start, end) in which it holds, and its
 * message once written (the same in every method that states the condition). Kept in flat arrays beside
 * the shared trees so evaluating a creator allocates no tree of its own.
 */
export type CreatorConditions = { starts: number[]; ends: number[]; messages: Array<string | undefined> };

/** A requirement tree checked for one creator. */
type Compiled = CreatorConditions & {
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

function resolveNode(node: RequirementNode, country: string, asOf: string, text: EngineText, table: ConditionTable): StaticNode {
  if (isLeaf(node)) {
    const leaf = resolveLeaf(node, country);
    return {
      type: 'leaf',
      condition: conditionIndex(table, leaf),
      leaf,
      active: activeInterval(leaf, asOf),
      requiredText: describe(leaf, text),
      kind: KIND_BY_FACT[leaf.fact],
      memo: new Map(),
      text,
    };
  }
  const type = 'all' in node ? 'all' : 'any';
  const children = ('all' in node ? node.all : node.any).map((child) => resolveNode(child, country, asOf, text, table));
  const texts = children.map((child) => child.requiredText);
  return {
    type,
    children,
    requiredText: texts.join(type === 'all' ? text.required.and : text.required.or),
    alternatives: Object.freeze(type === 'any' ? texts : []),
  };
}

/** Whether a leaf is in force in some month from now on: one that ended before `asOf` no longer counts. */
function appliesFromNow(leaf: StaticLeaf): boolean {
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
  text: EngineText = ENGINE_TEXT.en,
  table: ConditionTable = newConditionTable(),
): RequirementTree {
  const root = resolveNode(node, country, asOf, text, table);
  return { root, conditions: [...conditionsOf(root, new Set())], dated: hasDatedLeaf(root) };
}

/** Works out, for one creator, the months in which each condition of a plan holds. */
export function checkConditions(table: ConditionTable, profile: CreatorProfile): CreatorConditions {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const condition of table.conditions) {
    const interval = valueInterval(condition, profile);
    starts.push(interval.start);
    ends.push(interval.end);
  }
  return { starts, ends, messages: new Array<string | undefined>(starts.length) };
}

/** A method's requirement tree for one creator whose conditions are checked. */
export function compileRequirements(tree: RequirementTree, creator: CreatorConditions): Compiled {
  return {
    tree,
    root: tree.root,
    starts: creator.starts,
    ends: creator.ends,
    messages: creator.messages,
    staysMet: !tree.dated && tree.conditions.every((condition) => creator.ends[condition] === Infinity),
  };
}

function inForceAt(node: StaticLeaf, month: number): boolean {
  return node.active.start <= month && month < node.active.end;
}

/** The first month a leaf holds (in force and its condition met), or Infinity when it never does. */
function leafStart(c: Compiled, node: StaticLeaf): number {
  const start = Math.max(c.starts[node.condition]!, node.active.start);
  return start < Math.min(c.ends[node.condition]!, node.active.end) ? start : Infinity;
}

function holdsNode(c: Compiled, node: StaticNode, month: number): boolean {
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
    if (KIND_BY_FACT[condition.fact] !== 'action') return;
    starts[index] = 0;
    ends[index] = Infinity;
  });
  const staysMet = !c.tree.dated && c.tree.conditions.every((condition) => ends[condition] === Infinity);
  return firstMonthHolding({ ...c, starts, ends, messages: [], staysMet });
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

/** Facts that are counts: their words take a number (followers, views, videos, years, days). */
type CountFact = 'followers' | 'views30d' | 'videos30d' | 'age' | 'accountAgeDays';
const COUNT_FACTS: ReadonlySet<Fact> = new Set<CountFact>(['followers', 'views30d', 'videos30d', 'age', 'accountAgeDays']);
const isCount = (fact: Fact): fact is CountFact => COUNT_FACTS.has(fact);

function describe(leaf: Leaf, text: EngineText): string {
  const value = leaf.value;
  const r = text.required;
  if (isCount(leaf.fact)) return r[leaf.fact](value as number, leaf.op);
  switch (leaf.fact) {
    case 'accountType':
      return r.accountType(value as string);
    case 'goodStanding':
      return r.goodStanding(value === true);
    case 'country':
      return r.country((value as string[]).join(', '), leaf.from);
  }
}

function gapOf(leaf: Leaf, actual: Value): number | null {
  if (typeof actual !== 'number' || typeof leaf.value !== 'number') return null;
  if (leaf.op === 'gte') return Math.max(0, leaf.value - actual);
  if (leaf.op === 'lte') return Math.max(0, actual - leaf.value);
  return null;
}

function messageFor(leaf: Leaf, actual: Value, met: boolean, gap: number | null, inForce: boolean, asOf: string, text: EngineText): string {
  if (leaf.fact === 'country') {
    const code = actual as string;
    const listed = (leaf.value as string[]).includes(code);
    const phrase = text.country.phrase(code, countryName(code, text.locale));
    if (met) return text.country.offered(phrase);
    if (listed && !inForce && leaf.from && leaf.from > asOf) return text.country.opens(phrase, leaf.from);
    return text.country.notYet(phrase);
  }
  if (met) {
    const has = text.has;
    if (isCount(leaf.fact)) return has[leaf.fact](actual as number, leaf.value as number);
    switch (leaf.fact) {
      case 'accountType':
        return has.accountType(leaf.value as string);
      case 'goodStanding':
        return has.goodStanding;
    }
  }
  const g = gap ?? 0;
  const missing = text.missing;
  switch (leaf.fact) {
    case 'followers':
      return leaf.op === 'gte' ? missing.followersMore(g) : missing.followersOver(g);
    case 'views30d':
      return leaf.op === 'gte' ? missing.viewsMore(g) : missing.viewsOver(g);
    case 'videos30d':
      return missing.videos(g);
    case 'age':
      return missing.age(leaf.value as number, g);
    case 'accountAgeDays':
      return missing.accountAgeDays(leaf.value as number, g);
    case 'accountType':
      return missing.accountType(leaf.value as string);
    case 'goodStanding':
      return missing.goodStanding;
  }
}

function leafResult(c: Compiled, node: StaticLeaf, profile: CreatorProfile, asOf: string): RequirementResult {
  const { leaf, kind } = node;
  const actual = factAt(leaf.fact, profile, 0);
  const memoized = kind === 'action' || kind === 'fixed';
  const remembered = memoized ? node.memo.get(actual) : undefined;
  if (remembered) return remembered;
  const inForce = inForceAt(node, 0);
  const met = inForce && OPS[leaf.op](actual, leaf.value);
  const gap = gapOf(leaf, actual);
  const start = leafStart(c, node);
  const result: RequirementResult = {
    fact: leaf.fact,
    op: leaf.op,
    required: leaf.value,
    actual,
    met,
    gap,
    // In force, a leaf's message depends on its condition and the creator's value alone.
    message: inForce
      ? (c.messages[node.condition] ??= messageFor(leaf, actual, met, gap, inForce, asOf, node.text))
      : messageFor(leaf, actual, met, gap, inForce, asOf, node.text),
    requiredText: node.requiredText,
    kind,
    metFromMonth: Number.isFinite(start) ? start : null,
    source: leaf.source,
    checked: leaf.checked,
    confidence: leaf.confidence,
    note: leaf.note,
    alternatives: NO_ALTERNATIVES,
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

/** The result of the requirement that speaks for a group, with the group's own status (and words). */
function speakingFor(
  pick: RequirementResult,
  met: boolean,
  metFromMonth: number | null,
  requiredText = pick.requiredText,
  alternatives = pick.alternatives,
): RequirementResult {
  return {
    fact: pick.fact,
    op: pick.op,
    required: pick.required,
    actual: pick.actual,
    met,
    gap: pick.gap,
    message: pick.message,
    requiredText,
    kind: pick.kind,
    metFromMonth,
    source: pick.source,
    checked: pick.checked,
    confidence: pick.confidence,
    note: pick.note,
    alternatives,
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
  return speakingFor(pick, met, firstMonth, node.requiredText, node.alternatives);
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
