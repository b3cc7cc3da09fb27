import type { Locale } from './locales';
import { RULE_FILES } from './rule-files';
import { RULE_TRANSLATIONS } from './rule-translations';
import { assembleRuleset, type Ruleset, type RuleTranslation } from './ruleset';

/*
 * The rule data as shipped in rules/, for the server. The browser loads rule-files.ts (and its
 * language's translation) only when a creator first edits the form: until then the page shows the
 * results the server rendered.
 */

export { RULE_FILES, RULE_TRANSLATIONS };

/** The translation of the rule texts into `locale`; undefined for English, which needs none. */
export function ruleTranslation(locale: Locale): RuleTranslation | undefined {
  return locale === 'en' ? undefined : RULE_TRANSLATIONS[locale];
}

/** The shipped ruleset, in English. */
export const defaultRuleset: Ruleset = assembleRuleset(RULE_FILES);

const rulesets: Partial<Record<Locale, Ruleset>> = { en: defaultRuleset };

/** The shipped ruleset with its texts in `locale`, built once. */
export function rulesetFor(locale: Locale): Ruleset {
  return (rulesets[locale] ??= assembleRuleset(RULE_FILES, locale, ruleTranslation(locale)));
}
