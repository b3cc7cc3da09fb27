import { describe, expect, it } from 'vitest';
import { strictTranslator } from '@/tests/strict-translator';
import { handleEstimateGet } from './api';
import { translatorFor } from './engine-translator';
import { LOCALES, PROFILE_FIELDS, type Locale, type ProfileField, type ValidationProblem } from './rules';
import type { AudienceProblem } from './rules/audience';
import { parseProfileQuery } from './share-link';
import { problemMessage, type ValidationT } from './validation-words';

/** The `validation` messages of one language, failing loudly on a message or a value the catalog lacks. */
const strictWords = (locale: Locale): ValidationT => strictTranslator(locale, 'validation');

/** One problem of every code the schemas report: the compiler fails here when a code is added without one. */
const ONE_OF_EACH: { [C in ValidationProblem['code']]: Extract<ValidationProblem, { code: C }> } = {
  wholeNumber: { code: 'wholeNumber', field: 'age', min: 13, max: 120, unit: 'minimumAge', input: '-4' },
  number: { code: 'number', field: 'liveHours', min: 0, max: 744, unit: 'hoursAMonth', input: '800' },
  optionalNumber: { code: 'optionalNumber', field: 'myRpm', max: 100, unit: 'perThousand' },
  oneOf: { code: 'oneOf', field: 'niche', values: 'general, beauty', input: "'cats'" },
  country: { code: 'country', field: 'country', input: "'XX'" },
  boolean: { code: 'boolean', field: 'goodStanding', input: "'maybe'" },
  date: { code: 'date', field: 'asOf', input: "'yesterday'" },
  audience: { code: 'audience', field: 'audience', problem: 'total', input: "'US:60,GB:50'" },
  dateRange: { code: 'dateRange', field: 'asOf', from: '2020-01-01', to: '2035-12-31', input: "'0001-01-01'" },
  include: { code: 'include', field: 'include', parts: 'projection, texts', input: "'everything'" },
  unknownFields: { code: 'unknownFields', keys: "'folowers'" },
  notAnObject: { code: 'notAnObject', input: '42' },
};

/** A bad value for every profile field, as a link carries it, and what the page says about it in each language. */
const BAD_VALUES: Record<ProfileField, [text: string, english: string, dutch: string]> = {
  age: ['-4', "age must be a whole number from 13 (TikTok's minimum age) to 120; got -4", 'age moet een heel getal van 13 (minimumleeftijd van TikTok) tot en met 120 zijn; kreeg -4'],
  country: ['XX', "country must be an ISO 3166-1 alpha-2 country code such as US, GB or NL; got 'XX'", "country moet een ISO 3166-1 alpha-2-landcode zoals US, GB of NL zijn; kreeg 'XX'"],
  followers: ['abc', "followers must be a whole number from 0 to 2,000,000,000; got 'abc'", "followers moet een heel getal van 0 tot en met 2.000.000.000 zijn; kreeg 'abc'"],
  views30d: ['1.5', 'views30d must be a whole number from 0 to 1,000,000,000,000; got 1.5', 'views30d moet een heel getal van 0 tot en met 1.000.000.000.000 zijn; kreeg 1.5'],
  videos30d: ['10001', 'videos30d must be a whole number from 0 to 10,000; got 10001', 'videos30d moet een heel getal van 0 tot en met 10.000 zijn; kreeg 10001'],
  accountAgeDays: ['-1', 'accountAgeDays must be a whole number from 0 to 10,000; got -1', 'accountAgeDays moet een heel getal van 0 tot en met 10.000 zijn; kreeg -1'],
  accountType: ['creator', "accountType must be one of personal, business; got 'creator'", "accountType moet een van personal, business zijn; kreeg 'creator'"],
  goodStanding: ['maybe', "goodStanding must be true or false; got 'maybe'", "goodStanding moet true of false zijn; kreeg 'maybe'"],
  followerGrowth: ['-101', 'followerGrowth must be a number from -100 to 1,000 (% per month); got -101', 'followerGrowth moet een getal van -100 tot en met 1.000 (% per maand) zijn; kreeg -101'],
  viewGrowth: ['2000', 'viewGrowth must be a number from -100 to 1,000 (% per month); got 2000', 'viewGrowth moet een getal van -100 tot en met 1.000 (% per maand) zijn; kreeg 2000'],
  audience: [
    'US:60,GB:50',
    "audience must be country shares such as US:55,GB:20 (ISO codes, whole percent, at most 100 in all), or left out (the shares add up to more than 100); got 'US:60,GB:50'",
    "audience moet aandelen per land zoals US:55,GB:20 (ISO-codes, hele procenten, samen hoogstens 100), of leeg (de aandelen zijn samen meer dan 100) zijn; kreeg 'US:60,GB:50'",
  ],
  currency: ['BTC', "currency must be one of USD, EUR, GBP, BRL, MXN, JPY, KRW, CAD, AUD; got 'BTC'", "currency moet een van USD, EUR, GBP, BRL, MXN, JPY, KRW, CAD, AUD zijn; kreeg 'BTC'"],
  longVideoShare: ['101', 'longVideoShare must be a number from 0 to 100 (%); got 101', 'longVideoShare moet een getal van 0 tot en met 100 (%) zijn; kreeg 101'],
  engagementRate: ['high', "engagementRate must be a number from 0 to 100 (%); got 'high'", "engagementRate moet een getal van 0 tot en met 100 (%) zijn; kreeg 'high'"],
  liveHours: ['800', 'liveHours must be a number from 0 to 744 (hours a month); got 800', 'liveHours moet een getal van 0 tot en met 744 (uur per maand) zijn; kreeg 800'],
  liveViewers: ['2.5', 'liveViewers must be a whole number from 0 to 10,000,000; got 2.5', 'liveViewers moet een heel getal van 0 tot en met 10.000.000 zijn; kreeg 2.5'],
  niche: [
    'cats',
    "niche must be one of general, beauty, fashion, food, fitness, education, finance, tech, gaming, comedy, travel, parenting; got 'cats'",
    "niche moet een van general, beauty, fashion, food, fitness, education, finance, tech, gaming, comedy, travel, parenting zijn; kreeg 'cats'",
  ],
  productPrice: ['-1', 'productPrice must be a number from 0 to 1,000,000; got -1', 'productPrice moet een getal van 0 tot en met 1.000.000 zijn; kreeg -1'],
  productMargin: ['150', 'productMargin must be a number from 0 to 100 (%); got 150', 'productMargin moet een getal van 0 tot en met 100 (%) zijn; kreeg 150'],
  incomeGoal: ['x', "incomeGoal must be a number from 0 to 100,000,000; got 'x'", "incomeGoal moet een getal van 0 tot en met 100.000.000 zijn; kreeg 'x'"],
  myRpm: [
    '101',
    'myRpm must be a number from 0 to 100 (per 1,000 qualified views), or left out; got 101',
    'myRpm moet een getal van 0 tot en met 100 (per 1.000 gekwalificeerde weergaven), of leeg zijn; kreeg 101',
  ],
  myDiamonds: ['-5', 'myDiamonds must be a number from 0 to 1,000,000,000, or left out; got -5', 'myDiamonds moet een getal van 0 tot en met 1.000.000.000, of leeg zijn; kreeg -5'],
  myAffiliateCommission: [
    'lots',
    "myAffiliateCommission must be a number from 0 to 100,000,000, or left out; got 'lots'",
    "myAffiliateCommission moet een getal van 0 tot en met 100.000.000, of leeg zijn; kreeg 'lots'",
  ],
  myBrandFee: ['100000001', 'myBrandFee must be a number from 0 to 100,000,000, or left out; got 100000001', 'myBrandFee moet een getal van 0 tot en met 100.000.000, of leeg zijn; kreeg 100000001'],
};

/** What the page says about one bad field of a link, in `locale`. */
function pageMessage(field: ProfileField, text: string, locale: Locale): string | undefined {
  return parseProfileQuery({ [field]: text }, locale, translatorFor(locale, 'validation')).issues[0]?.message;
}

describe('validation messages', () => {
  it('has a message for every problem in every language, with every value it needs', () => {
    for (const locale of LOCALES) {
      const t = strictWords(locale);
      for (const problem of Object.values(ONE_OF_EACH)) expect(() => problemMessage(t, problem), `${locale} ${problem.code}`).not.toThrow();
    }
  });

  it('says what is wrong with a bad value in every field, in English and in Dutch', () => {
    for (const field of PROFILE_FIELDS) {
      const [text, english, dutch] = BAD_VALUES[field];
      expect(pageMessage(field, text, 'en'), field).toBe(english);
      expect(pageMessage(field, text, 'nl'), field).toBe(dutch);
    }
  });

  it('names each way an audience can be wrong in its own words', () => {
    const problems: (AudienceProblem | 'none')[] = ['format', 'country', 'percent', 'duplicate', 'total', 'none'];
    for (const locale of LOCALES) {
      const words = problems.map((problem) => problemMessage(strictWords(locale), { code: 'audience', field: 'audience', problem }));
      expect(new Set(words).size, locale).toBe(problems.length);
    }
  });

  it('says nothing was given when a value is missing', () => {
    expect(problemMessage(strictWords('en'), { code: 'notAnObject' })).toBe('the profile must be an object of fields; got nothing');
    expect(problemMessage(strictWords('nl'), { code: 'notAnObject' })).toBe('het profiel moet een object met velden zijn; kreeg niets');
  });

  it("gives the API's 400 the page's message for the same bad field, word for word", async () => {
    for (const locale of LOCALES) {
      for (const field of PROFILE_FIELDS) {
        const [text] = BAD_VALUES[field];
        const query = new URLSearchParams({ [field]: text });
        const response = handleEstimateGet(new Request(`http://localhost/api/estimate?${query}`, { headers: { 'accept-language': locale } }));
        expect(response.status).toBe(400);
        expect((await response.json()).issues, `${locale} ${field}`).toEqual([{ path: field, message: pageMessage(field, text, locale) }]);
      }
    }
  });
});
