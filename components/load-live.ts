import type { ComponentType } from 'react';
import type { Locale, ProfileField, Ruleset } from '@/lib/rules';
import type { parseField as ParseField, parseProfileQuery as ParseProfileQuery } from '@/lib/share-link';
import type LiveResultsType from './live-results';

/** What the calculator needs once the engine's chunk is in: the results' component, the rules and the checks. */
export type Live = {
  LiveResults: ComponentType<Parameters<typeof LiveResultsType>[0]>;
  ruleset: Ruleset;
  parseField: typeof ParseField;
  parseProfileQuery: typeof ParseProfileQuery;
};

/**
 * The engine, the rules, the field validation and the results' code: fetched when the browser is idle, or
 * on the first edit. Not in the first load: the schema and the engine would only delay the first paint.
 */
export function loadLive(locale: Locale, texts: Record<ProfileField, string>): Promise<Live> {
  return import('./live-results').then(async (module) => {
    const ruleset = await module.loadRuleset(locale);
    // The schema builds its checks on first use: have that done before the first keystroke needs them.
    for (const field of Object.keys(texts) as ProfileField[]) module.parseField(field, texts[field], locale);
    return { LiveResults: module.default, ruleset, parseField: module.parseField, parseProfileQuery: module.parseProfileQuery };
  });
}
