import type { ComponentType } from 'react';
import type { CreatorProfile, Locale, ProfileField, Ruleset } from '@/lib/rules';
import type { QueryInput } from '@/lib/profile-text';
import type { ParsedLink } from '@/lib/share-link';
import type { ValidationT } from '@/lib/validation-words';
import type LiveResultsType from './live-results';

/** What the calculator needs once the engine's chunk is in: the results' component, the rules and the checks. */
export type Live = {
  LiveResults: ComponentType<Parameters<typeof LiveResultsType>[0]>;
  ruleset: Ruleset;
  /** A field's text as the page's language writes numbers: its value, or what is wrong in the page's words. */
  parseField: <F extends ProfileField>(field: F, text: string) => { ok: true; value: CreatorProfile[F] } | { ok: false; message: string };
  /** A link's profile, and what in it could not be used, in the page's words. */
  parseProfileQuery: (query: QueryInput) => ParsedLink;
};

/**
 * The engine, the rules, the field validation and the results' code: fetched when the browser is idle, or
 * on the first edit. Not in the first load: the schema and the engine would only delay the first paint.
 * `t` is the page's `validation` messages, which word what the schema reports.
 */
export function loadLive(locale: Locale, texts: Record<ProfileField, string>, t: ValidationT): Promise<Live> {
  return import('./live-results').then(async (module) => {
    const ruleset = await module.loadRuleset(locale);
    const parseField: Live['parseField'] = (field, text) => module.parseField(field, text, t, locale);
    // The schema builds its checks on first use: have that done before the first keystroke needs them.
    for (const field of Object.keys(texts) as ProfileField[]) parseField(field, texts[field]);
    return { LiveResults: module.default, ruleset, parseField, parseProfileQuery: (query) => module.parseProfileQuery(query, locale, t) };
  });
}
