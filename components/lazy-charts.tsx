'use client';

import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { Component, memo, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Currency, Evaluation } from '@/lib/rules';
import type { ChartSeries } from '@/lib/result-slices';
import { useDisplay } from '@/lib/use-display';

// recharts is large: it loads only when a chart is about to scroll into view, never in the first load.
const MethodAreaChart = dynamic(() => import('./charts').then((module) => module.MethodAreaChart), { ssr: false });
const CombinedAreaChart = dynamic(() => import('./charts').then((module) => module.CombinedAreaChart), { ssr: false });

/**
 * A chart whose code could not load (offline, a new deploy) leaves its box empty: its caption already
 * says the numbers. Without this the error would reach the page and replace everything the creator typed.
 */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

function useNearViewport<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        setNear(true);
        observer.disconnect();
      }
    }, { rootMargin: '300px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near] as const;
}

/** The same series: made afresh from each evaluation, their parts are reused when unchanged (see keepEqual). */
function sameSeries(before: ChartSeries, after: ChartSeries): boolean {
  return before.id === after.id && before.name === after.name && before.projection === after.projection && before.eligibleInMonths === after.eligibleInMonths;
}

type MethodChartProps = { method: ChartSeries; currency: Currency; asOf: string; description: string };

/** One method's projection; `description` is its text alternative, written where the card is made. */
export const MethodChart = memo(function MethodChart({ method, currency, asOf, description }: MethodChartProps) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <figure className="mt-4">
      <div ref={ref} className="h-32 w-full" aria-hidden="true">
        <ChartBoundary>{near && <MethodAreaChart method={method} currency={currency} asOf={asOf} />}</ChartBoundary>
      </div>
      <figcaption className="mt-1 text-xs text-stone-600">{description}</figcaption>
    </figure>
  );
}, (before: MethodChartProps, after: MethodChartProps) =>
  sameSeries(before.method, after.method) && before.currency === after.currency && before.asOf === after.asOf && before.description === after.description);

type CombinedProps = {
  totals: Evaluation['summary']['projection'];
  series: ChartSeries[];
  currency: Currency;
  asOf: string;
  /** The chart in one sentence, written where the results are made (see `describeTotals`). */
  caption: string;
};

function sameCombined(before: CombinedProps, after: CombinedProps): boolean {
  return (
    before.totals === after.totals &&
    before.currency === after.currency &&
    before.asOf === after.asOf &&
    before.caption === after.caption &&
    before.series.length === after.series.length &&
    before.series.every((series, index) => sameSeries(series, after.series[index]!))
  );
}

/** Every method added up; the month-by-month table is built when opened. */
export const CombinedChart = memo(function CombinedChart({ totals, series, currency, asOf, caption }: CombinedProps) {
  const t = useTranslations('charts');
  const [ref, near] = useNearViewport<HTMLDivElement>();

  return (
    <figure>
      <div ref={ref} className="h-80 w-full" aria-hidden="true">
        <ChartBoundary>{near && <CombinedAreaChart series={series} currency={currency} asOf={asOf} />}</ChartBoundary>
      </div>
      <figcaption className="mt-2 text-sm text-stone-700">{caption}</figcaption>
      <TableDetails summary={t('showTable')}>
        <TotalsTable totals={totals} currency={currency} asOf={asOf} />
      </TableDetails>
    </figure>
  );
}, sameCombined);

/** The combined chart as a table, month by month. A component of its own, so nothing of it runs until it is shown. */
function TotalsTable({ totals, currency, asOf }: Pick<CombinedProps, 'totals' | 'currency' | 'asOf'>) {
  const t = useTranslations('charts');
  const display = useDisplay();
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('tableCaption')}</caption>
        <thead>
          <tr className="border-b border-stone-200">
            <th scope="col" className="py-1 pr-3">{t('month')}</th>
            <th scope="col" className="py-1 pr-3">{t('expected')}</th>
            <th scope="col" className="py-1">{t('range')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((total, index) => (
            <tr key={index} className="border-b border-stone-100">
              <th scope="row" className="py-1 pr-3 font-normal">{display.monthLabel(asOf, index + 1)}</th>
              <td className="py-1 pr-3">{display.formatMoney(total.expected, currency)}</td>
              <td className="py-1">{display.formatRange(total, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A folded table, built when opened (and sent inside <noscript> for readers without JavaScript). */
function TableDetails({ summary, children }: { summary: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-2 text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="flex min-h-11 cursor-pointer items-center font-medium">{summary}</summary>
      {open ? children : <noscript>{children}</noscript>}
    </details>
  );
}
