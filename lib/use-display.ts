import { useLocale } from 'next-intl';
import type { Locale } from '@/lib/rules';
import { displayFor, type Display } from './display';

/** Numbers, money and dates in the page's language. */
export function useDisplay(): Display {
  return displayFor(useLocale() as Locale);
}
