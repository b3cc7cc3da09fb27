'use client';

import { useLocale, useTranslations } from 'next-intl';
import { CopyLinkButton } from './copy-link-button';

/** Under the summary: copy the link to this result, or make a media kit from it. */
export function ShareActions({ query, fieldsWithErrors }: { query: string; fieldsWithErrors: number }) {
  const t = useTranslations('estimator');
  const locale = useLocale();
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <CopyLinkButton key={query} query={query} fieldsWithErrors={fieldsWithErrors} />
      <a href={`/${locale}/media-kit${query ? `?${query}` : ''}`} className="text-sm font-medium underline">
        {t('mediaKit')}
      </a>
    </div>
  );
}
