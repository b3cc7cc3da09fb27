import { hasLocale } from 'next-intl';
import { defineRouting } from 'next-intl/routing';
import { notFound } from 'next/navigation';
import { LOCALES, type Locale } from '@/lib/rules/locales';

/**
 * Every page lives under its language: /en, /nl, /nl/media-kit. A path without one (/, /media-kit)
 * redirects to the language the browser asks for (Accept-Language), so a shared link keeps the
 * language it was made in. No cookie: the URL alone says the language.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'en',
  localePrefix: 'always',
  localeCookie: false,
  alternateLinks: false,
});

/** The page's language from its route parameters; any other first path segment is a 404, never a crash. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}
