import { countryName } from './countries';
import { monthsUntil } from './dates';
import { formatCount, plural } from './format';
import type { CreatorProfile } from './profile';
import type { Confidence, Fact, Op, Requirement, RequirementNode, Source } from './schema';

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

/** A count after `months` of compounding growth at `ratePercent` a month, rounded down. */
export function grow(value: number, ratePercent: number, months: number): number {
  if (months === 0 || ratePercent === 0) return value;
  return Math.floor(value * Math.pow(1 + ratePercent / 100, months));
}

/** A requirement leaf with its country override applied. */
type Leaf = Omit<Requirement, 'overrides'> & { sourceRef: Source | undefined; confidence: Confidence };

/** A month interval [start, end): start is Infinity when the requirement is never met in the horizon. */
type Interval = { start: number; end: number };

const NEVER: Interval = { start: Infinity, end: Infinity };

function firstMonthAtLeast(profile: CreatorProfile, fact: Fact, required: number): number {
  const now = factAt(fact, profile, 0) as number;
  if (now >= required) return 0;
  let guess: number;
  if (fact === 'followers' || fact === 'views30d') {
    const rate = fact === 'followers' ? profile.followerGrowth : profile.viewGrowth;
    if (rate <= 0 || now <= 0) return Infinity;
    guess = Math.ceil(Math.log(required / now) / Math.log(1 + rate / 100));
  } else if (fact === 'age') {
    guess = (required - now) * 12;
  } else if (fact === 'accountAgeDays') {
    guess = Math.ceil((required - now) / DAYS_PER_MONTH);
  } else {
    return Infinity;
  }
  if (!(guess <= HORIZON_MONTHS + 1)) return Infinity;
  // The closed form can be off by one against the rounded-down projection: settle it exactly.
  while (guess > 0 && (factAt(fact, profile, guess - 1) as number) >= required) guess--;
  while (guess <= HORIZON_MONTHS && (factAt(fact, profile, guess) as number) < required) guess++;
  return guess > HORIZON_MONTHS ? Infinity : guess;
}

/** When a leaf's condition on the creator's stats holds, ignoring its effective dates. */
function valueInterval(leaf: Leaf, profile: CreatorProfile): Interval {
  const kind = KIND_BY_FACT[leaf.fact];
  const metNow = OPS[leaf.op](factAt(leaf.fact, profile, 0), leaf.value);
  if (kind === 'action' || kind === 'fixed') return metNow ? { start: 0, end: Infinity } : NEVER;
  const growsUp = leaf.fact === 'followers' ? profile.followerGrowth >= 0 : leaf.fact === 'views30d' ? profile.viewGrowth >= 0 : true;
  if (leaf.op === 'gte' && growsUp) {
    return { start: firstMonthAtLeast(profile, leaf.fact, leaf.value as number), end: Infinity };
  }
  // Rare shapes (shrinking audiences, upper limits): scan the horizon month by month.
  let start = Infinity;
  for (let month = 0; month <= HORIZON_MONTHS; month++) {
    const met = OPS[leaf.op](factAt(leaf.fact, profile, month), leaf.value);
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

function intersect(a: Interval, b: Interval): Interval {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end ? { start, end } : NEVER;
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
  source: Source | undefined;
  checked: string;
  confidence: Confidence;
  note: string | undefined;
  /** For "either ... or" requirements: the other ways to meet it, in words. */
  alternatives: string[];
};

/** A compiled requirement tree: leaves with their intervals, ready to be checked at any month. */
type Compiled =
  | { type: 'leaf'; leaf: Leaf; interval: Interval; active: Interval }
  | { type: 'all' | 'any'; children: Compiled[] };

function isLeaf(node: RequirementNode): node is Requirement {
  return 'fact' in node;
}

function resolveLeaf(requirement: Requirement, country: string, sources: Readonly<Record<string, Source>>): Leaf {
  const override = requirement.overrides?.find((candidate) => (candidate.countries as string[]).includes(country));
  const { overrides: _overrides, ...rest } = requirement;
  if (!override) return { ...rest, sourceRef: requirement.source ? sources[requirement.source] : undefined };
  return {
    ...rest,
    value: override.value,
    sourceRef: sources[override.source],
    confidence: override.confidence,
    note: override.note ?? requirement.note,
  };
}

/** Compiles a requirement tree for one creator at one date. */
export function compileRequirements(
  node: RequirementNode,
  profile: CreatorProfile,
  asOf: string,
  sources: Readonly<Record<string, Source>>,
): Compiled {
  if (isLeaf(node)) {
    const leaf = resolveLeaf(node, profile.country, sources);
    const active = activeInterval(leaf, asOf);
    return { type: 'leaf', leaf, active, interval: intersect(valueInterval(leaf, profile), active) };
  }
  if ('all' in node) return { type: 'all', children: node.all.map((child) => compileRequirements(child, profile, asOf, sources)) };
  return { type: 'any', children: node.any.map((child) => compileRequirements(child, profile, asOf, sources)) };
}

/** Whether a compiled tree holds `month` months from now. A leaf out of force counts as unmet in an "any". */
export function holdsAt(node: Compiled, month: number): boolean {
  if (node.type === 'leaf') {
    const inForce = node.active.start <= month && month < node.active.end;
    if (!inForce) return false;
    return node.interval.start <= month && month < node.interval.end;
  }
  if (node.type === 'all') {
    for (const child of node.children) if (!isInForceOrHolds(child, month)) return false;
    return true;
  }
  for (const child of node.children) if (holdsAt(child, month)) return true;
  return false;
}

/** In an "all" group, a requirement that is not (yet, or any more) in force does not apply. */
function isInForceOrHolds(node: Compiled, month: number): boolean {
  if (node.type === 'leaf' && !(node.active.start <= month && month < node.active.end)) return true;
  return holdsAt(node, month);
}

function collectStarts(node: Compiled, into: number[]): number[] {
  if (node.type === 'leaf') {
    into.push(node.interval.start, node.active.start, node.active.end);
  } else {
    node.children.forEach((child) => collectStarts(child, into));
  }
  return into;
}

/** The first month (0 = now) in which the whole tree holds, or null within the horizon. */
export function firstMonthHolding(node: Compiled): number | null {
  const candidates = collectStarts(node, [0]).filter((month) => month <= HORIZON_MONTHS);
  candidates.sort((a, b) => a - b);
  for (const month of candidates) if (holdsAt(node, month)) return month;
  return null;
}

const THE_COUNTRIES = new Set(['NL', 'US', 'GB', 'AE', 'PH', 'CZ', 'DO', 'BS', 'GM', 'CF', 'KM', 'MV', 'MH', 'SB', 'CD', 'CG']);

function countryPhrase(code: string): string {
  return `${THE_COUNTRIES.has(code) ? 'the ' : ''}${countryName(code)}`;
}

function describe(leaf: Leaf): string {
  const value = leaf.value;
  const at = leaf.op === 'gte' ? '+' : leaf.op === 'lte' ? ' or fewer' : '';
  switch (leaf.fact) {
    case 'followers':
      return `${formatCount(value as number)}${at} followers`;
    case 'views30d':
      return `${formatCount(value as number)}${at} views in 30 days`;
    case 'videos30d':
      return `${formatCount(value as number)}${at} public videos in 30 days`;
    case 'age':
      return `age ${value}${at}`;
    case 'accountAgeDays':
      return `account ${formatCount(value as number)}${at} days old`;
    case 'accountType':
      return `a ${value} account`;
    case 'goodStanding':
      return value ? 'an account in good standing' : 'any standing';
    case 'country':
      return `available in ${(value as string[]).join(', ')}${leaf.from ? ` from ${leaf.from}` : ''}`;
  }
}

function gapOf(leaf: Leaf, actual: Value): number | null {
  if (typeof actual !== 'number' || typeof leaf.value !== 'number') return null;
  if (leaf.op === 'gte') return Math.max(0, leaf.value - actual);
  if (leaf.op === 'lte') return Math.max(0, actual - leaf.value);
  return null;
}

function messageFor(leaf: Leaf, actual: Value, met: boolean, gap: number | null, inForce: boolean, asOf: string): string {
  if (leaf.fact === 'country') {
    const code = actual as string;
    const listed = (leaf.value as string[]).includes(code);
    if (met) return `Offered in ${countryPhrase(code)}`;
    if (listed && !inForce && leaf.from && leaf.from > asOf) return `Opens in ${countryPhrase(code)} on ${leaf.from}`;
    return `Not offered in ${countryPhrase(code)} yet`;
  }
  if (met) {
    switch (leaf.fact) {
      case 'followers':
        return `${formatCount(actual as number)} followers (${formatCount(leaf.value as number)} needed)`;
      case 'views30d':
        return `${formatCount(actual as number)} views in 30 days (${formatCount(leaf.value as number)} needed)`;
      case 'videos30d':
        return `${plural(actual as number, 'public video')} in 30 days (${leaf.value} needed)`;
      case 'age':
        return `Age ${actual} (${leaf.value}+ needed)`;
      case 'accountAgeDays':
        return `Account ${formatCount(actual as number)} days old (${leaf.value} needed)`;
      case 'accountType':
        return `${leaf.value === 'personal' ? 'Personal' : 'Business'} account`;
      case 'goodStanding':
        return 'Account in good standing';
    }
  }
  const g = gap ?? 0;
  switch (leaf.fact) {
    case 'followers':
      return leaf.op === 'gte' ? plural(g, 'more follower') : `${plural(g, 'follower')} over the limit`;
    case 'views30d':
      return leaf.op === 'gte' ? `${plural(g, 'more view')} in 30 days` : `${plural(g, 'view')} over the limit`;
    case 'videos30d':
      return `Post ${plural(g, 'more public video')} within 30 days`;
    case 'age':
      return `Available from age ${leaf.value}: ${plural(g, 'more year')}`;
    case 'accountAgeDays':
      return `Your account must be ${formatCount(leaf.value as number)} days old: ${plural(g, 'more day')}`;
    case 'accountType':
      return `Switch to a ${leaf.value} account`;
    case 'goodStanding':
      return 'Resolve your community-guideline violations first';
  }
}

function leafResult(node: Extract<Compiled, { type: 'leaf' }>, profile: CreatorProfile, asOf: string): RequirementResult {
  const { leaf } = node;
  const actual = factAt(leaf.fact, profile, 0);
  const inForce = node.active.start <= 0 && 0 < node.active.end;
  const met = inForce && OPS[leaf.op](actual, leaf.value);
  const gap = gapOf(leaf, actual);
  return {
    fact: leaf.fact,
    op: leaf.op,
    required: leaf.value,
    actual,
    met,
    gap,
    message: messageFor(leaf, actual, met, gap, inForce, asOf),
    requiredText: describe(leaf),
    kind: KIND_BY_FACT[leaf.fact],
    metFromMonth: Number.isFinite(node.interval.start) ? node.interval.start : null,
    source: leaf.sourceRef,
    checked: leaf.checked,
    confidence: leaf.confidence,
    note: leaf.note,
    alternatives: [],
  };
}

function describeNode(node: Compiled): string {
  if (node.type === 'leaf') return describe(node.leaf);
  return node.children.map(describeNode).join(node.type === 'all' ? ' and ' : ' or ');
}

/** The requirement that speaks for a group: the first unmet one, or the closest way to meet it. */
function groupResult(node: Extract<Compiled, { type: 'all' | 'any' }>, profile: CreatorProfile, asOf: string): RequirementResult {
  const met = holdsAt(node, 0);
  const firstMonth = firstMonthHolding(node);
  const children = node.children.map((child) => resultFor(child, profile, asOf));
  let pick: RequirementResult;
  if (node.type === 'all') {
    pick = children.find((child) => !child.met) ?? children[0]!;
  } else {
    const byNearest = (child: RequirementResult) => (child.met ? -1 : (child.metFromMonth ?? Infinity));
    pick = children.reduce((best, child) => (byNearest(child) < byNearest(best) ? child : best), children[0]!);
  }
  return {
    ...pick,
    met,
    metFromMonth: firstMonth,
    requiredText: describeNode(node),
    alternatives: node.type === 'any' ? node.children.map(describeNode) : [],
  };
}

function resultFor(node: Compiled, profile: CreatorProfile, asOf: string): RequirementResult {
  return node.type === 'leaf' ? leafResult(node, profile, asOf) : groupResult(node, profile, asOf);
}

/** One result per top-level requirement; "any" groups and nested groups become one line each. */
export function requirementResults(root: Compiled, profile: CreatorProfile, asOf: string): RequirementResult[] {
  if (root.type !== 'all') return [resultFor(root, profile, asOf)];
  const results: RequirementResult[] = [];
  for (const child of root.children) {
    // A requirement not in force at `asOf` (e.g. an age rule that ended) does not apply and is not listed.
    if (child.type === 'leaf' && !(child.active.start <= 0 && 0 < child.active.end)) continue;
    results.push(resultFor(child, profile, asOf));
  }
  return results;
}
