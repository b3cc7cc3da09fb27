import { COUNTRY_CODES, countryName, type Locale } from '@/lib/rules';
import { INTL_LOCALE } from './display';

const options: Partial<Record<Locale, readonly { code: string; name: string }[]>> = {};

/** Countries for the form's select, named and sorted in the page's language; built on the server once per language. */
export function countryOptions(locale: Locale): readonly { code: string; name: string }[] {
  return (options[locale] ??= COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
    a.name.localeCompare(b.name, INTL_LOCALE[locale]),
  ));
}
