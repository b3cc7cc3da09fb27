import { defineRouting } from 'next-intl/routing';
import { LOCALES } from '@/lib/rules/i18n';

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
