import type { Currency, MethodResult, Source } from '@/lib/rules';
import type { Display } from './display';
import type { ResultWords } from './result-words';

/*
 * The parts of a result that interactive pieces of the page (charts, the sortable table) need. The
 * server sends their props to the browser, so they get these slim slices, not whole results.
 */

/** What a chart of one method needs. */
export type ChartSeries = Pick<MethodResult, 'id' | 'name' | 'projection' | 'eligibleInMonths'>;

export function chartSeries(method: MethodResult): ChartSeries {
  return { id: method.id, name: method.name, projection: method.projection, eligibleInMonths: method.eligibleInMonths };
}

/**
 * A method's row in the comparison table. Its money comes written out by whoever makes the row (the
 * server, for the first results): the first number formatter a phone builds costs tens of milliseconds,
 * which hydration should not pay.
 */
export type ComparisonRow = Pick<
  MethodResult,
  'id' | 'name' | 'eligible' | 'status' | 'eligibleInMonths' | 'blockedBy' | 'potential' | 'comparison'
> & {
  /** Why growth and time cannot unlock it, in words; null when they can. */
  blockedReason: string | null;
  expectedText: string;
  rangeText: string;
  /** What it pays this month: 0 until the creator qualifies. */
  monthlyExpected: number;
  /** When its first money could arrive, written out ("Feb 15, 2027"); '' when it is blocked. */
  firstPayoutText: string;
};

export function comparisonRow(method: MethodResult, currency: Currency, display: Display, words: ResultWords): ComparisonRow {
  const { id, name, eligible, status, eligibleInMonths, blockedBy, potential, comparison } = method;
  return {
    id,
    name,
    eligible,
    status,
    eligibleInMonths,
    blockedReason: words.blockedReason(method),
    blockedBy,
    potential,
    comparison,
    expectedText: display.formatMoney(potential.expected, currency),
    rangeText: display.formatRange(potential, currency),
    monthlyExpected: method.monthly.expected,
    firstPayoutText: method.firstPayout === null ? '' : display.formatDate(method.firstPayout),
  };
}

/** What "how we got this number" needs: the formula (its steps in words), and only the sources its steps cite. */
export type FormulaSlice = Pick<MethodResult, 'name' | 'formula' | 'potential'>;

export function formulaSlice(method: MethodResult, sources: Readonly<Record<string, Source>>, words: ResultWords) {
  const cited: Record<string, Source> = {};
  for (const step of method.formula) {
    for (const id of [step.source, ...(step.mix ?? []).map((part) => part.source)]) if (id !== undefined && sources[id]) cited[id] = sources[id]!;
  }
  return { method: { name: method.name, formula: method.formula.map((step) => words.wordStep(step)), potential: method.potential } as FormulaSlice, sources: cited };
}
