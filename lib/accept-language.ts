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

/** The language to answer in for an Accept-Language header, as next-intl picks it for pages (see proxy.ts). */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  try {
    const requested = new Negotiator({ headers: { 'accept-language': readableAcceptLanguage(header) } }).languages();
    return match(requested, LOCALES, DEFAULT_LOCALE) as Locale;
  } catch {
    // Anything else malformed gets the default language, never an error.
    return DEFAULT_LOCALE;
  }
}
