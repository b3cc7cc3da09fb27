import { createTranslator } from 'next-intl';
import type { EngineT } from '@/lib/result-words';
import type { Locale } from '@/lib/rules';
import en from '@/messages/en.json';
import nl from '@/messages/nl.json';

/** One namespace of the catalog in `locale`, failing loudly on a message or a value it lacks (the app's own translators log and go on). */
export function strictTranslator(locale: Locale, namespace: keyof typeof en): EngineT {
  const t = createTranslator({
    locale,
    messages: { en, nl }[locale],
    namespace,
    onError: (error) => {
      throw error;
    },
  });
  return t as EngineT;
}
