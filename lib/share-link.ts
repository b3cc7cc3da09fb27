import { creatorProfileSchema, DEFAULT_PROFILE, defaultCurrencyFor, isoDateSchema, PROFILE_FIELDS, type CreatorProfile, type Locale, type ProfileField } from '@/lib/rules';
import { firstValue, readFieldText, showValue, VERSION_PARAM, type QueryInput } from './profile-text';
import { issueMessage, type ValidationT } from './validation-words';

/** A parameter that could not be used: why, and the default used instead ('' for none). */
export type ParamIssue = { field: ProfileField; message: string; fallback: string };

export type ParsedLink = {
  profile: CreatorProfile;
  issues: ParamIssue[];
  /** The ruleset version the link was made with, when it says. */
  version: string | undefined;
};

/**
 * Validates one field's text, its numbers read the way `numbers` writes them. Returns the value, or what
 * is wrong in words of `t`, the `validation` messages of the page's language ("followers must be a whole
 * number from 0 to 2,000,000,000; got 'abc'").
 */
export function parseField<F extends ProfileField>(
  field: F,
  text: string,
  t: ValidationT,
  numbers: Locale = 'en',
): { ok: true; value: CreatorProfile[F] } | { ok: false; message: string } {
  const result = creatorProfileSchema.shape[field].safeParse(readFieldText(field, text, numbers));
  if (result.success) return { ok: true, value: result.data as CreatorProfile[F] };
  const issue = result.error.issues[0];
  return { ok: false, message: issue ? issueMessage(t, issue) : field };
}

/**
 * Reads a profile from a share link's query string. Unknown parameters are ignored; a repeated one
 * counts once (the first); an invalid one is reported, in words of `t` (the `validation` messages in
 * `locale`), and its default used, so a bad link never breaks the page.
 */
export function parseProfileQuery(query: QueryInput, locale: Locale, t: ValidationT): ParsedLink {
  const profile: Record<string, unknown> = { ...DEFAULT_PROFILE };
  const issues: ParamIssue[] = [];
  for (const field of PROFILE_FIELDS) {
    const text = firstValue(query, field);
    if (text === undefined) continue;
    const parsed = parseField(field, text, t, 'en');
    if (parsed.ok) profile[field] = parsed.value;
    else issues.push({ field, message: parsed.message, fallback: showValue(DEFAULT_PROFILE[field], locale) });
  }
  // Without a (valid) currency of its own, a link shows the country's: the same in every language.
  const currencyGiven = firstValue(query, 'currency') !== undefined && !issues.some((issue) => issue.field === 'currency');
  if (!currencyGiven) profile.currency = defaultCurrencyFor(profile.country as string);
  const version = firstValue(query, VERSION_PARAM);
  return {
    profile: profile as CreatorProfile,
    issues,
    // Only a real calendar date: `v=2026-13-45` is ignored like `v=abc` (it once reached Intl and threw).
    version: version !== undefined && isoDateSchema.safeParse(version).success ? version : undefined,
  };
}
