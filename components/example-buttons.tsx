'use client';

import { useTranslations } from 'next-intl';
import type { CreatorProfile } from '@/lib/rules';
import { EXAMPLE_PROFILES } from '@/lib/form-fields';

/** Starting points for people who would rather not type everything. */
export function ExampleButtons({ onPick }: { onPick: (values: Partial<CreatorProfile>) => void }) {
  const t = useTranslations('estimator');
  return (
    <div className="mt-2 mb-4">
      <p className="text-sm text-stone-700" id="examples-label">{t('examplesLabel')}</p>
      <div className="mt-1 flex flex-wrap gap-2" role="group" aria-labelledby="examples-label">
        {EXAMPLE_PROFILES.map((example) => (
          <button
            key={example.id}
            type="button"
            onClick={() => onPick(example.values as Partial<CreatorProfile>)}
            className="min-h-11 rounded-full border border-stone-400 bg-white px-3 py-1 text-sm text-stone-800 hover:bg-stone-100"
          >
            {t(`examples.${example.id}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
