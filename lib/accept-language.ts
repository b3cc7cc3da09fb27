import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/rules';

/**
 * The header without the language tags Intl cannot read ("i-klingon", "nl_NL"): one such tag made the
 * matcher throw, which threw away the whole header ("i-klingon, nl" answered in English).
 */
export function readableAcceptLanguage(header: string): string {
  return header
    .split(',')
    .filter((range) => {
      const tag = range.split(';')[0]!.trim();
      if (tag === '*') return true;
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    })
    .join(',');
}

/** How many headers `localeFromAcceptLanguage` keeps the answer for, and how long they may be: browsers send a handful of short ones. */
const MAX_REMEMBERED = 256;
const MAX_REMEMBERED_LENGTH = 200;
const localeByHeader = new Map<string, Locale>();

/** The language to answer in for an Accept-Language header, as next-intl picks it for pages (see proxy.ts). */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  if (header.length > MAX_REMEMBERED_LENGTH) return matchLocale(header);
  // Reading and matching a browser's header takes 25-70 µs, as long as evaluating a profile: once per header.
  let locale = localeByHeader.get(header);
  if (locale === undefined) {
    if (localeByHeader.size >= MAX_REMEMBERED) localeByHeader.clear();
    localeByHeader.set(header, (locale = matchLocale(header)));
  }
  return locale;
}

function matchLocale(header: string): Locale {
  try {
    const requested = new Negotiator({ headers: { 'accept-language': readableAcceptLanguage(header) } }).languages();
    return match(requested, LOCALES, DEFAULT_LOCALE) as Locale;
  } catch {
    // Anything else malformed gets the default language, never an error.
    return DEFAULT_LOCALE;
  }
}
