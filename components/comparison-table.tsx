'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ComparisonRow } from '@/lib/result-slices';
import type { Display } from '@/lib/display';
import { useDisplay } from '@/lib/use-display';
import { StatusBadge } from './status-badge';

type Sort = 'none' | 'descending' | 'ascending';
const NEXT_SORT: Record<Sort, Sort> = { none: 'descending', descending: 'ascending', ascending: 'none' };

/** A cell that, on a phone where rows stack, names its column (as generated text: one element less per cell to hydrate). */
function Cell({ label, wide = '', children }: { label: string; wide?: string; children: React.ReactNode }) {
  return (
    <td
      data-label={`${label}: `}
      className={`block py-1 before:text-stone-600 before:content-[attr(data-label)] md:table-cell md:p-3 md:before:content-none ${wide}`}
    >
      {children}
    </td>
  );
}

function unlockText(method: ComparisonRow, now: string, display: Display): string {
  if (method.eligible) return now;
  if (method.eligibleInMonths !== null) return display.formatMonths(method.eligibleInMonths);
  return method.blockedReason ?? '';
}

/** Every method side by side, with the seed article's columns and this creator's numbers. Sortable by income. */
export function ComparisonTable({ methods }: { methods: ComparisonRow[] }) {
  const t = useTranslations('compare');
  const display = useDisplay();
  const [sort, setSort] = useState<Sort>('none');
  const rows =
    sort === 'none'
      ? methods
      : [...methods].sort((a, b) =>
          sort === 'descending' ? b.potential.expected - a.potential.expected : a.potential.expected - b.potential.expected,
        );
  const sortLabel = t(`sorted.${sort}`);
  return (
    <div
      className="scroll-shadows overflow-x-auto rounded-xl border border-stone-200"
      role="region"
      aria-label={t('region')}
      tabIndex={0}
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="hidden bg-stone-100 text-stone-700 md:table-header-group">
          <tr>
            <th scope="col" className="p-3">{t('method')}</th>
            <th scope="col" className="p-3">{t('you')}</th>
            <th scope="col" className="p-3" aria-sort={sort === 'none' ? 'none' : sort}>
              <button
                type="button"
                onClick={() => setSort(NEXT_SORT[sort])}
                className="inline-flex min-h-11 items-center gap-1 font-semibold underline decoration-dotted underline-offset-2"
              >
                {t('expected')}
                <span aria-hidden="true">{sort === 'descending' ? '↓' : sort === 'ascending' ? '↑' : '↕'}</span>
                <span className="sr-only">{t('activate', { state: sortLabel })}</span>
              </button>
            </th>
            <th scope="col" className="p-3">{t('unlock')}</th>
            <th scope="col" className="p-3">{t('incomeType')}</th>
            <th scope="col" className="p-3">{t('requirements')}</th>
            <th scope="col" className="p-3">{t('potential')}</th>
            <th scope="col" className="p-3">{t('effort')}</th>
            <th scope="col" className="p-3">{t('payout')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((method) => (
            // On phones each row becomes a stacked block; from md up it is an ordinary table row.
            <tr key={method.id} data-method-row={method.id} className="block border-t border-stone-200 p-3 align-top first:border-t-0 md:table-row md:p-0">
              <th scope="row" className="block font-semibold text-stone-900 md:table-cell md:p-3">{method.name}</th>
              <td className="block py-1 md:table-cell md:p-3"><StatusBadge method={method} /></td>
              <Cell label={t('expected')}>
                <span className="font-medium">{method.expectedText}</span>
                <span className="block whitespace-nowrap text-xs text-stone-600">
                  {method.rangeText}
                  {!method.eligible && t('onceEligible')}
                </span>
              </Cell>
              <Cell label={t('unlock')}>{unlockText(method, t('now'), display)}</Cell>
              <Cell label={t('incomeType')} wide="md:min-w-32">{method.comparison.incomeType}</Cell>
              <Cell label={t('requirements')} wide="md:min-w-48">{method.comparison.requirementsText}</Cell>
              <Cell label={t('potential')} wide="md:min-w-40">{method.comparison.earningPotential}</Cell>
              <Cell label={t('effort')} wide="md:min-w-40">{method.comparison.effort}</Cell>
              <Cell label={t('payout')} wide="md:min-w-40">{method.comparison.payoutTiming}</Cell>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="border-t border-stone-200 p-3 text-xs text-stone-600 md:hidden">
        <button type="button" onClick={() => setSort(NEXT_SORT[sort])} className="font-semibold underline">
          {t('sortButton', { state: sortLabel })}
        </button>
      </p>
    </div>
  );
}
