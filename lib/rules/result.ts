import type { Factor, MoneyRange, ProjectionPoint } from './factors';
import type { IncomeGoal } from './goal';
import type { Locale } from './locales';
import type { MethodId } from './method-ids';
import type { PayoutTiming } from './payout';
import type { MethodPlan, UpcomingRequirement } from './plan';
import type { CreatorProfile, Currency } from './profile';
import type { RequirementResult } from './requirement-results';
import type { Confidence, Fact, MethodRule, Source } from './schema';

/** Where a method stands: eligible now, reachable by growing and waiting, or blocked by something else. */
export type MethodStatus = 'eligible' | 'reachable' | 'blocked';

/** One step of "how we got this number". Values are in the step's unit; money steps in the result's currency. */
export type FormulaStep = Factor & { kind: 'input' | 'parameter' | 'result' };

/**
 * Why growth and time cannot unlock a method, as a code: `never` (the requirements are never all met
 * together within ten years), `notWithin` (the requirement named is too far off at this growth rate) or
 * `unmet` (the requirement named is one growth and time do not change: where you live, what you do).
 */
export type BlockedReason = { code: 'never'; requirement: null } | { code: 'notWithin' | 'unmet'; requirement: RequirementResult };

export type MethodResult = PayoutTiming & {
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
  /** Why `eligibleInMonths` is null; null when it is not. */
  blocked: BlockedReason | null;
  /** The fact behind `blocked` (country, accountType, ...); null when not blocked or when no one fact is. */
  blockedBy: Fact | null;
  /**
   * When what blocks the method is something the creator can do today (post videos, switch to a personal
   * account, resolve violations): the first month every requirement would hold once they do (0 = at
   * once). Null otherwise, or when growth and time still cannot get there.
   */
  afterActionsInMonths: number | null;
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
  comparison: MethodPlan['comparison'];
  /** The effort column as a level (low, low-medium, medium, high): what to start with weighs it. */
  effortLevel: MethodRule['effortLevel'];
  tips: readonly string[];
  caveats: readonly string[];
  /** Requirements that come into force later, and from when. */
  upcoming: readonly UpcomingRequirement[];
};

export type Evaluation = {
  rulesetVersion: string;
  /** The language of the rule data in the result (names, tips, caveats, parameter labels). */
  locale: Locale;
  /** The date the rules were applied at (YYYY-MM-DD). */
  asOf: string;
  currency: Currency;
  /** The exchange rates behind any conversion from USD. */
  exchangeRate: { perUsd: number; date: string; source: string };
  /** Every source the result refers to, by id: requirements and formula steps name these ids. */
  sources: Readonly<Record<string, Source>>;
  profile: CreatorProfile;
  methods: MethodResult[];
  /** What it would take to reach the profile's `incomeGoal`; null when no goal is set. */
  goal: IncomeGoal | null;
  summary: {
    eligibleCount: number;
    methodCount: number;
    /** Sum over methods eligible now. */
    monthly: MoneyRange;
    /** Months 1-12: every method added up from the month it unlocks (what doing them all could bring). */
    projection: Array<MoneyRange & { month: number }>;
    /** What to start with now: the eligible method that pays most for the effort; null when none pays yet. */
    startWith: { id: MethodId; name: string; monthly: MoneyRange } | null;
    /** The method closest to unlocking (not eligible now, reachable soonest); its unmet requirements say what it needs. */
    nextUnlock: { id: MethodId; name: string; months: number } | null;
  };
};
