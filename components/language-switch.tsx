'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePathname, useSearchParams } from 'next/navigation';
import { LOCALES } from '@/lib/rules/locales';
import { usePageQuery } from '@/lib/page-query';

/** Links to this page, with the same stats, in each language. Follows the URL as the form edits it. */
export function LanguageSwitch() {
  const t = useTranslations('language');
  const current = useLocale();
  const pathname = usePathname();
  const query = usePageQuery(useSearchParams().toString());
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
  return (
    <nav aria-label={t('label')} className="flex gap-3 text-sm print:hidden">
      {LOCALES.map((locale) => (
        <a
          key={locale}
          href={`/${locale}${rest}${query ? `?${query}` : ''}`}
          hrefLang={locale}
          lang={locale}
          aria-current={locale === current ? 'true' : undefined}
          className="inline-flex min-h-11 items-center px-1 underline-offset-2 hover:underline aria-[current=true]:font-semibold aria-[current=true]:no-underline"
        >
          {t(locale)}
        </a>
      ))}
    </nav>
  );
}
