import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/rules';
import { handleEstimateGet, handleEstimatePost } from './api';
import { INCLUDE_PARTS } from './api-answer-schema';
import { pickAnswer } from './api-response';
import { resultWordsFor } from './engine-translator';
import { publicEvaluation } from './public-result';

/** What the API says of a profile in full: the engine's result in English words. */
const worded = (...args: Parameters<typeof evaluate>) => publicEvaluation(evaluate(...args), resultWordsFor('en'));

const BASE = 'http://localhost/api/estimate';
const QUERY = 'followers=9999&views30d=150000&country=NL&currency=EUR&asOf=2026-11-26';
const get = (query: string, headers: Record<string, string> = {}) => handleEstimateGet(new Request(`${BASE}?${query}`, { headers }));
const post = (body: object) => handleEstimatePost(new Request(BASE, { method: 'POST', body: JSON.stringify(body) }));

describe('the default answer', () => {
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

  it('leaves no field of the result out of every part: picking them all gives the whole result', () => {
    for (const profile of [{}, { followers: 80_000, incomeGoal: 500, audience: 'US:60', currency: 'GBP' as const, myRpm: 0.6 }]) {
      const evaluation = worded(profile, { asOf: '2026-11-26' });
      expect(pickAnswer(evaluation, INCLUDE_PARTS)).toStrictEqual(evaluation);
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
