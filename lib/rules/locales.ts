/** The languages the product speaks. Their words live in i18n.ts (the engine's) and messages/*.json (the page's). */
export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
