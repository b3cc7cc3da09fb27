import type { Currency, Locale, MoneyRange } from '@/lib/rules';

/** Currencies whose smallest unit is the whole unit: "JPY 3,100", never "JPY 3,127.48". */
const WHOLE_UNIT_CURRENCIES: ReadonlySet<string> = new Set(['JPY', 'KRW']);
/** A formula step's unit that is a currency: an ISO 4217 code (the other units are words: views, share, x). */
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** The Intl locale behind each language of the page: how its numbers, money and dates are written. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { en: 'en-US', nl: 'nl-NL' };

/** The few words number formatting needs, per language (the page's other words are in messages/). */
const WORDS: Readonly<Record<Locale, { under: (money: string) => string; months: (months: number) => string }>> = {
  en: {
    under: (money) => `under ${money}`,
    months: (months) =>
      months <= 0 ? 'now' : months === 1 ? 'in about 1 month' : months < 24 ? `in about ${months} months` : `in about ${Math.round(months / 12)} years`,
  },
  nl: {
    under: (money) => `minder dan ${money}`,
    months: (months) =>
      months <= 0 ? 'nu' : months === 1 ? 'over ongeveer 1 maand' : months < 24 ? `over ongeveer ${months} maanden` : `over ongeveer ${Math.round(months / 12)} jaar`,
  },
};

/** The display words' keys, for the test that checks every language has them all. */
export const DISPLAY_WORDS = WORDS;

/** An estimate rounded to what it deserves: two significant digits, whole units (312.47 -> 310, 2.58 -> 3, 1,288,889 -> 1,300,000). */
export function roundEstimate(value: number): number {
  if (!(value > 0)) return 0;
  const digits = Math.floor(Math.log10(value)) + 1;
  const step = Math.pow(10, Math.max(digits - 2, 0));
  return Math.round(value / step) * step;
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

/** Numbers, money and dates written the way a language writes them ("EUR 1,234.50" / "EUR 1.234,50"). */
export class Display {
  readonly intlLocale: string;
  private readonly words: (typeof WORDS)[Locale];
  // Building an Intl formatter costs far more than using one (toLocaleString builds one per call):
  // keep each, and remember the few dates and month names a page shows.
  private readonly formats = new Map<string, Intl.NumberFormat>();
  private readonly money = new Map<string, Intl.NumberFormat>();
  private readonly dates = new Map<string, string>();
  private readonly months = new Map<string, string>();
  private dateFormat: Intl.DateTimeFormat | undefined;
  private monthFormat: Intl.DateTimeFormat | undefined;
  private monthYearFormat: Intl.DateTimeFormat | undefined;

  constructor(readonly locale: Locale) {
    this.intlLocale = INTL_LOCALE[locale];
    this.words = WORDS[locale];
  }

  private format(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    let format = this.formats.get(key);
    if (!format) this.formats.set(key, (format = new Intl.NumberFormat(this.intlLocale, options)));
    return format;
  }

  /** 12500 -> "12,500" / "12.500"; `digits` decimals at most. */
  number(value: number, digits = 0): string {
    return this.format(`d${digits}`, { maximumFractionDigits: digits }).format(value);
  }

  /** Money with its currency code, whole or with `digits` decimals: "EUR 1,234.50" / "EUR 1.234,50". */
  exactMoney(value: number, currency: Currency, digits = 2): string {
    if (WHOLE_UNIT_CURRENCIES.has(currency)) {
      digits = 0;
      value = Math.round(value);
    }
    const minimum = Number.isInteger(value) ? 0 : digits;
    const key = `${currency}${minimum}${digits}`;
    let format = this.money.get(key);
    if (!format) {
      format = new Intl.NumberFormat(this.intlLocale, {
        style: 'currency',
        currency,
        currencyDisplay: 'code',
        minimumFractionDigits: minimum,
        maximumFractionDigits: digits,
      });
      this.money.set(key, format);
    }
    // Dutch puts the code first with a space too ("EUR 1.234,50"); keep spaces plain for copy and paste.
    return format.format(value).replace(/\u00a0/g, ' ');
  }

  /** An estimate: "USD 310" / "USD 3" / "under USD 1" / "USD 0". */
  formatMoney(value: number, currency: Currency): string {
    if (!(value > 0)) return this.exactMoney(0, currency, 0);
    if (value < 0.5) return this.words.under(this.exactMoney(1, currency, 0));
    return this.exactMoney(roundEstimate(value), currency, 0);
  }

  /** "USD 310–820"; "USD 43" when both ends round alike (the creator's own numbers); "USD 0" when nothing is expected. */
  formatRange(range: MoneyRange, currency: Currency): string {
    if (!(range.high > 0)) return this.exactMoney(0, currency, 0);
    if (range.high < 0.5) return this.words.under(this.exactMoney(1, currency, 0));
    const low = range.low < 0.5 ? this.exactMoney(0, currency, 0) : this.formatMoney(range.low, currency);
    const high = roundEstimate(range.high);
    if (range.low >= 0.5 && roundEstimate(range.low) === high) return low;
    return `${low}–${this.number(high)}`;
  }

  /** "2026-11-26" -> "Nov 26, 2026" / "26 nov 2026". */
  formatDate(isoDate: string): string {
    let text = this.dates.get(isoDate);
    if (text === undefined) {
      this.dateFormat ??= new Intl.DateTimeFormat(this.intlLocale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
      this.dates.set(isoDate, (text = this.dateFormat.format(new Date(`${isoDate}T00:00:00Z`))));
    }
    return text;
  }

  /** "2027-01-31" -> "January 2027" / "januari 2027". */
  formatMonthYear(isoDate: string): string {
    this.monthYearFormat ??= new Intl.DateTimeFormat(this.intlLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return this.monthYearFormat.format(new Date(`${isoDate}T00:00:00Z`));
  }

  /**
   * The formatters a result uses (money in `currency`, numbers, dates, month names), one builder each, to
   * run ahead of the first result the browser renders itself, one task apart: a phone takes a few
   * milliseconds to build each, once.
   */
  warmUps(currency: Currency, asOf: string): (() => unknown)[] {
    return [
      () => this.formatRange({ low: 1, expected: 2, high: 3 }, currency),
      () => this.exactMoney(1.5, currency),
      () => this.formatStepValue(0.5, 'share'),
      () => this.formatDate(asOf),
      () => this.monthLabel(asOf, 1),
      () => this.formatMonthYear(asOf),
    ];
  }

  /** "Dec", "Jan '27", ...: the calendar month `month` months after `asOf`. */
  monthLabel(asOf: string, month: number): string {
    const key = `${asOf.slice(0, 7)}+${month}`;
    let label = this.months.get(key);
    if (label === undefined) {
      const date = new Date(`${asOf.slice(0, 7)}-01T00:00:00Z`);
      date.setUTCMonth(date.getUTCMonth() + month);
      this.monthFormat ??= new Intl.DateTimeFormat(this.intlLocale, { month: 'short', timeZone: 'UTC' });
      const name = this.monthFormat.format(date).replace(/\.$/, '');
      label = date.getUTCMonth() === 0 ? `${name} '${String(date.getUTCFullYear()).slice(2)}` : name;
      this.months.set(key, label);
    }
    return label;
  }

  /** "in about 4 months" / "over ongeveer 4 maanden". */
  formatMonths(months: number): string {
    return this.words.months(months);
  }

  /** A formula step's value in its unit: shares as percentages, money with its currency. */
  formatStepValue(value: number, unit: string, unitName = unit): string {
    const significant = (digits: number) => this.format(`s${digits}`, { maximumSignificantDigits: digits });
    if (unit === 'share') return `${significant(3).format(value * 100)}%`;
    if (unit === 'x') return `× ${this.number(value, 2)}`;
    if (CURRENCY_CODE.test(unit)) return `${unit} ${significant(3).format(value)}`;
    return `${significant(value >= 1000 ? 21 : 4).format(value)} ${unitName}`;
  }

  /** Axis ticks: 1.2K, 15, 0. */
  compact(value: number): string {
    return this.format('compact', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  }
}

const displays: Partial<Record<Locale, Display>> = {};

/** The display for a language, built once. */
export function displayFor(locale: Locale): Display {
  return (displays[locale] ??= new Display(locale));
}
