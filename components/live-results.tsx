'use client';

import { useLocale, useTranslations } from 'next-intl';
import { memo, useEffect, useMemo, useState, type ReactNode } from 'react';
import { assembleRuleset, evaluateProfile, setCountryNames, type CreatorProfile, type Evaluation, type Locale, type Ruleset } from '@/lib/rules';
import { keepEqual } from '@/lib/keep-equal';
import { summarySentence } from '@/lib/result-text';
import { useDisplay } from '@/lib/use-display';
import { Results } from './results';
import type { CountryOption } from './stats-form';

/** Field validation (zod) travels with the engine, so the page's first load carries neither. */
export { parseField, parseProfileQuery } from '@/lib/share-link';

/** The rules in a language, for the browser: loaded with this module's chunk, not with the page. */
export async function loadRuleset(locale: Locale): Promise<Ruleset> {
  const [{ RULE_FILES }, translation] = await Promise.all([
    import('@/lib/rules/rule-files'),
    locale === 'en' ? undefined : import('@/lib/rules/rule-translations').then((module) => module.RULE_TRANSLATIONS[locale]),
  ]);
  return assembleRuleset(RULE_FILES, locale, translation);
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
    return (last.result = keepEqual(last.result, evaluateProfile(profile, asOf, ruleset)));
  }, [last, profile, asOf, countries, locale, ruleset]);
  const sentence = summarySentence(result, t, display);
  useEffect(() => onSummary(sentence), [sentence, onSummary]);
  return <Results result={result} actions={actions} />;
});
