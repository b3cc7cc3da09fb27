'use client';

import { useLocale, useTranslations } from 'next-intl';
import { createContext, useContext, useSyncExternalStore } from 'react';
import { CopyLinkButton } from './copy-link-button';

type Share = { query: string; fieldsWithErrors: number };

/** The link to the result as the form stands now, and who to tell when it changes. */
export type ShareStore = { get: () => Share; set: (share: Share) => void; subscribe: (listener: () => void) => () => void };

export function createShareStore(initial: Share): ShareStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (share) => {
      if (share.query === current.query && share.fieldsWithErrors === current.fieldsWithErrors) return;
      current = share;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The calculator provides the share link, so actions rendered by the server with the first results still
 * copy the current link after an edit. A store, not a value: the context itself never changes, so a
 * keystroke does not make React search the whole page for readers of it; the actions subscribe.
 */
export const ShareContext = createContext<ShareStore | null>(null);

const noStore: ShareStore = createShareStore({ query: '', fieldsWithErrors: 0 });

/** Under the summary: copy the link to this result, or make a media kit from it. */
export function ShareActions(props: Share) {
  const t = useTranslations('estimator');
  const locale = useLocale();
  const store = useContext(ShareContext);
  const fromStore = useSyncExternalStore((store ?? noStore).subscribe, (store ?? noStore).get, () => props);
  const { query, fieldsWithErrors } = store ? fromStore : props;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <CopyLinkButton key={query} query={query} fieldsWithErrors={fieldsWithErrors} />
      <a href={`/${locale}/media-kit${query ? `?${query}` : ''}`} className="inline-flex min-h-11 items-center text-sm font-medium underline">
        {t('mediaKit')}
      </a>
    </div>
  );
}
