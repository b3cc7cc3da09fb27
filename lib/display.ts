import type { Currency, MoneyRange } from '@/lib/rules';

/** The page's locale for numbers until it speaks more than one language. */
export const LOCALE = 'en-US';

let countFormat: Intl.NumberFormat | undefined;

/** 12500 -> "12,500". */
export function formatCount(value: number): string {
  countFormat ??= new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
  return countFormat.format(value);
}

/** An estimate rounded to what it deserves: two significant digits, whole units (312.47 -> 310, 2.58 -> 3, 1,288,889 -> 1,300,000). */
export function roundEstimate(value: number): number {
  if (!(value > 0)) return 0;
  const digits = Math.floor(Math.log10(value)) + 1;
  const step = Math.pow(10, Math.max(digits - 2, 0));
  return Math.round(value / step) * step;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: Currency, fractionDigits: number): Intl.NumberFormat {
  const key = `${currency}${fractionDigits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      minimumFractionDigits: 0,
      maximumFractionDigits: fractionDigits,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/** "USD 310" / "USD 3" / "under USD 1" / "USD 0". */
export function formatMoney(value: number, currency: Currency): string {
  if (!(value > 0)) return `${currency} 0`;
  if (value < 0.5) return `under ${currency} 1`;
  return moneyFormat(currency, 0).format(roundEstimate(value)).replace(/\u00a0/g, ' ');
}

/** "USD 310–820", or "USD 0" when nothing is expected. */
export function formatRange(range: MoneyRange, currency: Currency): string {
  if (!(range.high > 0)) return `${currency} 0`;
  if (range.high < 0.5) return `under ${currency} 1`;
  const low = range.low < 0.5 ? `${currency} 0` : formatMoney(range.low, currency);
  return `${low}–${formatCount(roundEstimate(range.high))}`;
}

let dateFormat: Intl.DateTimeFormat | undefined;

/** "2026-11-26" -> "Nov 26, 2026". */
export function formatDate(isoDate: string): string {
  dateFormat ??= new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "Dec", "Jan '27", ...: the calendar month `month` months after `asOf`. */
export function monthLabel(asOf: string, month: number): string {
  const date = new Date(`${asOf.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + month);
  const name = date.toLocaleString(LOCALE, { month: 'short', timeZone: 'UTC' });
  return date.getUTCMonth() === 0 ? `${name} '${String(date.getUTCFullYear()).slice(2)}` : name;
}

/** "in about 4 months" / "next month". */
export function formatMonths(months: number): string {
  if (months <= 0) return 'now';
  if (months === 1) return 'in about 1 month';
  if (months < 24) return `in about ${months} months`;
  return `in about ${Math.round(months / 12)} years`;
}

/** A formula step's value in its unit: shares as percentages, money with its currency. */
export function formatStepValue(value: number, unit: string): string {
  if (unit === 'share') return `${(value * 100).toLocaleString(LOCALE, { maximumSignificantDigits: 3 })}%`;
  if (unit === 'x') return `× ${value.toLocaleString(LOCALE, { maximumFractionDigits: 2 })}`;
  if (unit === 'USD' || unit === 'EUR' || unit === 'GBP') {
    return `${unit} ${value.toLocaleString(LOCALE, { maximumSignificantDigits: 3 })}`;
  }
  return `${value.toLocaleString(LOCALE, { maximumSignificantDigits: value >= 1000 ? 21 : 4 })} ${unit}`;
}

const TIER_BOUNDS = [0, 1_000, 5_000, 10_000, 50_000, 100_000, 500_000, 1_000_000, 5_000_000, 10_000_000, 50_000_000, 100_000_000];

function short(value: number): string {
  return value >= 1_000_000 ? `${value / 1_000_000}M` : value >= 1_000 ? `${value / 1_000}K` : String(value);
}

/** A count as a band, for creators who would rather not show exact numbers: 23,000 -> "10K–50K". */
export function countTier(value: number): string {
  let index = 0;
  while (index + 1 < TIER_BOUNDS.length && value >= TIER_BOUNDS[index + 1]!) index++;
  const low = TIER_BOUNDS[index]!;
  const high = TIER_BOUNDS[index + 1];
  return high === undefined ? `${short(low)}+` : `${short(low)}–${short(high)}`;
}
