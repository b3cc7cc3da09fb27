import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { pageLocale } from '@/i18n/routing';
import { LanguageSwitch } from '@/components/language-switch';
import { MediaKit } from '@/components/media-kit';
import { MediaKitDetailsForm } from '@/components/media-kit-details-form';
import { PrintButton } from '@/components/print-button';
import { evaluateProfile, rulesetFor, sponsoredRates, todayIso, type Locale } from '@/lib/rules';
import { parseMediaKitQuery, type MediaKitMessages } from '@/lib/media-kit-link';
import { buildProfileQuery } from '@/lib/profile-text';
import { parseProfileQuery } from '@/lib/share-link';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function kitMessages(locale: Locale): Promise<MediaKitMessages> {
  const [t, link] = await Promise.all([getTranslations({ locale, namespace: 'mediaKit' }), getTranslations({ locale, namespace: 'link' })]);
  return {
    tooLong: (field, max, input) => t('nameTooLong', { field, max, input }),
    badHandle: (input) => t('badHandle', { input }),
    leftOut: (message) => link('leftOut', { message }),
  };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'meta' });
  const { details } = parseMediaKitQuery(await searchParams, await kitMessages(locale));
  return {
    title: t('mediaKitTitle', { name: details.name || t('creator') }),
    description: t('mediaKitDescription'),
    robots: { index: false },
  };
}

/** /<lang>/media-kit?<result link>&name=&handle=&bio=&tiers=1: a print-ready media kit for brands. */
export default async function MediaKitPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const [t, link] = await Promise.all([getTranslations('mediaKit'), getTranslations('link')]);
  const query = await searchParams;
  const { profile, issues } = parseProfileQuery(query, locale);
  const { details, issues: kitIssues } = parseMediaKitQuery(query, await kitMessages(locale));
  const ruleset = rulesetFor(locale);
  const result = evaluateProfile(profile, todayIso(), ruleset);
  const resultQuery = buildProfileQuery(profile, result.rulesetVersion);
  const messages = [
    ...issues.map((issue) => link('using', { message: issue.message, value: issue.fallback || link('nothing') })),
    ...kitIssues.map((issue) => issue.message),
  ];
  return (
    <main className="min-h-screen bg-stone-100 px-4 py-6 print:bg-white print:p-0">
      <div className="mx-auto mb-4 flex max-w-[190mm] flex-wrap items-center justify-between gap-3 print:hidden">
        <a href={`/${locale}?${resultQuery}`} className="text-sm underline">
          {t('back')}
        </a>
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitch />
          <PrintButton label={t('download')} />
        </div>
      </div>
      {messages.length > 0 && (
        <div role="alert" className="mx-auto mb-4 max-w-[190mm] rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 print:hidden">
          <p className="font-semibold">{t('issuesHeading')}</p>
          <ul className="mt-1 list-disc pl-5">
            {messages.map((message) => (
              <li key={message} className="break-words">{message}</li>
            ))}
          </ul>
        </div>
      )}
      <MediaKitDetailsForm resultQuery={resultQuery} details={details} />
      <MediaKit result={result} rates={sponsoredRates(profile, ruleset)} details={details} />
    </main>
  );
}
