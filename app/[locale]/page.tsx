import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { pageLocale } from '@/i18n/routing';
import { Estimator } from '@/components/estimator';
import { LanguageSwitch } from '@/components/language-switch';
import { Results } from '@/components/results';
import { ShareActions } from '@/components/share-actions';
import { countryOptions } from '@/lib/countries-list';
import { displayFor } from '@/lib/display';
import { resultWordsFor, translatorFor } from '@/lib/engine-translator';
import { evaluateProfile, PROFILE_FIELDS, rulesetFor, todayIso } from '@/lib/rules';
import { nextStepLine, summaryLine } from '@/lib/result-text';
import { buildProfileQuery, fieldTexts, numbersLineValues } from '@/lib/profile-text';
import { parseProfileQuery } from '@/lib/share-link';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [t, summary] = await Promise.all([getTranslations({ locale, namespace: 'meta' }), getTranslations({ locale, namespace: 'summary' })]);
  const display = displayFor(locale);
  const { profile, version } = parseProfileQuery(await searchParams, locale, translatorFor(locale, 'validation'));
  const result = evaluateProfile(profile, todayIso(), rulesetFor(locale));
  const query = buildProfileQuery(profile, version ?? result.rulesetVersion);
  const line = summaryLine(result, summary, display);
  const title = t('resultTitle', { summary: line });
  const description = t('resultDescription', { nextStep: nextStepLine(result, summary, display, resultWordsFor(locale)) ?? t('fallbackStep') });
  const image = { url: `/${locale}/og?${query}`, width: 1200, height: 630, alt: line };
  return {
    title,
    description,
    alternates: { languages: { en: `/en?${query}`, nl: `/nl?${query}` } },
    openGraph: { title, description, images: [image], type: 'website', locale: display.intlLocale.replace('-', '_') },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}

export default async function HomePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const [t, link, estimator] = await Promise.all([getTranslations('home'), getTranslations('link'), getTranslations('estimator')]);
  const display = displayFor(locale);
  const query = await searchParams;
  const { profile, issues, version } = parseProfileQuery(query, locale, translatorFor(locale, 'validation'));
  const asOf = todayIso();
  const result = evaluateProfile(profile, asOf, rulesetFor(locale));
  const countries = countryOptions(locale);
  return (
    <main className="mx-auto max-w-7xl px-4 py-6 sm:py-10">
      <header className="mb-8 flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="max-w-3xl">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('heading')}</h1>
          <p className="mt-2 text-stone-700">{t('intro')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <Estimator
        initialProfile={profile}
        initialTexts={fieldTexts(profile, locale)}
        linkIssues={issues}
        rulesChangedNotice={
          // Only an older version: no page makes links with rules newer than its own.
          version !== undefined && version < result.rulesetVersion
            ? link('rulesChanged', { then: display.formatDate(version), now: display.formatDate(result.rulesetVersion) })
            : null
        }
        rulesetVersion={result.rulesetVersion}
        asOf={asOf}
        countries={countries}
        foldedLine={
          PROFILE_FIELDS.some((field) => query[field] !== undefined)
            ? estimator('numbersLine', numbersLineValues(profile, countries))
            : null
        }
        initialResults={
          <Results result={result} actions={<ShareActions query={buildProfileQuery(profile, result.rulesetVersion)} fieldsWithErrors={0} />} />
        }
      />
    </main>
  );
}
