import type { Currency, Evaluation, MoneyRange } from '@/lib/rules';
import type { ChartSeries } from './result-slices';
import type { Display } from './display';
import type { ResultWords } from './result-words';

/** The `summary` messages' translator, from useTranslations('summary') or getTranslations. */
export type SummaryT = (key: 'none' | 'some' | 'line' | 'lineMoney' | 'next' | 'nextWith' | 'toUnlock', values?: Record<string, string | number>) => string;

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** The one-line summary used in link previews: "Eligible for 4 of 9 ways to earn on TikTok, about EUR 310–820 a month". */
export function summaryLine(result: Evaluation, t: SummaryT, display: Display): string {
  const { eligibleCount, methodCount, monthly } = result.summary;
  const values = { eligible: eligibleCount, count: methodCount };
  return eligibleCount > 0 ? t('lineMoney', { ...values, range: display.formatRange(monthly, result.currency) }) : t('line', values);
}

/** The page's answer, speaking to the creator: "You qualify for 4 of 9 ways to earn; ...". */
export function summarySentence(result: Evaluation, t: SummaryT, display: Display): string {
  const { eligibleCount, methodCount, monthly } = result.summary;
  if (eligibleCount === 0) return t('none', { count: methodCount });
  return t('some', {
    eligible: eligibleCount,
    count: methodCount,
    expected: display.formatMoney(monthly.expected, result.currency),
    range: display.formatRange(monthly, result.currency),
  });
}

/**
 * What to do next: the method that unlocks soonest and what it needs, or, when growth unlocks nothing,
 * the first thing the creator can do now ("To unlock Series: post 2 more public videos ...").
 */
export function nextStepLine(result: Evaluation, t: SummaryT, display: Display, words: ResultWords): string | null {
  const next = result.summary.nextUnlock;
  if (next) {
    const values = { name: next.name, when: display.formatMonths(next.months) };
    const needs = words.nextUnlockNeeds(result);
    return needs ? t('nextWith', { ...values, needs }) : t('next', values);
  }
  for (const method of result.methods) {
    if (method.status !== 'blocked') continue;
    const unmet = method.requirements.filter((requirement) => !requirement.met);
    const action = unmet.find((requirement) => requirement.kind === 'action');
    // Only advice that opens the way: every other gap must close with growth or time. (Switching to a
    // personal account does not unlock a program that is not offered in the creator's country.)
    if (action && unmet.every((requirement) => requirement.kind === 'action' || requirement.metFromMonth !== null)) {
      return t('toUnlock', { name: method.name, action: lowerFirst(words.message(action)) });
    }
  }
  return null;
}

/** The `charts` messages' translator, from useTranslations('charts') or getTranslations. */
export type ChartsT = (key: 'nothing' | 'describe' | 'unlocksIn' | 'combined', values?: Record<string, string | number>) => string;

/** A method chart's text alternative: what a screen reader (and anyone skimming) needs from it. */
export function describeProjection(method: ChartSeries, currency: Currency, t: ChartsT, display: Display): string {
  const first = method.projection[0]!;
  const last = method.projection.at(-1)!;
  if (last.high === 0) return t('nothing', { name: method.name });
  const unlock =
    method.eligibleInMonths && method.eligibleInMonths > 0 && method.eligibleInMonths <= 12
      ? t('unlocksIn', { month: method.eligibleInMonths })
      : '';
  const described = t('describe', {
    name: method.name,
    first: display.formatRange(first, currency),
    last: display.formatRange(last, currency),
    expected: display.formatMoney(last.expected, currency),
  });
  return `${described}${unlock}`;
}

/** The combined chart in one sentence: every method from the month it unlocks, next month and in a year. */
export function describeTotals(totals: readonly MoneyRange[], currency: Currency, asOf: string, t: ChartsT, display: Display): string {
  return t('combined', {
    first: display.formatRange(totals[0]!, currency),
    last: display.formatRange(totals.at(-1)!, currency),
    month: display.monthLabel(asOf, totals.length),
  });
}
