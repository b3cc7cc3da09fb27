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
  /** Builds the number and date formatters the results use, one task apart. */
  warmFormats: () => Promise<void>;
};

/** What the page opened with: the warm-up checks and evaluates exactly that. */
export type Opened = { texts: Record<ProfileField, string>; profile: CreatorProfile; asOf: string };

/**
 * A new task: what comes after it waits for the browser to handle input and paint. The warm-up below
 * runs as several short tasks, not one long one that a tap on a phone would wait behind.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The field validation, then the engine, the rules and the results' code: fetched when the browser is idle,
 * or on the first edit. Not in the first load: the schema and the engine would only delay the first paint.
 * What the first edit needs is warmed up one short task at a time: the schema's checks, then one
 * evaluation of the page's own profile (a phone's first run of the engine is its slowest), which the first
 * render of the results then takes. The formatters wait for `warmFormats`: a browser's first Intl
 * formatter costs a phone about 100 ms, better spent when the creator turns to the form than while they
 * read. `t` is the page's `validation` messages, which word what the schema reports.
 */
export async function loadLive(locale: Locale, opened: Opened, t: ValidationT): Promise<Live> {
  const checks = await import('./live-checks');
  await nextTask();
  const parseField: Live['parseField'] = (field, text) => checks.parseField(field, text, t, locale);
  for (const field of Object.keys(opened.texts) as ProfileField[]) parseField(field, opened.texts[field]);
  await nextTask();
  const results = await import('./live-results');
  await nextTask();
  const ruleset = await results.loadRuleset(locale);
  await nextTask();
  results.warmUp(opened.profile, opened.asOf, ruleset);
  await nextTask();
  const warmFormats = async () => {
    for (const warmUp of results.displayFor(locale).warmUps(opened.profile.currency, opened.asOf)) {
      warmUp();
      await nextTask();
    }
  };
  return { LiveResults: results.default, ruleset, parseField, parseProfileQuery: (query) => checks.parseProfileQuery(query, locale, t), warmFormats };
}
