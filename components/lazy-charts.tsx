'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { Currency, Evaluation, MethodResult } from '@/lib/rules';
import { formatMoney, formatRange, monthLabel } from '@/lib/display';

// recharts is large: it loads only when a chart is about to scroll into view, never in the first load.
const MethodAreaChart = dynamic(() => import('./charts').then((module) => module.MethodAreaChart), { ssr: false });
const CombinedAreaChart = dynamic(() => import('./charts').then((module) => module.CombinedAreaChart), { ssr: false });

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

/** The chart's text alternative: what a screen reader (and anyone skimming) needs from it. */
export function describeProjection(method: MethodResult, currency: Currency): string {
  const first = method.projection[0]!;
  const last = method.projection.at(-1)!;
  if (last.high === 0) return `${method.name}: nothing projected in the next 12 months.`;
  const unlock =
    method.eligibleInMonths && method.eligibleInMonths > 0 && method.eligibleInMonths <= 12
      ? ` Unlocks in month ${method.eligibleInMonths}.`
      : '';
  return `${method.name}: ${formatRange(first, currency)} next month, ${formatRange(last, currency)} in month 12 (about ${formatMoney(last.expected, currency)} expected).${unlock}`;
}

export function MethodChart({ method, currency, asOf }: { method: MethodResult; currency: Currency; asOf: string }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <figure className="mt-4">
      <div ref={ref} className="h-32 w-full" aria-hidden="true">
        {near && <MethodAreaChart method={method} currency={currency} asOf={asOf} />}
      </div>
      <figcaption className="mt-1 text-xs text-stone-600">{describeProjection(method, currency)}</figcaption>
    </figure>
  );
}

export function CombinedChart({ result }: { result: Evaluation }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const totals = result.summary.projection;

  return (
    <figure>
      <div ref={ref} className="h-80 w-full" aria-hidden="true">
        {near && <CombinedAreaChart result={result} />}
      </div>
      <figcaption className="mt-2 text-sm text-stone-700">
        Using every method as soon as you qualify: {formatRange(totals[0]!, result.currency)} next month,{' '}
        {formatRange(totals[11]!, result.currency)} in {monthLabel(result.asOf, 12)}.
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium">Show the numbers as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Projected monthly earnings from all methods together</caption>
            <thead>
              <tr className="border-b border-stone-200">
                <th scope="col" className="py-1 pr-3">Month</th>
                <th scope="col" className="py-1 pr-3">Expected</th>
                <th scope="col" className="py-1">Range</th>
              </tr>
            </thead>
            <tbody>
              {totals.map((total, index) => (
                <tr key={index} className="border-b border-stone-100">
                  <th scope="row" className="py-1 pr-3 font-normal">{monthLabel(result.asOf, index + 1)}</th>
                  <td className="py-1 pr-3">{formatMoney(total.expected, result.currency)}</td>
                  <td className="py-1">{formatRange(total, result.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
