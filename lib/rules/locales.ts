/** The languages the product speaks. Their words live in messages/*.json and rules/<locale>/. */
export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
