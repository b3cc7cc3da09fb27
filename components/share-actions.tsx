'use client';

import { useLocale, useTranslations } from 'next-intl';
import { createContext, useContext } from 'react';
import { CopyLinkButton } from './copy-link-button';

type Share = { query: string; fieldsWithErrors: number };

/**
 * The link to the result as the form stands now. The calculator provides it, so actions rendered by
 * the server with the first results still copy the current link after an edit.
 */
export const ShareContext = createContext<Share | null>(null);

/** Under the summary: copy the link to this result, or make a media kit from it. */
export function ShareActions(props: Share) {
  const t = useTranslations('estimator');
  const locale = useLocale();
  const { query, fieldsWithErrors } = useContext(ShareContext) ?? props;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <CopyLinkButton key={query} query={query} fieldsWithErrors={fieldsWithErrors} />
      <a href={`/${locale}/media-kit${query ? `?${query}` : ''}`} className="inline-flex min-h-11 items-center text-sm font-medium underline">
        {t('mediaKit')}
      </a>
    </div>
  );
}
