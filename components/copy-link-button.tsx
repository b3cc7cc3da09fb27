'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * Copies the share link of the current result (this page with `query`); says so in a live region and
 * warns when fields with errors are left out of the link. Give it `key={query}` so the message clears
 * when the result changes.
 */
export function CopyLinkButton({ query, fieldsWithErrors }: { query: string; fieldsWithErrors: number }) {
  const t = useTranslations('copy');
  const [status, setStatus] = useState('');
  async function copy() {
    const link = `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
    const warning = fieldsWithErrors > 0 ? ` ${t('withErrors')}` : '';
    try {
      await navigator.clipboard.writeText(link);
      setStatus(`${t('copied')}${warning}`);
    } catch {
      setStatus(t('manual', { link }));
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-stone-500 bg-white px-4 py-2 text-sm font-semibold text-stone-900 hover:bg-stone-100"
      >
        {t('button')}
      </button>
      <p role="status" className="text-sm text-stone-700 break-all">{status}</p>
    </div>
  );
}
