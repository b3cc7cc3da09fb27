import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as rules from '@/lib/rules';
import { handleEstimateGet, handleEstimatePost } from './api';

// The engine as it is, counted: an answer given from memory must not have evaluated the profile again.
vi.mock('@/lib/rules', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/rules')>();
  return { ...actual, evaluateProfile: vi.fn(actual.evaluateProfile) };
});
const evaluations = vi.mocked(rules.evaluateProfile);

const BASE = 'http://localhost/api/estimate';
// A profile no other test in this file asks for first, so each test starts with nothing remembered.
let followers = 41_000;
const fresh = () => `${BASE}?asOf=2026-11-26&views30d=250000&followers=${followers++}`;
const get = (url: string, language = 'en') => handleEstimateGet(new Request(url, { headers: { 'accept-language': language } }));

// In braces: a function returned from beforeEach would be called after the test as its cleanup.
beforeEach(() => {
  evaluations.mockClear();
});

describe('answers remembered by ETag', () => {
  it('answers an equal request with the same text without evaluating again, GET or POST', async () => {
    const url = fresh();
    const first = await get(url).text();
    expect(evaluations).toHaveBeenCalledTimes(1);
    expect(await get(url).text()).toBe(first);
    // The same profile written another way (a POST body, numbers as numbers) is the same request.
    const query = Object.fromEntries(new URL(url).searchParams);
    const body = JSON.stringify({ ...query, followers: Number(query.followers), views30d: Number(query.views30d) });
    const posted = await handleEstimatePost(new Request(BASE, { method: 'POST', body, headers: { 'accept-language': 'en' } }));
    expect(await posted.text()).toBe(first);
    expect(evaluations).toHaveBeenCalledTimes(1);
  });

  it('evaluates again for anything the answer depends on: the profile, the date, the language, the parts', async () => {
    const url = fresh();
    const texts = new Set([
      await get(url).text(),
      await get(fresh()).text(),
      await get(url.replace('asOf=2026-11-26', 'asOf=2026-11-27')).text(),
      await get(url, 'nl').text(),
      await get(`${url}&include=projection`).text(),
    ]);
    expect(texts.size).toBe(5);
    expect(evaluations).toHaveBeenCalledTimes(5);
  });

  it('keeps headers per request: a remembered answer still gets its own caching time', () => {
    const url = fresh().replace('asOf=2026-11-26&', '');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-11-26T23:00:00Z'));
      const early = get(url).headers.get('cache-control');
      vi.setSystemTime(new Date('2026-11-26T23:59:00Z'));
      const late = get(url).headers.get('cache-control');
      expect(evaluations).toHaveBeenCalledTimes(1);
      // Without an asOf the answer is today's: kept only until midnight (UTC), however it was made.
      expect(early).toContain('s-maxage=3600');
      expect(late).toContain('s-maxage=60');
    } finally {
      vi.useRealTimers();
    }
  });

  it('forgets an answer after five minutes', () => {
    vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'clearTimeout'] });
    try {
      // The fake clock starts at 0, which the cache reads as "no time kept": start a second in.
      vi.advanceTimersByTime(1000);
      const url = fresh();
      get(url);
      vi.advanceTimersByTime(4 * 60 * 1000);
      get(url);
      expect(evaluations).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(61 * 1000);
      get(url);
      expect(evaluations).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
