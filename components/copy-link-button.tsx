'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * Copies the share link of the current result (this page with `query`) and says so in a live region;
 * disabled while a field has an error. Give it `key={query}` so the message clears when the result changes.
 */
export function CopyLinkButton({ query, fieldsWithErrors }: { query: string; fieldsWithErrors: number }) {
  const t = useTranslations('copy');
  const [status, setStatus] = useState('');
  async function copy() {
    const link = `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t('copied'));
    } catch {
      setStatus(t('manual', { link }));
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copy}
        // A link while a field is wrong would share numbers the creator did not type.
        disabled={fieldsWithErrors > 0}
        aria-describedby={fieldsWithErrors > 0 ? 'copy-disabled' : undefined}
        className="min-h-11 rounded-md border border-stone-500 bg-white px-4 py-2 text-sm font-semibold text-stone-900 hover:bg-stone-100 disabled:cursor-not-allowed disabled:border-stone-300 disabled:text-stone-500 disabled:hover:bg-white"
      >
        {t('button')}
      </button>
      {fieldsWithErrors > 0 && (
        <p id="copy-disabled" className="text-sm text-stone-700">{t('withErrors')}</p>
      )}
      <p role="status" className="text-sm text-stone-700 break-all">{status}</p>
    </div>
  );
}
