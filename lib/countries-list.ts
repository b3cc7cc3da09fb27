import { COUNTRY_CODES, countryName } from '@/lib/rules';

/** Countries for the form's select, sorted by English name; built on the server once. */
export const COUNTRY_OPTIONS = COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
  a.name.localeCompare(b.name, 'en'),
);
