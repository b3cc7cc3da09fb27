import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { pageLocale } from '@/i18n/routing';
import { LanguageSwitch } from '@/components/language-switch';
import { MediaKit } from '@/components/media-kit';
import { MediaKitDetailsForm, QueryFields } from '@/components/media-kit-details-form';
import { PrintButton } from '@/components/print-button';
import { buildMediaKitQuery, mediaKitPdfPath, parseMediaKitQuery } from '@/lib/media-kit-link';
import { buildProfileQuery } from '@/lib/profile-text';
import { kitMessages, loadMediaKit } from './load-kit';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

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

const NICHE_ONLY = new Set(['niche'] as const);

/**
 * /<lang>/media-kit?<result link>&name=&handle=&bio=&tiers=1: a media kit for brands, with only the
 * numbers the link gives (see `givenFields`), as a page to print and as a PDF to download.
 */
export default async function MediaKitPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const [t, link, form] = await Promise.all([getTranslations('mediaKit'), getTranslations('link'), getTranslations('form')]);
  const query = await searchParams;
  const { profile, issues, details, kitIssues, given, result, content, kitQuery } = await loadMediaKit(query, locale);
  const messages = [
    ...issues.map((issue) => link('using', { message: issue.message, value: issue.fallback || link('nothing') })),
    ...kitIssues.map((issue) => issue.message),
  ];
  const missing = [
    ...(content.missing.length > 0 ? [t('missing', { fields: content.missing.map((field) => form(`fields.${field}.label`)).join('; ') })] : []),
    ...(content.rates ? [] : [t('missingRates')]),
  ];
  const backHref = `/${locale}?${buildProfileQuery(profile, result.rulesetVersion)}`;
  return (
    <main className="min-h-screen bg-stone-100 px-4 py-6 print:bg-white print:p-0">
      <div className="mx-auto mb-4 flex max-w-[190mm] flex-wrap items-center justify-between gap-3 print:hidden">
        <a href={backHref} className="inline-flex min-h-11 items-center text-sm underline">
          {t('back')}
        </a>
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitch />
          <PrintButton label={t('print')} />
          {/* A GET form, not a link: a real button, with or without JavaScript; the file arrives as a download. */}
          <form method="get" action={mediaKitPdfPath(locale)}>
            <QueryFields query={kitQuery} />
            <button type="submit" className="min-h-11 rounded-md bg-stone-900 px-4 py-2 text-sm font-semibold text-white hover:bg-stone-700">
              {t('download')}
            </button>
          </form>
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
      {missing.length > 0 && (
        <div className="mx-auto mb-4 max-w-[190mm] rounded-xl border border-stone-300 bg-white p-4 text-sm text-stone-700 print:hidden" data-testid="kit-missing">
          {missing.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <MediaKitDetailsForm
        resultQuery={buildMediaKitQuery(profile, given, result.rulesetVersion, undefined, NICHE_ONLY)}
        details={details}
        niche={given.has('niche') ? profile.niche : undefined}
      />
      <MediaKit content={content} />
    </main>
  );
}
