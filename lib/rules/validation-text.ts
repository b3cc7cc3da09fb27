/**
 * The words of validation messages (a profile field, `asOf`, the API's answers to a bad request) in
 * every language the product speaks. The rest of what the product says is in messages/*.json.
 */

import type { AudienceProblem } from './audience';
import type { Locale } from './locales';

export { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/**
 * 12500 -> "12,500" (en) or "12.500" (nl), whole numbers. The formatter is built on first use (when a
 * schema is), not on import: a phone's first number formatter costs tens of milliseconds.
 */
function countIn(locale: Locale) {
  let format: Intl.NumberFormat | undefined;
  return (value: number) => (format ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(value);
}

type Count = (n: number) => string;

export type ValidationText = {
  /** A count as the page writes it: 12,500 (en) or 12.500 (nl). */
  count: Count;
  got: (field: string, allowed: string, input: string) => string;
  wholeNumber: (min: string, max: string, why: string) => string;
  number: (min: string, max: string, unit: string) => string;
  optionalNumber: (max: string, unit: string) => string;
  oneOf: (values: string) => string;
  country: string;
  /** What `audience` allows, and why a value was refused. */
  audience: string;
  audienceProblems: Record<AudienceProblem, string>;
  boolean: string;
  date: string;
  unknownFields: (keys: string) => string;
  notAnObject: (input: string) => string;
  nothing: string;
  asOfRange: (from: string, to: string, input: string) => string;
  /** The API's answers to a bad request. */
  api: {
    invalid: string;
    tooLarge: string;
    notAllowed: string;
    bodyTooLarge: (bytes: string) => string;
    notJson: (input: string) => string;
    notJsonObject: (input: string) => string;
    use: (methods: string) => string;
    notFound: string;
    routes: string;
  };
  units: { percent: string; perMonth: string; hoursAMonth: string; perThousand: string; minimumAge: string };
};

const en: ValidationText = {
  count: countIn('en'),
  got: (field, allowed, input) => `${field} must be ${allowed}; got ${input}`,
  wholeNumber: (min, max, why) => `a whole number from ${min}${why} to ${max}`,
  number: (min, max, unit) => `a number from ${min} to ${max}${unit}`,
  optionalNumber: (max, unit) => `a number from 0 to ${max}${unit}, or left out`,
  oneOf: (values) => `one of ${values}`,
  country: 'an ISO 3166-1 alpha-2 country code such as US, GB or NL',
  audience: 'country shares such as US:55,GB:20 (ISO codes, whole percent, at most 100 in all), or left out',
  audienceProblems: {
    format: 'each part is a country code, a colon and a whole percent',
    country: 'one code is not an ISO country code',
    percent: 'one share is over 100',
    duplicate: 'one country appears twice',
    total: 'the shares add up to more than 100',
  },
  boolean: 'true or false',
  date: 'a date written YYYY-MM-DD',
  unknownFields: (keys) => `unknown field ${keys}; see /api/schema for the fields allowed`,
  notAnObject: (input) => `the profile must be an object of fields; got ${input}`,
  nothing: 'nothing',
  asOfRange: (from, to, input) => `asOf must be a date from ${from} to ${to}; got ${input}`,
  api: {
    invalid: 'Invalid request',
    tooLarge: 'Request body too large',
    notAllowed: 'Method not allowed',
    bodyTooLarge: (bytes) => `the body must be at most ${bytes} bytes`,
    notJson: (input) => `the body must be JSON; got ${input}`,
    notJsonObject: (input) => `the body must be a JSON object of profile fields; got ${input}`,
    use: (methods) => `use ${methods}`,
    notFound: 'Not found',
    routes: 'the API has /api/estimate, /api/schema and /api/openapi.json',
  },
  units: {
    percent: ' (%)',
    perMonth: ' (% per month)',
    hoursAMonth: ' (hours a month)',
    perThousand: ' (per 1,000 qualified views)',
    minimumAge: " (TikTok's minimum age)",
  },
};

const nl: ValidationText = {
  count: countIn('nl'),
  got: (field, allowed, input) => `${field} moet ${allowed} zijn; kreeg ${input}`,
  wholeNumber: (min, max, why) => `een heel getal van ${min}${why} tot en met ${max}`,
  number: (min, max, unit) => `een getal van ${min} tot en met ${max}${unit}`,
  optionalNumber: (max, unit) => `een getal van 0 tot en met ${max}${unit}, of leeg`,
  oneOf: (values) => `een van ${values}`,
  country: 'een ISO 3166-1 alpha-2-landcode zoals US, GB of NL',
  audience: 'aandelen per land zoals US:55,GB:20 (ISO-codes, hele procenten, samen hoogstens 100), of leeg',
  audienceProblems: {
    format: 'elk deel is een landcode, een dubbele punt en een heel percentage',
    country: 'een van de codes is geen ISO-landcode',
    percent: 'een van de aandelen is meer dan 100',
    duplicate: 'een land staat er twee keer in',
    total: 'de aandelen zijn samen meer dan 100',
  },
  boolean: 'true of false',
  date: 'een datum in de vorm JJJJ-MM-DD',
  unknownFields: (keys) => `onbekend veld ${keys}; zie /api/schema voor de toegestane velden`,
  notAnObject: (input) => `het profiel moet een object met velden zijn; kreeg ${input}`,
  nothing: 'niets',
  asOfRange: (from, to, input) => `asOf moet een datum van ${from} tot en met ${to} zijn; kreeg ${input}`,
  api: {
    invalid: 'Ongeldig verzoek',
    tooLarge: 'Inhoud van het verzoek te groot',
    notAllowed: 'Methode niet toegestaan',
    bodyTooLarge: (bytes) => `de inhoud mag hoogstens ${bytes} bytes zijn`,
    notJson: (input) => `de inhoud moet JSON zijn; kreeg ${input}`,
    notJsonObject: (input) => `de inhoud moet een JSON-object met profielvelden zijn; kreeg ${input}`,
    use: (methods) => `gebruik ${methods}`,
    notFound: 'Niet gevonden',
    routes: 'de API heeft /api/estimate, /api/schema en /api/openapi.json',
  },
  units: {
    percent: ' (%)',
    perMonth: ' (% per maand)',
    hoursAMonth: ' (uur per maand)',
    perThousand: ' (per 1.000 gekwalificeerde weergaven)',
    minimumAge: ' (minimumleeftijd van TikTok)',
  },
};

export const VALIDATION_TEXT: Readonly<Record<Locale, ValidationText>> = { en, nl };
