'use client';

import { useState } from 'react';
import type { Currency, MethodResult } from '@/lib/rules';
import { formatMoney, formatMonths, formatRange } from '@/lib/display';
import { StatusBadge } from './status-badge';

type Sort = 'none' | 'descending' | 'ascending';
const NEXT_SORT: Record<Sort, Sort> = { none: 'descending', descending: 'ascending', ascending: 'none' };

/** A cell that, on a phone where rows stack, names its column. */
function Cell({ label, wide = '', children }: { label: string; wide?: string; children: React.ReactNode }) {
  return (
    <td className={`block py-1 md:table-cell md:p-3 ${wide}`}>
      <span className="text-stone-600 md:hidden">{label}: </span>
      {children}
    </td>
  );
}

function unlockText(method: MethodResult): string {
  if (method.eligible) return 'Now';
  if (method.eligibleInMonths !== null) return formatMonths(method.eligibleInMonths);
  return method.blockedReason ?? '';
}

/** Every method side by side, with the seed article's columns and this creator's numbers. Sortable by income. */
export function ComparisonTable({ methods, currency }: { methods: MethodResult[]; currency: Currency }) {
  const [sort, setSort] = useState<Sort>('none');
  const rows =
    sort === 'none'
      ? methods
      : [...methods].sort((a, b) =>
          sort === 'descending' ? b.potential.expected - a.potential.expected : a.potential.expected - b.potential.expected,
        );
  const sortLabel = sort === 'none' ? 'not sorted' : `sorted ${sort}`;
  return (
    <div
      className="overflow-x-auto rounded-xl border border-stone-200 bg-white"
      role="region"
      aria-label="Comparison of all ways to earn"
      tabIndex={0}
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">All ways to earn compared; sortable by expected income</caption>
        <thead className="hidden bg-stone-100 text-stone-700 md:table-header-group">
          <tr>
            <th scope="col" className="p-3">Method</th>
            <th scope="col" className="p-3">You</th>
            <th scope="col" className="p-3" aria-sort={sort === 'none' ? 'none' : sort}>
              <button
                type="button"
                onClick={() => setSort(NEXT_SORT[sort])}
                className="inline-flex items-center gap-1 font-semibold underline decoration-dotted underline-offset-2"
              >
                Expected a month
                <span aria-hidden="true">{sort === 'descending' ? '↓' : sort === 'ascending' ? '↑' : '↕'}</span>
                <span className="sr-only">, {sortLabel}; activate to change</span>
              </button>
            </th>
            <th scope="col" className="p-3">Time to unlock</th>
            <th scope="col" className="p-3">Income type</th>
            <th scope="col" className="p-3">Requirements</th>
            <th scope="col" className="p-3">Earning potential</th>
            <th scope="col" className="p-3">Effort</th>
            <th scope="col" className="p-3">Payout</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((method) => (
            // On phones each row becomes a stacked block; from md up it is an ordinary table row.
            <tr key={method.id} data-method-row={method.id} className="block border-t border-stone-200 p-3 align-top first:border-t-0 md:table-row md:p-0">
              <th scope="row" className="block font-semibold text-stone-900 md:table-cell md:p-3">{method.name}</th>
              <td className="block py-1 md:table-cell md:p-3"><StatusBadge method={method} /></td>
              <Cell label="Expected a month">
                <span className="font-medium">{formatMoney(method.potential.expected, currency)}</span>
                <span className="block whitespace-nowrap text-xs text-stone-600">
                  {formatRange(method.potential, currency)}
                  {!method.eligible && ' once eligible'}
                </span>
              </Cell>
              <Cell label="Time to unlock">{unlockText(method)}</Cell>
              <Cell label="Income type" wide="md:min-w-32">{method.comparison.incomeType}</Cell>
              <Cell label="Requirements" wide="md:min-w-48">{method.comparison.requirementsText}</Cell>
              <Cell label="Earning potential" wide="md:min-w-40">{method.comparison.earningPotential}</Cell>
              <Cell label="Effort" wide="md:min-w-40">{method.comparison.effort}</Cell>
              <Cell label="Payout" wide="md:min-w-40">{method.comparison.payoutTiming}</Cell>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="border-t border-stone-200 p-3 text-xs text-stone-600 md:hidden">
        <button type="button" onClick={() => setSort(NEXT_SORT[sort])} className="font-semibold underline">
          Sort by expected income ({sortLabel})
        </button>
      </p>
    </div>
  );
}
