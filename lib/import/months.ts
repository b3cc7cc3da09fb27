import { foldText } from './text';

/**
 * Locales whose month names are looked up: the languages TikTok Studio is offered in and their
 * neighbours. Only those the runtime's Intl supports are used. Order matters for one thing: when two
 * languages spell different months alike (Croatian "listopad" is October, Czech and Polish November)
 * and a file's labels fit both equally, the earlier one wins.
 */
export const DATE_LOCALES = [
  'en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'id', 'ms', 'fil', 'vi', 'th', 'tr', 'ru', 'uk', 'pl', 'cs', 'sk',
  'ro', 'hu', 'el', 'sv', 'da', 'nb', 'fi', 'ja', 'ko', 'zh', 'zh-Hant', 'ar', 'he', 'fa', 'ur', 'hi', 'bn',
  'ta', 'te', 'mr', 'gu', 'kn', 'ml', 'pa', 'ne', 'si', 'my', 'km', 'lo', 'jv', 'sw', 'ca', 'eu', 'gl', 'hr',
  'sr', 'sr-Latn', 'bs', 'sl', 'bg', 'mk', 'sq', 'lt', 'lv', 'et', 'is', 'ga', 'cy', 'az', 'kk', 'uz', 'ky',
  'mn', 'ka', 'hy', 'be', 'af', 'zu', 'am', 'so', 'ha', 'yo', 'ig', 'ceb', 'ps',
] as const;

/**
 * Vietnamese Studio spells the month as a word ("18 tháng Sáu"), while Intl writes a number
 * ("tháng 6"). These are the spelled forms, one to twelve, plus the traditional names of the first
 * and last month (Giêng, Chạp); they are stored folded like every other name.
 */
const VIETNAMESE_SPELLED = [
  ['tháng Một', 'tháng Giêng'], ['tháng Hai'], ['tháng Ba'], ['tháng Tư', 'tháng Bốn'], ['tháng Năm'], ['tháng Sáu'],
  ['tháng Bảy'], ['tháng Tám'], ['tháng Chín'], ['tháng Mười'], ['tháng Mười Một'], ['tháng Mười Hai', 'tháng Chạp'],
];

/** Month names of every supported language, folded for lookup. */
export interface MonthIndex {
  /** Supported locales, in `DATE_LOCALES` order; candidates refer to them by position. */
  locales: string[];
  /** Folded month name -> the locales (by position) and month (1-12) it names. */
  names: Map<string, { locale: number; month: number }[]>;
  /** Folded words that sit between day and month in some locale ("de", "d"). */
  fillers: Set<string>;
}

let built: MonthIndex | undefined;

function add(index: MonthIndex, name: string, locale: number, month: number): void {
  const folded = foldText(name);
  // A numeric month (Japanese "8", Czech "8.") is not a name; those formats are read by pattern.
  if (!folded || /^[\d\s]+$/.test(folded)) return;
  const list = index.names.get(folded);
  if (!list) index.names.set(folded, [{ locale, month }]);
  else if (!list.some((entry) => entry.locale === locale && entry.month === month)) list.push({ locale, month });
}

function addLocale(index: MonthIndex, locale: string, position: number): void {
  for (const month of ['long', 'short'] as const) {
    // With a day, formatToParts gives the form used in dates (the genitive in Greek, Russian, Polish...);
    // alone, the standalone (nominative) form. Studio could use either, so both are stored.
    const withDay = new Intl.DateTimeFormat(locale, { month, day: 'numeric', timeZone: 'UTC', calendar: 'gregory' });
    const alone = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC', calendar: 'gregory' });
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2025, m, 9));
      const parts = withDay.formatToParts(date);
      add(index, parts.filter((part) => part.type === 'month').map((part) => part.value).join(''), position, m + 1);
      add(index, alone.format(date), position, m + 1);
      // The whole date without its day, for languages that join words to the month: Hebrew "בינואר"
      // ("in January"), Basque "urtarrilaren 1(a)", Mongolian "1-р сарын 9".
      add(index, parts.filter((part) => part.type !== 'day').map((part) => part.value).join(''), position, m + 1);
      for (const part of parts) {
        if (part.type !== 'literal') continue;
        for (const word of foldText(part.value).split(' ')) if (word && !/\d/.test(word)) index.fillers.add(word);
      }
    }
  }
}

/** The month-name lookup over every supported locale, built on first use (a few hundred formatters) and kept. */
export function monthIndex(): MonthIndex {
  if (built) return built;
  const index: MonthIndex = { locales: [], names: new Map(), fillers: new Set() };
  const supported = Intl.DateTimeFormat.supportedLocalesOf([...DATE_LOCALES]);
  for (const locale of DATE_LOCALES) {
    if (!supported.includes(locale)) continue;
    const position = index.locales.push(locale) - 1;
    try {
      addLocale(index, locale, position);
    } catch {
      // A runtime with partial locale data: that locale's names are simply missing.
    }
  }
  let vietnamese = index.locales.indexOf('vi');
  if (vietnamese < 0) vietnamese = index.locales.push('vi') - 1;
  VIETNAMESE_SPELLED.forEach((names, m) => names.forEach((name) => add(index, name, vietnamese, m + 1)));
  built = index;
  return index;
}
