import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, LOCALES, type CreatorProfileInput, type Evaluation, type Locale } from '@/lib/rules';
import { dateArbitrary, profileArbitrary } from '@/tests/builders';
import { handleEstimateGet, handleEstimatePost } from './api';
import { answerLevel, INCLUDE_PARTS, methodLevel, requirementLevel, summaryLevel, type AnswerLevel, type IncludePart } from './api-answer-schema';
import { includedParts, leanAnswer } from './api-response';
import { resultWordsFor } from './engine-translator';
import { publicEvaluation } from './public-result';

/** What the API says of a profile in full: the engine's result in English words. */
const worded = (...args: Parameters<typeof evaluate>) => publicEvaluation(evaluate(...args), resultWordsFor('en'));

const BASE = 'http://localhost/api/estimate';
const QUERY = 'followers=9999&views30d=150000&country=NL&currency=EUR&asOf=2026-11-26';
const get = (query: string, headers: Record<string, string> = {}) => handleEstimateGet(new Request(`${BASE}?${query}`, { headers }));
const post = (body: object) => handleEstimatePost(new Request(BASE, { method: 'POST', body: JSON.stringify(body) }));

describe('the default answer', () => {
  it("words an income goal's units in the answer's language", async () => {
    const query = `${QUERY}&incomeGoal=500`;
    const units = async (language: string) => {
      const answer = await get(query, { 'accept-language': language }).json();
      return answer.goal.methods.map((method: { needs: { unit: string } | null }) => method.needs?.unit).filter(Boolean);
    };
    expect(await units('en')).toContain('views in 30 days');
    expect(await units('nl')).toContain('weergaven in 30 dagen');
    expect(await units('nl')).not.toContain('views in 30 days');
  });

  it('gives each method what a client needs to show eligibility and money, and nothing heavy', async () => {
    const answer = await get(QUERY).json();
    expect(Object.keys(answer)).toEqual(['rulesetVersion', 'locale', 'asOf', 'currency', 'profile', 'methods', 'summary', 'goal']);
    expect(Object.keys(answer.methods[0])).toEqual([
      'id',
      'name',
      'eligible',
      'status',
      'requirements',
      'eligibleInMonths',
      'blockedReason',
      'blockedBy',
      'afterActionsInMonths',
      'monthly',
      'potential',
      'confidence',
      'firstPayout',
      'payout',
    ]);
    expect(Object.keys(answer.summary)).toEqual(['eligibleCount', 'methodCount', 'monthly', 'startWith', 'nextUnlock']);
    const followers = answer.methods[0].requirements.find((requirement: { fact: string }) => requirement.fact === 'followers');
    expect(followers).toEqual({
      fact: 'followers',
      op: 'gte',
      required: 10_000,
      actual: 9999,
      met: false,
      gap: 1,
      message: '1 more follower',
      kind: 'growth',
      metFromMonth: expect.any(Number),
    });
  });

  it('is the same for GET and POST', async () => {
    const viaPost = await (await post({ followers: 9999, views30d: 150_000, country: 'NL', currency: 'EUR', asOf: '2026-11-26' })).json();
    expect(viaPost).toEqual(await get(QUERY).json());
  });
});

describe('include', () => {
  it('adds each part by name', async () => {
    const answer = await get(`${QUERY}&include=projection,texts`).json();
    expect(answer.methods[0]).toHaveProperty('projection');
    expect(answer.methods[0]).toHaveProperty('tips');
    expect(answer.methods[0].requirements[0]).toHaveProperty('requiredText');
    expect(answer.summary).toHaveProperty('projection');
    expect(answer.methods[0]).not.toHaveProperty('formula');
    expect(answer).not.toHaveProperty('sources');
    expect(answer.methods[0].requirements[0]).not.toHaveProperty('checked');
  });

  it('gives everything with all, or with every part named, as evaluate() does', async () => {
    const whole = JSON.parse(JSON.stringify(worded({ followers: 9999, views30d: 150_000, country: 'NL', currency: 'EUR' }, { asOf: '2026-11-26' })));
    expect(await get(`${QUERY}&include=all`).json()).toEqual(whole);
    expect(await get(`${QUERY}&include=${INCLUDE_PARTS.join(',')}`).json()).toEqual(whole);
  });

  it('leaves no field of the result out of every part: the lean form with them all has every field of the whole', () => {
    for (const profile of [{}, { followers: 80_000, incomeGoal: 500, audience: 'US:60', currency: 'GBP' as const, myRpm: 0.6 }]) {
      const result = evaluate(profile, { asOf: '2026-11-26' });
      const lean = leanAnswer(result, resultWordsFor('en'), INCLUDE_PARTS);
      expect(JSON.parse(JSON.stringify(lean))).toEqual(JSON.parse(JSON.stringify(publicEvaluation(result, resultWordsFor('en')))));
    }
  });

  it('takes an array in a POST body', async () => {
    const answer = await (await post({ followers: 9999, include: ['sources', 'formula'] })).json();
    expect(answer).toHaveProperty('sources');
    expect(answer).toHaveProperty('exchangeRate');
    expect(answer.methods[0]).toHaveProperty('formula');
    expect(answer.methods[0].requirements[0]).toHaveProperty('checked');
  });

  it('answers an unknown name with a 400 that names include and lists what is allowed', async () => {
    const response = get(`${QUERY}&include=projection,everything`);
    expect(response.status).toBe(400);
    expect((await response.json()).issues).toEqual([
      {
        path: 'include.1',
        message:
          "include must be a list of projection, formula, comparison, texts, sources, or all (comma-separated in a query string, an array in a JSON body); got 'everything'",
      },
    ]);
    const dutch = await get('include=x', { 'accept-language': 'nl' }).json();
    expect(dutch.issues[0].message).toContain('projection, formula, comparison, texts, sources of all');
    for (const include of ['all', 'projection', 5, [5], null]) {
      const body = await (await post({ include })).json();
      expect(body.issues?.[0]?.path, JSON.stringify(include)).toMatch(/^include/);
    }
  });

  it('gives each set of parts its own ETag, whatever the order or spelling of the names', () => {
    const etag = (include: string) => get(`${QUERY}${include}`).headers.get('etag');
    expect(etag('')).not.toBe(etag('&include=all'));
    expect(etag('&include=texts')).not.toBe(etag('&include=projection'));
    expect(etag('&include=texts,projection')).toBe(etag('&include= projection ,texts,texts'));
    expect(etag('&include=all')).toBe(etag(`&include=${INCLUDE_PARTS.join(',')}`));
    expect(etag('&include=')).toBe(etag(''));
  });
});

/**
 * The answer as it was made before the lean answer was written straight from the engine's result: the
 * whole evaluation in words, then the default's and the parts' fields picked from it in the schema's order.
 */
function pickedFromWhole(result: Evaluation, locale: Locale, parts: readonly IncludePart[]): object {
  const whole = publicEvaluation(result, resultWordsFor(locale));
  if (parts.length === INCLUDE_PARTS.length) return whole;
  const pick = (object: object, level: AnswerLevel) => {
    const keys = [...Object.keys(level.fields), ...parts.flatMap((part) => Object.keys(level.parts[part] ?? {}))];
    return Object.fromEntries(keys.filter((key) => key in object).map((key) => [key, (object as Record<string, unknown>)[key]]));
  };
  return {
    ...pick(whole, answerLevel),
    methods: whole.methods.map((method) => ({ ...pick(method, methodLevel), requirements: method.requirements.map((requirement) => pick(requirement, requirementLevel)) })),
    summary: pick(whole.summary, summaryLevel),
  };
}

/** Every `include`: none, each part alone, two together, all of them named, and `all`. */
const INCLUDES: string[][] = [[], ...INCLUDE_PARTS.map((part) => [part]), ['texts', 'projection'], ['sources', 'formula', 'comparison'], [...INCLUDE_PARTS], ['all']];

async function bodySent(profile: CreatorProfileInput, asOf: string, locale: Locale, include: string[]): Promise<string> {
  const request = new Request(BASE, { method: 'POST', body: JSON.stringify({ ...profile, asOf, include }), headers: { 'accept-language': locale } });
  return (await handleEstimatePost(request)).text();
}

async function expectSameAsPickedFromWhole(profile: CreatorProfileInput, asOf: string, locale: Locale, include: string[]) {
  const before = JSON.stringify(pickedFromWhole(evaluate(profile, { asOf, locale }), locale, includedParts(include as IncludePart[])));
  expect(await bodySent(profile, asOf, locale, include), `${locale} ${JSON.stringify(profile)} include=${include}`).toBe(before);
}

describe('the lean answer, written straight from the result', () => {
  it('is, byte for byte, what picking from the whole evaluation gave, for every include and both languages', async () => {
    const profiles: CreatorProfileInput[] = [
      {},
      { age: 27, country: 'NL', followers: 23_000, views30d: 310_000, videos30d: 20, currency: 'EUR', niche: 'beauty', engagementRate: 7 },
      { followers: 80_000, views30d: 2_000_000, incomeGoal: 500, audience: 'US:60', currency: 'GBP', myRpm: 0.6 },
      { age: 16, followers: 9_999, accountType: 'business', goodStanding: false, country: 'JP', currency: 'JPY' },
      { followers: 1_200_000, views30d: 40_000_000, liveHours: 30, liveViewers: 900, productPrice: 40, productMargin: 30, country: 'US' },
    ];
    for (const locale of LOCALES) {
      for (const profile of profiles) {
        for (const include of INCLUDES) await expectSameAsPickedFromWhole(profile, '2026-11-26', locale, include);
      }
    }
  });

  it('is so for any profile, date and set of parts', async () => {
    await fc.assert(
      fc.asyncProperty(profileArbitrary, dateArbitrary, fc.constantFrom(...LOCALES), fc.subarray([...INCLUDE_PARTS]), (profile, asOf, locale, parts) =>
        expectSameAsPickedFromWhole(profile, asOf, locale, parts),
      ),
      { numRuns: 80 },
    );
  });
});
