import type { ComponentType } from 'react';
import type { CreatorProfile, Locale, ProfileField, Ruleset } from '@/lib/rules';
import type { parseField as ParseField, parseProfileQuery as ParseProfileQuery } from './live-checks';
import type LiveResultsType from './live-results';

/** What the calculator needs once the engine's chunk is in: the results' component, the rules and the checks. */
export type Live = {
  LiveResults: ComponentType<Parameters<typeof LiveResultsType>[0]>;
  ruleset: Ruleset;
  parseField: typeof ParseField;
  parseProfileQuery: typeof ParseProfileQuery;
};

/**
 * A new task: what comes after it waits for the browser to handle input and paint. The warm-up below
 * runs as several short tasks, not one long one that a tap on a phone would wait behind.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The field validation, then the engine, the rules and the results' code: fetched when the browser is idle,
 * or on the first edit. Not in the first load: the schema and the engine would only delay the first paint.
 * What the first edit needs is warmed up one short task at a time: the schema's checks,
 * the number and date formatters, then one evaluation of the page's own profile (a phone's first run
 * of the engine is its slowest), which the first render of the results then takes.
 */
export async function loadLive(locale: Locale, texts: Record<ProfileField, string>, profile: CreatorProfile, asOf: string): Promise<Live> {
  const checks = await import('./live-checks');
  await nextTask();
  for (const field of Object.keys(texts) as ProfileField[]) checks.parseField(field, texts[field], locale);
  await nextTask();
  const results = await import('./live-results');
  await nextTask();
  const ruleset = await results.loadRuleset(locale);
  await nextTask();
  results.displayFor(locale).warmUp(profile.currency, asOf);
  await nextTask();
  results.warmUp(profile, asOf, ruleset);
  await nextTask();
  return { LiveResults: results.default, ruleset, parseField: checks.parseField, parseProfileQuery: checks.parseProfileQuery };
}
