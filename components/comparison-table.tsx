'use client';

import { useState } from 'react';
import type { Currency, MethodResult } from '@/lib/rules';
import { formatMonths, formatRange } from '@/lib/display';
import { StatusBadge } from './status-badge';

type Sort = 'default' | 'descending' | 'ascending';

/** Every method side by side, with the seed article's columns and this creator's numbers. Sortable by income. */
export function ComparisonTable({ methods, currency }: { methods: MethodResult[]; currency: Currency }) {
  const [sort, setSort] = useState<Sort>('default');
  const rows =
    sort === 'default'
      ? methods
      : [...methods].sort((a, b) =>
          sort === 'descending' ? b.potential.expected - a.potential.expected : a.potential.expected - b.potential.expected,
        );
  const nextSort: Sort = sort === 'descending' ? 'ascending' : 'descending';
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="sr-only">All ways to earn compared; sortable by expected income</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="p-3">Method</th>
            <th scope="col" className="p-3">You</th>
            <th scope="col" className="p-3" aria-sort={sort === 'default' ? 'none' : sort}>
              <button
                type="button"
                onClick={() => setSort(nextSort)}
                className="inline-flex items-center gap-1 font-semibold underline decoration-dotted underline-offset-2"
              >
                Monthly range ({currency})
                <span aria-hidden="true">{sort === 'descending' ? '↓' : sort === 'ascending' ? '↑' : '↕'}</span>
                <span className="sr-only">, sort by expected income</span>
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
            <tr key={method.id} data-method-row={method.id} className="border-t border-stone-200 align-top">
              <th scope="row" className="p-3 font-semibold text-stone-900">{method.name}</th>
              <td className="p-3"><StatusBadge method={method} /></td>
              <td className="p-3 whitespace-nowrap">
                {formatRange(method.potential, currency)}
                {!method.eligible && <span className="block text-xs text-stone-600">once eligible</span>}
              </td>
              <td className="p-3">
                {method.eligible
                  ? 'Now'
                  : method.eligibleInMonths !== null
                    ? formatMonths(method.eligibleInMonths)
                    : method.blockedReason}
              </td>
              <td className="p-3">{method.comparison.incomeType}</td>
              <td className="p-3">{method.comparison.requirementsText}</td>
              <td className="p-3">{method.comparison.earningPotential}</td>
              <td className="p-3">{method.comparison.effort}</td>
              <td className="p-3">{method.comparison.payoutTiming}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
