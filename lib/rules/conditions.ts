import { monthsUntil } from './dates';
import type { Stats } from './factors';
import type { CreatorProfile } from './profile';
import type { Fact, Op, Requirement } from './schema';

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

/** Operators are a table, never `eval`. */
const OPS: Record<Op, (actual: Value, required: Value) => boolean> = {
  gte: (actual, required) => (actual as number) >= (required as number),
  lte: (actual, required) => (actual as number) <= (required as number),
  eq: (actual, required) => actual === required,
  in: (actual, required) => (required as string[]).includes(actual as string),
};

/** What a requirement asks of one fact, apart from when it is in force: the part several methods share. */
export type Condition = Pick<Requirement, 'fact' | 'op' | 'value'>;

/** A requirement's value: a count, a yes/no, an account type or a list of countries. */
export type Value = Requirement['value'];

/** Whether `actual` meets `required` under `op`. */
export function meets(op: Op, actual: Value, required: Value): boolean {
  return OPS[op](actual, required);
}

/** What a creator can do about a fact: grow it, wait for it, act on it, or nothing. */
export function kindOf(fact: Fact): RequirementKind {
  return KIND_BY_FACT[fact];
}

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


/** A month interval [start, end): start is Infinity when the requirement is never met in the horizon. */
export type Interval = { start: number; end: number };

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

/** The months in which a requirement is in force (its `from` / `until` dates), relative to `asOf`. */
export function activeInterval(dates: { from?: string; until?: string }, asOf: string): Interval {
  return {
    start: dates.from ? monthsUntil(asOf, dates.from) : 0,
    end: dates.until ? monthsUntil(asOf, dates.until) : Infinity,
  };
}

/**
 * The distinct conditions in a plan's requirement trees. The same condition in several methods
 * (age 18+, 10,000+ followers) is worked out once per creator.
 */
export type ConditionTable = { conditions: Condition[]; indexByKey: Map<string, number> };

/** An empty table, to which the trees of one plan add their conditions. */
export function newConditionTable(): ConditionTable {
  return { conditions: [], indexByKey: new Map() };
}

/** The position of a condition in the table, added on first sight. */
export function conditionIndex(table: ConditionTable, leaf: Condition): number {
  const key = `${leaf.fact}|${leaf.op}|${JSON.stringify(leaf.value)}`;
  let index = table.indexByKey.get(key);
  if (index === undefined) {
    index = table.conditions.push({ fact: leaf.fact, op: leaf.op, value: leaf.value }) - 1;
    table.indexByKey.set(key, index);
  }
  return index;
}

/**
 * For one creator: for each condition of a plan, the months [start, end) in which it holds. Kept in
 * flat arrays beside the shared trees so evaluating a creator allocates no tree of its own.
 */
export type CreatorConditions = { starts: number[]; ends: number[] };

/** Works out, for one creator, the months in which each condition of a plan holds. */
export function checkConditions(table: ConditionTable, profile: CreatorProfile): CreatorConditions {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const condition of table.conditions) {
    const interval = valueInterval(condition, profile);
    starts.push(interval.start);
    ends.push(interval.end);
  }
  return { starts, ends };
}
