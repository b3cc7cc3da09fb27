import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/rules';
import { displayFor } from './display';
import { ResultWords } from './result-words';

// One per translator (next-intl keeps the same one across renders), so what it wrote is remembered.
const wordsByTranslator = new WeakMap<object, ResultWords>();

/** The engine's results in the page's language (messages/*.json, namespace `engine`). */
export function useResultWords(): ResultWords {
  const locale = useLocale() as Locale;
  const t = useTranslations('engine');
  let words = wordsByTranslator.get(t);
  if (!words) wordsByTranslator.set(t, (words = new ResultWords(t, locale, displayFor(locale))));
  return words;
}
