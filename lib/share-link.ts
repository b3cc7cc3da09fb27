import {
  DEFAULT_PROFILE,
  isoDateSchema,
  OPTIONAL_FIELDS,
  PROFILE_FIELDS,
  profileSchemaFor,
  WHOLE_NUMBER_FIELDS,
  type CreatorProfile,
  type Locale,
  type ProfileField,
} from '@/lib/rules';
import { displayFor } from './display';
import { parseNumberInput } from './number-input';

/** The query parameter that records the ruleset version a link was made with. */
export const VERSION_PARAM = 'v';

/** A query string in any of the shapes Next.js and the browser hand over. */
export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** A parameter that could not be used: why, and the default used instead ('' for none). */
export type ParamIssue = { field: ProfileField; message: string; fallback: string };

export type ParsedLink = {
  profile: CreatorProfile;
  issues: ParamIssue[];
  /** The ruleset version the link was made with, when it says. */
  version: string | undefined;
};

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

/**
 * Validates one field's text. Returns the value, or the schema's message ("followers must be a whole
 * number from 0 to 2,000,000,000; got 'abc'").
 */
export function parseField<F extends ProfileField>(
  field: F,
  text: string,
  locale: Locale = 'en',
  numbers: Locale = locale,
): { ok: true; value: CreatorProfile[F] } | { ok: false; message: string } {
  const result = profileSchemaFor(locale).shape[field].safeParse(readFieldText(field, text, numbers));
  if (result.success) return { ok: true, value: result.data as CreatorProfile[F] };
  return { ok: false, message: result.error.issues[0]?.message ?? `${field} is not valid` };
}

/**
 * Reads a profile from a share link's query string. Unknown parameters are ignored; a repeated one
 * counts once (the first); an invalid one is reported and its default used, so a bad link never breaks the page.
 */
export function parseProfileQuery(query: QueryInput, locale: Locale = 'en'): ParsedLink {
  const profile: Record<string, unknown> = { ...DEFAULT_PROFILE };
  const issues: ParamIssue[] = [];
  for (const field of PROFILE_FIELDS) {
    const text = firstValue(query, field);
    if (text === undefined) continue;
    const parsed = parseField(field, text, locale, 'en');
    if (parsed.ok) profile[field] = parsed.value;
    else issues.push({ field, message: parsed.message, fallback: showValue(DEFAULT_PROFILE[field], locale) });
  }
  const version = firstValue(query, VERSION_PARAM);
  return {
    profile: profile as CreatorProfile,
    issues,
    // Only a real calendar date: `v=2026-13-45` is ignored like `v=abc` (it once reached Intl and threw).
    version: version !== undefined && isoDateSchema.safeParse(version).success ? version : undefined,
  };
}

/** The query string of a share link: every field not at its default, in form order, then the ruleset version. */
export function buildProfileQuery(profile: CreatorProfile, version?: string): string {
  const params = new URLSearchParams();
  for (const field of PROFILE_FIELDS) {
    const value = profile[field];
    if (value !== undefined && value !== DEFAULT_PROFILE[field]) params.set(field, String(value));
  }
  if (version) params.set(VERSION_PARAM, version);
  return params.toString();
}
