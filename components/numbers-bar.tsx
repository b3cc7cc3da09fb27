'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';

/**
 * On a phone, a shared result opens with the answer: the form folds into a short "Your numbers" bar
 * that opens for editing. From lg up (form beside the results) the form is always shown.
 */
export function NumbersBar({ fold, line, children }: { fold: boolean; line: string; children: ReactNode }) {
  const t = useTranslations('estimator');
  const [open, setOpen] = useState(!fold);
  if (!fold) return <>{children}</>;
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="your-stats"
        onClick={() => setOpen(!open)}
        className="flex min-h-11 w-full items-center gap-3 rounded-xl border border-stone-300 bg-white px-4 py-2 text-left lg:hidden"
        data-testid="numbers-bar"
      >
        <span className="min-w-0 flex-1">
          <span className="block font-semibold text-stone-900">{t('yourNumbers')}</span>
          <span className="block truncate text-sm text-stone-700">{line}</span>
        </span>
        <span className="shrink-0 text-sm font-medium text-stone-900 underline">{open ? t('doneEditing') : t('edit')}</span>
      </button>
      <div id="your-stats" className={open ? 'mt-4 lg:mt-0' : 'hidden lg:block'}>
        {children}
      </div>
    </>
  );
}
