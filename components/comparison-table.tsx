'use client';

import { useTranslations } from 'next-intl';
import { memo, useState } from 'react';
import type { ComparisonRow } from '@/lib/result-slices';
import type { Display } from '@/lib/display';
import { useDisplay } from '@/lib/use-display';
import { StatusBadge } from './status-badge';

/** Eligible first (the order of the cards and the summary), or what pays most this month. */
type Order = 'outlook' | 'expected';

function unlockText(method: ComparisonRow, now: string, display: Display): string {
  if (method.eligible) return now;
  if (method.eligibleInMonths !== null) return display.formatMonths(method.eligibleInMonths);
  return method.blockedReason ?? '';
}

/** What pays most now; then what is open now; then what would pay most once unlocked. */
function byExpectedNow(a: ComparisonRow, b: ComparisonRow): number {
  return b.monthlyExpected - a.monthlyExpected || Number(b.eligible) - Number(a.eligible) || b.potential.expected - a.potential.expected;
}

function Expected({ method }: { method: ComparisonRow }) {
  const t = useTranslations('compare');
  return (
    <>
      <span className="font-medium">{method.expectedText}</span>
      <span className="block text-xs text-stone-600">
        <span className="whitespace-nowrap">{method.rangeText}</span>
        {!method.eligible && t('onceEligible')}
      </span>
    </>
  );
}

/** The seed article's columns, in order: the key of each column's heading and of its text in `comparison`. */
const SEED_COLUMNS = [
  ['incomeType', 'incomeType'],
  ['requirements', 'requirementsText'],
  ['potential', 'earningPotential'],
  ['effort', 'effort'],
  ['payout', 'payoutTiming'],
] as const;

/**
 * A method's compact row on a phone: name, status, expected a month and when; it opens to the seed
 * article's columns. Those are built only when opened (nine of them would otherwise weigh on the first
 * load), and come inside <noscript> without JavaScript, which costs a script-enabled browser nothing.
 */
function PhoneRow({ method }: { method: ComparisonRow }) {
  const t = useTranslations('compare');
  const display = useDisplay();
  const [open, setOpen] = useState(false);
  const columns = (
    <dl className="space-y-2 border-t border-stone-200 p-3 text-sm">
      {method.firstPayoutText && (
        <div>
          <dt className="text-stone-600">{t('firstMoney')}</dt>
          <dd className="text-stone-900">{method.firstPayoutText}</dd>
        </div>
      )}
      {SEED_COLUMNS.map(([heading, key]) => (
        <div key={key}>
          <dt className="text-stone-600">{t(heading)}</dt>
          <dd className="text-stone-900">{method.comparison[key]}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <details className="rounded-lg border border-stone-200 bg-white" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="grid min-h-11 cursor-pointer grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 p-3">
        <span className="font-semibold text-stone-900">{method.name}</span>
        <span className="max-w-40 text-right text-sm">
          <Expected method={method} />
        </span>
        <span className="col-span-2 flex flex-wrap items-center gap-2 text-sm text-stone-700">
          <StatusBadge method={method} />
          {!method.eligible && method.eligibleInMonths === null && <span>{unlockText(method, t('now'), display)}</span>}
        </span>
      </summary>
      {open ? columns : <noscript>{columns}</noscript>}
    </details>
  );
}

/**
 * Every method side by side. On a phone, one compact row per method (name, status, expected a month,
 * when) that opens to the seed article's columns; from md up, a table whose method column stays in place
 * while it scrolls. One order control above both.
 */
export const ComparisonTable = memo(function ComparisonTable({ methods }: { methods: ComparisonRow[] }) {
  const t = useTranslations('compare');
  const display = useDisplay();
  const [order, setOrder] = useState<Order>('outlook');
  const rows = order === 'outlook' ? methods : [...methods].sort(byExpectedNow);
  return (
    <div>
      <div role="group" aria-label={t('orderLabel')} className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-stone-700" aria-hidden="true">{t('orderLabel')}:</span>
        {(['outlook', 'expected'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={order === option}
            onClick={() => setOrder(option)}
            className="min-h-11 rounded-full border border-stone-400 bg-white px-4 font-medium text-stone-800 hover:bg-stone-100 aria-pressed:border-stone-900 aria-pressed:bg-stone-900 aria-pressed:text-white"
          >
            {t(`order.${option}`)}
          </button>
        ))}
      </div>

      <ul className="space-y-2 md:hidden" aria-label={t('caption')}>
        {rows.map((method) => (
          <li key={method.id} data-method-row={method.id}>
            <PhoneRow method={method} />
          </li>
        ))}
      </ul>

      <div className="scroll-shadows hidden overflow-x-auto rounded-xl border border-stone-200 md:block" role="region" aria-label={t('region')} tabIndex={0}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-stone-100 p-3">{t('method')}</th>
              <th scope="col" className="p-3">{t('you')}</th>
              <th scope="col" className="p-3" aria-sort={order === 'expected' ? 'descending' : undefined}>{t('expected')}</th>
              <th scope="col" className="p-3">{t('unlock')}</th>
              <th scope="col" className="p-3">{t('firstMoney')}</th>
              {SEED_COLUMNS.map(([heading]) => (
                <th key={heading} scope="col" className="min-w-40 p-3">{t(heading)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((method) => (
              <tr key={method.id} data-method-row={method.id} className="border-t border-stone-200 align-top">
                {/* The method's name stays in view while the wide table scrolls sideways. */}
                <th scope="row" className="sticky left-0 z-10 bg-white p-3 font-semibold text-stone-900">{method.name}</th>
                <td className="p-3"><StatusBadge method={method} /></td>
                <td className="p-3"><Expected method={method} /></td>
                <td className="p-3">{unlockText(method, t('now'), display)}</td>
                <td className="p-3 whitespace-nowrap" data-testid="first-money-cell">{method.firstPayoutText || '–'}</td>
                {SEED_COLUMNS.map(([, key]) => (
                  <td key={key} className="p-3">{method.comparison[key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}, (before, after) =>
  // Rows are made afresh from each evaluation, and reused where a method did not change (see results.tsx).
  before.methods.length === after.methods.length && before.methods.every((row, index) => row === after.methods[index]));
