import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/rules';
import { displayFor } from './display';
import { ResultWords } from './result-words';

/** The engine's results in the page's language (messages/*.json, namespace `engine`). */
export function useResultWords(): ResultWords {
  const locale = useLocale() as Locale;
  return new ResultWords(useTranslations('engine'), locale, displayFor(locale));
}
