import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/rules';
import en from '@/messages/en.json';
import nl from '@/messages/nl.json';
import { displayFor } from './display';
import { ResultWords, type EngineT } from './result-words';

/*
 * The catalog outside React: the API words its answers with the same messages the page renders, so a
 * requirement's or a bad field's `message` in the API is the page's sentence word for word. (Next's build
 * precompiles these files, like the page's own; createTranslator formats either form.)
 */

const MESSAGES = { en, nl };
const translators = new Map<string, EngineT>();
const words: Partial<Record<Locale, ResultWords>> = {};

/** The catalog's translator for one namespace in `locale`, built once. */
export function translatorFor(locale: Locale, namespace: keyof typeof en): EngineT {
  const key = `${locale}:${namespace}`;
  let t = translators.get(key);
  if (!t) translators.set(key, (t = createTranslator({ locale, messages: MESSAGES[locale], namespace }) as EngineT));
  return t;
}

/** The words of the engine's results in `locale`, built once. */
export function resultWordsFor(locale: Locale): ResultWords {
  return (words[locale] ??= new ResultWords(translatorFor(locale, 'engine'), locale, displayFor(locale)));
}
