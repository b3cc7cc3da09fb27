import type { MethodResult } from './result';
import type { MethodRule } from './schema';

/** The effort column as a level. */
export type EffortLevel = MethodRule['effortLevel'];

/**
 * How much work each effort level asks for, relative to "low". An assumption, not a published figure:
 * it only ranks methods that already pay (a method that pays twice as much for twice the work ranks
 * level with one that pays half as much for little), so the summary and the first card suggest the
 * method that pays most for the effort rather than the one that pays most.
 */
export const EFFORT_WEIGHT: Readonly<Record<EffortLevel, number>> = { low: 1, 'low-medium': 1.5, medium: 2, high: 3 };

type Ranked = Pick<MethodResult, 'eligible' | 'eligibleInMonths' | 'monthly' | 'potential' | 'effortLevel'>;

const rank = (method: Ranked) => (method.eligible ? 0 : method.eligibleInMonths !== null ? 1 : 2);

/**
 * The order the page tells the story in (summary, cards, comparison): eligible methods first, the one
 * that pays most for the effort on top; then those closest to unlocking; then the blocked ones.
 */
export function byOutlook(a: Ranked, b: Ranked): number {
  return (
    rank(a) - rank(b) ||
    b.monthly.expected / EFFORT_WEIGHT[b.effortLevel] - a.monthly.expected / EFFORT_WEIGHT[a.effortLevel] ||
    (a.eligibleInMonths ?? 0) - (b.eligibleInMonths ?? 0) ||
    b.potential.expected - a.potential.expected
  );
}

/** The method to start with now: the first eligible one that pays something, in `byOutlook` order. */
export function startWith<T extends Ranked>(methods: readonly T[]): T | null {
  let best: T | null = null;
  for (const method of methods) {
    if (method.eligible && method.monthly.expected > 0 && (best === null || byOutlook(method, best) < 0)) best = method;
  }
  return best;
}
