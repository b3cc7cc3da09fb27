import type { MethodResult } from '@/lib/rules';

/*
 * The parts of a result that interactive pieces of the page (charts, the sortable table) need. The
 * server sends their props to the browser, so they get these slim slices, not whole results.
 */

/** What a chart of one method needs. */
export type ChartSeries = Pick<MethodResult, 'id' | 'name' | 'projection' | 'eligibleInMonths'>;

export function chartSeries(method: MethodResult): ChartSeries {
  return { id: method.id, name: method.name, projection: method.projection, eligibleInMonths: method.eligibleInMonths };
}

/** A method's row in the comparison table. */
export type ComparisonRow = Pick<
  MethodResult,
  'id' | 'name' | 'eligible' | 'status' | 'eligibleInMonths' | 'blockedReason' | 'blockedBy' | 'potential' | 'comparison'
>;

export function comparisonRow(method: MethodResult): ComparisonRow {
  const { id, name, eligible, status, eligibleInMonths, blockedReason, blockedBy, potential, comparison } = method;
  return { id, name, eligible, status, eligibleInMonths, blockedReason, blockedBy, potential, comparison };
}
