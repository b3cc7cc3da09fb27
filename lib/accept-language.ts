import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/rules';

/** The language to answer in for an Accept-Language header, as next-intl picks it for pages. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  try {
    const requested = new Negotiator({ headers: { 'accept-language': header } }).languages();
    return match(requested, LOCALES, DEFAULT_LOCALE) as Locale;
  } catch {
    // A malformed header (e.g. an invalid language tag) gets the default language, never an error.
    return DEFAULT_LOCALE;
  }
}
