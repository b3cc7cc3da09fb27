'use client';

import { useTranslations } from 'next-intl';
import { Area, AreaChart, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Currency } from '@/lib/rules';
import type { ChartSeries } from '@/lib/result-slices';
import { METHOD_COLORS } from '@/lib/method-colors';
import { useDisplay } from '@/lib/use-display';

/** One method's 12-month projection: expected line, low-high band, and the month it unlocks. */
export function MethodAreaChart({ method, currency, asOf }: { method: ChartSeries; currency: Currency; asOf: string }) {
  const t = useTranslations('charts');
  const display = useDisplay();
  // Axis ticks: 1.2K, 15, 0; the currency is named on the axis or in the caption.
  const compact = (value: number) => display.compact(value);
  const formatMoney = (value: number) => display.formatMoney(value, currency);
  const color = METHOD_COLORS[method.id];
  const data = method.projection.map((point) => ({
    label: display.monthLabel(asOf, point.month),
    band: [point.low, point.high],
    expected: point.expected,
  }));
  const unlock = method.eligibleInMonths && method.eligibleInMonths > 0 && method.eligibleInMonths <= 12 ? method.eligibleInMonths : null;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#e7e5e4" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#57534e' }} interval="preserveStartEnd" minTickGap={2} />
        <YAxis tick={{ fontSize: 11, fill: '#57534e' }} width={44} tickFormatter={compact} />
        <Tooltip formatter={(value) => (Array.isArray(value) ? value.map((v) => formatMoney(Number(v))).join('–') : formatMoney(Number(value)))} />
        <Area dataKey="band" stroke="none" fill={color} fillOpacity={0.15} isAnimationActive={false} name={t('lowHigh')} />
        <Line dataKey="expected" stroke={color} strokeWidth={2} dot={false} isAnimationActive={false} name={t('expected')} />
        {unlock !== null && (
          <ReferenceLine x={data[unlock - 1]?.label} stroke="#92400e" strokeDasharray="4 3" label={{ value: t('unlocks'), fontSize: 11, fill: '#92400e', position: 'insideTopLeft' }} />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** All methods stacked by expected earnings: what a creator who does all of them could earn. */
export function CombinedAreaChart({ series, currency, asOf }: { series: ChartSeries[]; currency: Currency; asOf: string }) {
  const display = useDisplay();
  const compact = (value: number) => display.compact(value);
  const data = Array.from({ length: 12 }, (_, index) => {
    const row: Record<string, number | string> = { label: display.monthLabel(asOf, index + 1) };
    for (const method of series) row[method.id] = method.projection[index]?.expected ?? 0;
    return row;
  });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#e7e5e4" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#57534e' }} />
        <YAxis tick={{ fontSize: 11, fill: '#57534e' }} width={48} tickFormatter={compact} label={{ value: currency, angle: -90, position: 'insideLeft', fontSize: 11, fill: '#57534e' }} />
        <Tooltip formatter={(value) => display.formatMoney(Number(value), currency)} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.filter((method) => method.projection.some((point) => point.expected > 0)).map((method) => (
          <Area
            key={method.id}
            dataKey={method.id}
            name={method.name}
            stackId="all"
            stroke={METHOD_COLORS[method.id]}
            fill={METHOD_COLORS[method.id]}
            fillOpacity={0.35}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}
