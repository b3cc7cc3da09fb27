'use client';

import { useLocale, useTranslations } from 'next-intl';
import { memo, useEffect, useMemo, useState, type ReactNode } from 'react';
import { assembleRuleset, evaluateProfile, setCountryNames, type CreatorProfile, type Evaluation, type Locale, type Ruleset } from '@/lib/rules';
import { keepEqual } from '@/lib/keep-equal';
import { summarySentence } from '@/lib/result-text';
import { useDisplay } from '@/lib/use-display';
import { Results } from './results';
import type { CountryOption } from './stats-form';

export { displayFor } from '@/lib/display';

/** The rules in a language, for the browser: loaded with this module's chunk, not with the page. */
export async function loadRuleset(locale: Locale): Promise<Ruleset> {
  const [{ RULE_FILES }, translation] = await Promise.all([
    import('@/lib/rules/rule-files'),
    locale === 'en' ? undefined : import('@/lib/rules/rule-translations').then((module) => module.RULE_TRANSLATIONS[locale]),
  ]);
  return assembleRuleset(RULE_FILES, locale, translation);
}

/** The warm-up's evaluation, which the first render of the live results takes instead of evaluating again. */
let warmed: { profile: CreatorProfile; asOf: string; ruleset: Ruleset; result: Evaluation } | null = null;

/** Runs the engine once (a phone's first run of it is its slowest), for the page's own profile. */
export function warmUp(profile: CreatorProfile, asOf: string, ruleset: Ruleset): void {
  warmed = { profile, asOf, ruleset, result: evaluateProfile(profile, asOf, ruleset) };
}

function evaluate(profile: CreatorProfile, asOf: string, ruleset: Ruleset): Evaluation {
  const kept = warmed;
  warmed = null;
  return kept && kept.profile === profile && kept.asOf === asOf && kept.ruleset === ruleset ? kept.result : evaluateProfile(profile, asOf, ruleset);
}

type Props = {
  profile: CreatorProfile;
  asOf: string;
  countries: readonly CountryOption[];
  ruleset: Ruleset;
  actions: ReactNode;
  /** Hears the one-sentence answer, for the page's live region. */
  onSummary: (sentence: string) => void;
};

/**
 * The results once the creator edits the form: evaluated in the browser on every change, no round
 * trip. (Before any edit the page shows the results the server rendered, with nothing to hydrate.)
 * Memoized: the form's own renders (a keystroke paints before the results follow) pass it the same props.
 */
export default memo(function LiveResults({ profile, asOf, countries, ruleset, actions, onSummary }: Props) {
  const locale = useLocale() as Locale;
  const t = useTranslations('summary');
  const display = useDisplay();
  // The evaluation before, whose unchanged parts the next one reuses, so only what changed renders again.
  const [last] = useState<{ result: Evaluation | null }>({ result: null });
  const result = useMemo(() => {
    setCountryNames(countries, locale);
    return (last.result = keepEqual(last.result, evaluate(profile, asOf, ruleset)));
  }, [last, profile, asOf, countries, locale, ruleset]);
  const sentence = summarySentence(result, t, display);
  useEffect(() => onSummary(sentence), [sentence, onSummary]);
  return <Results result={result} actions={actions} />;
});
