import { DEFAULT_PROFILE, defaultCurrencyFor, OPTIONAL_FIELDS, OPTIONAL_TEXT_FIELDS, PROFILE_FIELDS, WHOLE_NUMBER_FIELDS } from '@/lib/rules/profile-fields';
import type { CreatorProfile, Locale, ProfileField } from '@/lib/rules';
import { displayFor } from './display';
import { parseNumberInput } from './number-input';

// A profile as text: what the form shows and what a share link holds. No schema here (see share-link.ts
// for validation), so the page's first load can use it without zod.

/** The query parameter that records the ruleset version a link was made with. */
export const VERSION_PARAM = 'v';

/** A query string in any of the shapes Next.js and the browser hand over. */
export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** A parameter's value; a repeated parameter counts once (the first). */
export function firstValue(query: QueryInput, key: string): string | undefined {
  if (query instanceof URLSearchParams) return query.get(key) ?? undefined;
  const value = query[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Turns text from a URL or a form field into the type the field's schema expects. Numbers are read the
 * way `locale` writes them; URLs are always read the English way, whatever the page's language.
 */
export function readFieldText(field: ProfileField, text: string, locale: Locale = 'en'): unknown {
  const fallback = DEFAULT_PROFILE[field];
  if (OPTIONAL_FIELDS.has(field) && text.trim() === '') return undefined;
  if (OPTIONAL_TEXT_FIELDS.has(field)) return text.trim();
  if (typeof fallback === 'number' || OPTIONAL_FIELDS.has(field)) {
    // In whole-number fields "12.500" can only mean 12,500 (dots as thousands separators, as in Dutch).
    const dotted = WHOLE_NUMBER_FIELDS.has(field) && /^\s*\d{1,3}(\.\d{3})+\s*$/.test(text);
    const value = parseNumberInput(dotted ? text.replace(/\./g, '') : text, locale === 'nl');
    return Number.isNaN(value) ? text : value;
  }
  if (typeof fallback === 'boolean') {
    const lower = text.trim().toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(lower)) return true;
    if (['false', '0', 'no', 'off'].includes(lower)) return false;
    return text;
  }
  return text.trim();
}

/** Shows a profile value the way the form would: 1000 -> "1,000" (en) or "1.000" (nl). */
export function showValue(value: CreatorProfile[ProfileField], locale: Locale = 'en'): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? displayFor(locale).number(value, 2) : String(value);
}

/** Every field of a profile as the form shows it ("12,500" in English, "12.500" in Dutch). */
export function fieldTexts(profile: CreatorProfile, locale: Locale = 'en'): Record<ProfileField, string> {
  const texts = {} as Record<ProfileField, string>;
  for (const field of PROFILE_FIELDS) texts[field] = showValue(profile[field], locale);
  return texts;
}

/** A field's default in this profile: the currency's follows the country (NL -> EUR), the rest are fixed. */
export function defaultOf(field: ProfileField, profile: Pick<CreatorProfile, 'country'>): CreatorProfile[ProfileField] {
  return field === 'currency' ? defaultCurrencyFor(profile.country) : DEFAULT_PROFILE[field];
}

/** The query string of a share link: every field not at its default, in form order, then the ruleset version. */
export function buildProfileQuery(profile: CreatorProfile, version?: string): string {
  const params = new URLSearchParams();
  for (const field of PROFILE_FIELDS) {
    const value = profile[field];
    if (value !== undefined && value !== defaultOf(field, profile)) params.set(field, String(value));
  }
  if (version) params.set(VERSION_PARAM, version);
  return params.toString();
}

/** The values of the folded form's line ("23,000 followers · 310,000 views in 30 days · Netherlands"). */
export function numbersLineValues(profile: CreatorProfile, countries: readonly { code: string; name: string }[]) {
  const country = countries.find((option) => option.code === profile.country)?.name ?? profile.country;
  return { followers: profile.followers, views: profile.views30d, country };
}
