'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { CreatorProfile } from '@/lib/rules';
import { numbersLineValues } from '@/lib/profile-text';
import type { CountryOption } from './stats-form';

type Props = {
  /**
   * The bar's line for the profile the page opened with, written by the server (a phone's first number
   * formatter costs tens of milliseconds, which hydration should not pay); null: the form is not folded.
   */
  initialLine: string | null;
  /** The profile on screen once the creator has changed something; null until then. */
  edited: CreatorProfile | null;
  countries: readonly CountryOption[];
  children: ReactNode;
};

/** "23,000 followers · 310,000 views in 30 days · Netherlands". */
function useNumbersLine(profile: CreatorProfile | null, countries: readonly CountryOption[]): string | null {
  const t = useTranslations('estimator');
  return profile ? t('numbersLine', numbersLineValues(profile, countries)) : null;
}

/**
 * On a phone, a shared result opens with the answer: the form folds into a short "Your numbers" bar
 * that opens for editing. From lg up (form beside the results) the form is always shown.
 */
export function NumbersBar({ initialLine, edited, countries, children }: Props) {
  const t = useTranslations('estimator');
  const fold = initialLine !== null;
  const [open, setOpen] = useState(!fold);
  const editedLine = useNumbersLine(fold ? edited : null, countries);
  if (!fold) return <>{children}</>;
  const line = editedLine ?? initialLine;
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
