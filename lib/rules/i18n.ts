/**
 * The engine's own words (requirement messages, formula labels, validation messages) in every language
 * the product speaks. Plain functions, not ICU strings: the engine runs on every keystroke and API call,
 * and a typed table lets the compiler check that both languages say everything. The page's own words
 * live in messages/*.json.
 */

import type { AudienceProblem } from './audience';
import type { Locale } from './locales';

export { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/** 12500 -> "12,500" (en) or "12.500" (nl); rounds to a whole number first. Faster than Intl on hot paths. */
export function groupDigits(value: number, separator: string): string {
  const rounded = Math.round(value);
  const sign = rounded < 0 ? '-' : '';
  const digits = String(Math.abs(rounded));
  // The first group takes what is left over from threes: "12" of "12,500".
  let out = sign + digits.slice(0, digits.length % 3 || 3);
  for (let i = digits.length % 3 || 3; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

type Count = (n: number) => string;

export type EngineText = {
  locale: Locale;
  count: Count;
  /** An ISO date as the page writes it: "Oct 1, 2025" / "1 okt 2025". */
  date: (iso: string) => string;
  /** Requirements in words ("10,000+ followers"); `at` is the operator: gte, lte or eq. */
  required: {
    followers: (n: number, op: string) => string;
    views30d: (n: number, op: string) => string;
    videos30d: (n: number, op: string) => string;
    age: (n: number, op: string) => string;
    accountAgeDays: (n: number, op: string) => string;
    accountType: (type: string) => string;
    goodStanding: (required: boolean) => string;
    country: (codes: string, from: string | undefined) => string;
    and: string;
    or: string;
    upcoming: (from: string, text: string) => string;
  };
  /** What the creator has, when met. */
  has: {
    followers: (actual: number, needed: number) => string;
    views30d: (actual: number, needed: number) => string;
    videos30d: (actual: number, needed: number) => string;
    age: (actual: number, needed: number) => string;
    accountAgeDays: (actual: number, needed: number) => string;
    accountType: (type: string) => string;
    goodStanding: string;
  };
  /** What is missing, as one line a person can act on. */
  missing: {
    followersMore: Count;
    followersOver: Count;
    viewsMore: Count;
    viewsOver: Count;
    videos: Count;
    age: (at: number, years: number) => string;
    accountAgeDays: (days: number, more: number) => string;
    accountType: (type: string) => string;
    goodStanding: string;
  };
  country: {
    /** The country's name as used inside a sentence ("the Netherlands"). */
    phrase: (code: string, name: string) => string;
    offered: (phrase: string) => string;
    opens: (phrase: string, date: string) => string;
    notYet: (phrase: string) => string;
  };
  blocked: { never: string; notWithin: (message: string) => string };
  formula: {
    result: string;
    exchangeRate: (currency: string) => string;
    exchangeRateNote: (date: string) => string;
    views: string;
    thousandViews: string;
    followers: string;
    longVideoShare: string;
    /** Creator Rewards: the share of views on videos past the per-video mark, from views per video. */
    pastMark: string;
    myRpm: string;
    /** Creator Rewards' RPM mixed by where the audience lives. */
    audienceRpm: string;
    /** Brand deals' market factor mixed by where the audience lives. */
    audienceMarket: string;
    liveHours: string;
    liveViewers: string;
    myDiamonds: string;
    engagement: string;
    niche: string;
    brandRate: string;
    myBrandFeePerVideo: string;
    myBrandFeePerFollower: string;
    myCommission: string;
    myCommissionPerView: string;
    productPrice: string;
    productMargin: string;
  };
  validation: {
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
};

/** "2025-10-01" as the page writes dates ("Oct 1, 2025" / "1 okt 2025"), without Intl: messages are on the hot path. */
function writeDate(months: readonly string[], dayFirst: boolean) {
  return (iso: string) => {
    const day = Number(iso.slice(8, 10));
    const month = months[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
    return dayFirst ? `${day} ${month} ${iso.slice(0, 4)}` : `${month} ${day}, ${iso.slice(0, 4)}`;
  };
}
const enDate = writeDate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'], false);
const nlDate = writeDate(['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'], true);

const at = (op: string, orFewer: string) => (op === 'gte' ? '+' : op === 'lte' ? orFewer : '');
const many = (count: Count, n: number, one: string, other: string) => `${count(n)} ${n === 1 ? one : other}`;

// Countries whose English name takes "the" in a sentence ("Not offered in the Netherlands yet").
const THE_COUNTRIES = new Set([
  'NL', 'US', 'GB', 'AE', 'PH', 'DO', 'BS', 'GM', 'CF', 'KM', 'MV', 'MH', 'SB', 'KY', 'FO', 'VG', 'VI', 'FK', 'CK', 'TC', 'MP', 'CC',
]);

const enCount: Count = (n) => groupDigits(n, ',');
const en: EngineText = {
  locale: 'en',
  count: enCount,
  date: enDate,
  required: {
    followers: (n, op) => `${enCount(n)}${at(op, ' or fewer')} followers`,
    views30d: (n, op) => `${enCount(n)}${at(op, ' or fewer')} views in 30 days`,
    videos30d: (n, op) => `${enCount(n)}${at(op, ' or fewer')} public videos in 30 days`,
    age: (n, op) => `age ${n}${at(op, ' or younger')}`,
    accountAgeDays: (n, op) => `account ${enCount(n)}${at(op, ' or fewer')} days old`,
    accountType: (type) => `a ${type} account`,
    goodStanding: (required) => (required ? 'an account in good standing' : 'any standing'),
    country: (codes, from) => `available in ${codes}${from ? ` from ${enDate(from)}` : ''}`,
    and: ' and ',
    or: ' or ',
    upcoming: (from, text) => `From ${enDate(from)}: ${text}`,
  },
  has: {
    followers: (actual, needed) => `${enCount(actual)} followers (${enCount(needed)} needed)`,
    views30d: (actual, needed) => `${enCount(actual)} views in 30 days (${enCount(needed)} needed)`,
    videos30d: (actual, needed) => `${many(enCount, actual, 'public video', 'public videos')} in 30 days (${enCount(needed)} needed)`,
    age: (actual, needed) => `Age ${actual} (${needed}+ needed)`,
    accountAgeDays: (actual, needed) => `Account ${enCount(actual)} days old (${enCount(needed)} needed)`,
    accountType: (type) => `${type === 'personal' ? 'Personal' : 'Business'} account`,
    goodStanding: 'Account in good standing',
  },
  missing: {
    followersMore: (n) => many(enCount, n, 'more follower', 'more followers'),
    followersOver: (n) => `${many(enCount, n, 'follower', 'followers')} over the limit`,
    viewsMore: (n) => `${many(enCount, n, 'more view', 'more views')} in 30 days`,
    viewsOver: (n) => `${many(enCount, n, 'view', 'views')} over the limit`,
    videos: (n) => `Post ${many(enCount, n, 'more public video', 'more public videos')} within 30 days`,
    age: (atAge, years) => `Open to you at age ${atAge}, in ${many(enCount, years, 'year', 'years')}`,
    accountAgeDays: (days, more) => `Your account must be ${enCount(days)} days old: ${many(enCount, more, 'more day', 'more days')}`,
    accountType: (type) => `Switch to a ${type} account`,
    goodStanding: 'Resolve your community-guideline violations first',
  },
  country: {
    phrase: (code, name) => `${THE_COUNTRIES.has(code) ? 'the ' : ''}${name}`,
    offered: (phrase) => `Offered in ${phrase}`,
    opens: (phrase, date) => `Opens in ${phrase} on ${enDate(date)}`,
    notYet: (phrase) => `Not offered in ${phrase} yet`,
  },
  blocked: {
    never: 'These requirements are not all met at the same time within the next 10 years.',
    notWithin: (message) => `Not within 10 years at your current growth rate (${message.charAt(0).toLowerCase()}${message.slice(1)})`,
  },
  formula: {
    result: 'Earnings a month if eligible',
    exchangeRate: (currency) => `Exchange rate, ${currency} per USD`,
    exchangeRateNote: (date) => `ECB reference rates of ${enDate(date)}.`,
    views: 'Views in 30 days',
    thousandViews: 'Views in 30 days, in thousands',
    followers: 'Followers',
    longVideoShare: 'Share of views on videos over one minute',
    pastMark: 'Share of views on videos past 1,000 qualified views (from your views per video)',
    myRpm: 'Your RPM last month, in USD',
    audienceRpm: 'Pay per 1,000 qualified views (RPM), by where your audience lives',
    audienceMarket: 'Market factor, by where your audience lives (brand budgets against the US)',
    liveHours: 'LIVE hours a month',
    liveViewers: 'Average LIVE viewers',
    myDiamonds: 'Your Diamonds last month',
    engagement: 'Your engagement against the average, kept between 0.5x and 2x',
    niche: 'Niche factor',
    brandRate: 'Fee per follower per sponsored video (tier rates, applied by bracket)',
    myBrandFeePerVideo: 'Your fee per sponsored video, in USD',
    myBrandFeePerFollower: 'Your fee per follower, in USD',
    myCommission: 'Your affiliate commission last month, in USD',
    myCommissionPerView: 'Your commission per view last month, in USD',
    productPrice: 'Your price, in USD',
    productMargin: 'Your margin',
  },
  validation: {
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
      routes: 'the API has /api/estimate and /api/schema',
    },
    units: {
      percent: ' (%)',
      perMonth: ' (% per month)',
      hoursAMonth: ' (hours a month)',
      perThousand: ' (per 1,000 qualified views)',
      minimumAge: " (TikTok's minimum age)",
    },
  },
};

// Countries whose Dutch name takes "de" in a sentence ("Nog niet beschikbaar in de Verenigde Staten");
// the United Kingdom takes "het".
const DE_COUNTRIES = new Set([
  'US', 'AE', 'PH', 'DO', 'BS', 'CF', 'KM', 'MV', 'MH', 'SB', 'SC', 'KY', 'FO', 'VG', 'VI', 'FK', 'CK', 'TC', 'MP', 'CC', 'HM', 'PN', 'PS', 'UM',
]);

const nlCount: Count = (n) => groupDigits(n, '.');
const nl: EngineText = {
  locale: 'nl',
  count: nlCount,
  date: nlDate,
  required: {
    followers: (n, op) => `${nlCount(n)}${at(op, ' of minder')} volgers`,
    views30d: (n, op) => `${nlCount(n)}${at(op, ' of minder')} weergaven in 30 dagen`,
    videos30d: (n, op) => `${nlCount(n)}${at(op, ' of minder')} openbare video's in 30 dagen`,
    age: (n, op) => `leeftijd ${n}${at(op, ' of jonger')}`,
    accountAgeDays: (n, op) => `account ${nlCount(n)}${at(op, ' of minder')} dagen oud`,
    accountType: (type) => (type === 'personal' ? 'een persoonlijk account' : 'een zakelijk account'),
    goodStanding: (required) => (required ? 'een account zonder overtredingen' : 'elke status'),
    country: (codes, from) => `beschikbaar in ${codes}${from ? ` vanaf ${nlDate(from)}` : ''}`,
    and: ' en ',
    or: ' of ',
    upcoming: (from, text) => `Vanaf ${nlDate(from)}: ${text}`,
  },
  has: {
    followers: (actual, needed) => `${nlCount(actual)} volgers (${nlCount(needed)} nodig)`,
    views30d: (actual, needed) => `${nlCount(actual)} weergaven in 30 dagen (${nlCount(needed)} nodig)`,
    videos30d: (actual, needed) => `${many(nlCount, actual, 'openbare video', "openbare video's")} in 30 dagen (${nlCount(needed)} nodig)`,
    age: (actual, needed) => `Leeftijd ${actual} (${needed}+ nodig)`,
    accountAgeDays: (actual, needed) => `Account ${nlCount(actual)} dagen oud (${nlCount(needed)} nodig)`,
    accountType: (type) => (type === 'personal' ? 'Persoonlijk account' : 'Zakelijk account'),
    goodStanding: 'Account zonder overtredingen',
  },
  missing: {
    followersMore: (n) => many(nlCount, n, 'volger erbij', 'volgers erbij'),
    followersOver: (n) => `${many(nlCount, n, 'volger', 'volgers')} boven de grens`,
    viewsMore: (n) => `${many(nlCount, n, 'weergave', 'weergaven')} erbij in 30 dagen`,
    viewsOver: (n) => `${many(nlCount, n, 'weergave', 'weergaven')} boven de grens`,
    videos: (n) => `Plaats ${many(nlCount, n, 'openbare video', "openbare video's")} meer binnen 30 dagen`,
    age: (atAge, years) => `Open voor jou vanaf ${atAge} jaar, over ${many(nlCount, years, 'jaar', 'jaar')}`,
    accountAgeDays: (days, more) => `Je account moet ${nlCount(days)} dagen oud zijn: nog ${many(nlCount, more, 'dag', 'dagen')}`,
    accountType: (type) => (type === 'personal' ? 'Stap over op een persoonlijk account' : 'Stap over op een zakelijk account'),
    goodStanding: 'Los eerst je overtredingen van de communityrichtlijnen op',
  },
  country: {
    phrase: (code, name) => `${code === 'GB' ? 'het ' : DE_COUNTRIES.has(code) ? 'de ' : ''}${name}`,
    offered: (phrase) => `Beschikbaar in ${phrase}`,
    opens: (phrase, date) => `Opent in ${phrase} op ${nlDate(date)}`,
    notYet: (phrase) => `Nog niet beschikbaar in ${phrase}`,
  },
  blocked: {
    never: 'Binnen 10 jaar wordt niet aan al deze voorwaarden tegelijk voldaan.',
    notWithin: (message) => `Niet binnen 10 jaar bij je huidige groei (${message.charAt(0).toLowerCase()}${message.slice(1)})`,
  },
  formula: {
    result: 'Inkomsten per maand als je in aanmerking komt',
    exchangeRate: (currency) => `Wisselkoers, ${currency} per USD`,
    exchangeRateNote: (date) => `Referentiekoersen van de ECB van ${nlDate(date)}.`,
    views: 'Weergaven in 30 dagen',
    thousandViews: 'Weergaven in 30 dagen, in duizenden',
    followers: 'Volgers',
    longVideoShare: 'Deel van je weergaven op video’s langer dan een minuut',
    pastMark: 'Deel van je weergaven op video’s boven 1.000 gekwalificeerde weergaven (uit je weergaven per video)',
    myRpm: 'Jouw RPM vorige maand, in USD',
    audienceRpm: 'Uitbetaling per 1.000 gekwalificeerde weergaven (RPM), naar waar je publiek woont',
    audienceMarket: 'Marktfactor, naar waar je publiek woont (merkbudgetten ten opzichte van de VS)',
    liveHours: 'LIVE-uren per maand',
    liveViewers: 'Gemiddeld aantal LIVE-kijkers',
    myDiamonds: 'Jouw Diamanten vorige maand',
    engagement: 'Jouw engagement ten opzichte van het gemiddelde, tussen 0,5x en 2x gehouden',
    niche: 'Nichefactor',
    brandRate: 'Vergoeding per volger per gesponsorde video (tariefschijven, per schijf toegepast)',
    myBrandFeePerVideo: 'Jouw vergoeding per gesponsorde video, in USD',
    myBrandFeePerFollower: 'Jouw vergoeding per volger, in USD',
    myCommission: 'Jouw affiliatecommissie vorige maand, in USD',
    myCommissionPerView: 'Jouw commissie per weergave vorige maand, in USD',
    productPrice: 'Jouw prijs, in USD',
    productMargin: 'Jouw marge',
  },
  validation: {
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
      routes: 'de API heeft /api/estimate en /api/schema',
    },
    units: {
      percent: ' (%)',
      perMonth: ' (% per maand)',
      hoursAMonth: ' (uur per maand)',
      perThousand: ' (per 1.000 gekwalificeerde weergaven)',
      minimumAge: ' (minimumleeftijd van TikTok)',
    },
  },
};

export const ENGINE_TEXT: Readonly<Record<Locale, EngineText>> = { en, nl };
