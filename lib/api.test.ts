import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type CreatorProfileInput, type EvaluateOptions } from '@/lib/rules';
import { resultWordsFor } from './engine-translator';
import { publicEvaluation } from './public-result';

/** What the API answers for a profile: the evaluation with its facts in the language asked for. */
function answer(profile: CreatorProfileInput, options: EvaluateOptions) {
  const result = evaluate(profile, options);
  return JSON.parse(JSON.stringify(publicEvaluation(result, resultWordsFor(result.locale))));
}
import { handleEstimateGet, handleEstimatePost, MAX_BODY_BYTES } from './api';

const BASE = 'http://localhost/api/estimate';

function post(body: string, headers: Record<string, string> = {}) {
  return handleEstimatePost(new Request(BASE, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }));
}

describe('the language of an answer', () => {
  it('follows Accept-Language (English or Dutch), says so, and varies caches by it', async () => {
    const dutch = handleEstimateGet(new Request(`${BASE}?followers=abc`, { headers: { 'accept-language': 'nl-NL,nl;q=0.9' } }));
    expect(dutch.headers.get('content-language')).toBe('nl');
    expect(dutch.headers.get('vary')).toContain('Accept-Language');
    expect(await dutch.json()).toEqual({
      error: 'Ongeldig verzoek',
      issues: [{ path: 'followers', message: "followers moet een heel getal van 0 tot en met 2.000.000.000 zijn; kreeg 'abc'" }],
    });
    const result = await handleEstimateGet(new Request(`${BASE}?asOf=2026-11-26&include=all`, { headers: { 'accept-language': 'nl' } })).json();
    expect(result).toEqual(answer({}, { asOf: '2026-11-26', locale: 'nl' }));
  });

  it('answers in English to any other or a malformed header, and gives each language its own ETag', () => {
    for (const header of ['fr-FR', 'en-GB,en;q=0.8', '*', ';;;q=abc', 'x'.repeat(500)]) {
      const response = handleEstimateGet(new Request(`${BASE}?asOf=2026-11-26`, { headers: { 'accept-language': header } }));
      expect(response.headers.get('content-language'), header).toBe('en');
    }
    const etag = (language: string) =>
      handleEstimateGet(new Request(`${BASE}?asOf=2026-11-26`, { headers: { 'accept-language': language } })).headers.get('etag');
    expect(etag('nl')).not.toBe(etag('en'));
  });

  it('skips a language tag it cannot read instead of dropping the whole header', () => {
    for (const header of ['i-klingon, nl', 'nl_NL, nl-BE;q=0.5', 'nl;q=0.9, 12345']) {
      const response = handleEstimateGet(new Request(`${BASE}?asOf=2026-11-26`, { headers: { 'accept-language': header } }));
      expect(response.headers.get('content-language'), header).toBe('nl');
    }
  });
});

describe('GET /api/estimate', () => {
  it('answers include=all with the evaluate() result for the same query string as the page', async () => {
    const response = handleEstimateGet(new Request(`${BASE}?followers=12.5k&country=nl&asOf=2026-11-26&v=2026-11-26&utm_source=x&include=all`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual(
      answer({ followers: 12_500, country: 'NL' }, { asOf: '2026-11-26' }),
    );
  });

  it("answers in the country's currency when the request names none, and 400 to a currency it does not know", async () => {
    const brazil = await handleEstimateGet(new Request(`${BASE}?country=BR&followers=12000&asOf=2026-12-03`)).json();
    expect(brazil.currency).toBe('BRL');
    expect(brazil.methods[0]).toHaveProperty('firstPayout');
    const posted = await (await post(JSON.stringify({ country: 'JP', followers: 12_000, asOf: '2026-12-03' }))).json();
    expect(posted.currency).toBe('JPY');
    expect((await handleEstimateGet(new Request(`${BASE}?country=JP&currency=USD`)).json()).currency).toBe('USD');
    const bad = handleEstimateGet(new Request(`${BASE}?currency=BTC`));
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues).toEqual([
      { path: 'currency', message: "currency must be one of USD, EUR, GBP, BRL, MXN, JPY, KRW, CAD, AUD; got 'BTC'" },
    ]);
  });

  it('answers 400 naming every bad field', async () => {
    const response = handleEstimateGet(new Request(`${BASE}?followers=abc&age=-1&asOf=yesterday`));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('Invalid request');
    expect(body.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(['age', 'asOf', 'followers']);
    expect(body.issues.find((issue: { path: string }) => issue.path === 'followers').message).toBe(
      "followers must be a whole number from 0 to 2,000,000,000; got 'abc'",
    );
  });

  it('gives an ETag and answers 304 to a matching If-None-Match', () => {
    const url = `${BASE}?followers=5000&asOf=2026-11-26`;
    const first = handleEstimateGet(new Request(url));
    const etag = first.headers.get('etag');
    // Weak: Next.js may compress the same answer, which a strong ETag would have to tell apart.
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300, s-maxage=3600');
    const again = (ifNoneMatch: string) => handleEstimateGet(new Request(url, { headers: { 'If-None-Match': ifNoneMatch } })).status;
    expect(again(etag!)).toBe(304);
    expect(again(etag!.slice(2))).toBe(304);
    expect(again(`"other", ${etag}`)).toBe(304);
    expect(again('*')).toBe(304);
    expect(again('"other"')).toBe(200);
    const other = handleEstimateGet(new Request(`${BASE}?followers=5001&asOf=2026-11-26`));
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('lets caches keep an answer for today no later than midnight (UTC), when today moves on', () => {
    // Read the clock first: the answer's time to midnight can only be shorter than this.
    const now = new Date();
    const control = handleEstimateGet(new Request(`${BASE}?followers=5000`)).headers.get('cache-control')!;
    const shared = Number(/s-maxage=(\d+)/.exec(control)![1]);
    const untilMidnight = (Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime()) / 1000;
    expect(shared).toBeGreaterThan(0);
    expect(shared).toBeLessThanOrEqual(Math.min(3600, Math.ceil(untilMidnight)));
  });
});

describe('POST /api/estimate', () => {
  it('answers a POST in full even when If-None-Match matches (304 is for GET)', async () => {
    const body = JSON.stringify({ followers: 5000, asOf: '2026-11-26' });
    const etag = (await post(body)).headers.get('etag')!;
    const again = await handleEstimatePost(
      new Request(BASE, { method: 'POST', body, headers: { 'content-type': 'application/json', 'If-None-Match': etag } }),
    );
    expect(again.status).toBe(200);
  });

  it('answers with the same result as GET for the same input', async () => {
    const viaPost = await (await post(JSON.stringify({ followers: 12_500, country: 'NL', asOf: '2026-11-26' }))).json();
    const viaGet = await handleEstimateGet(new Request(`${BASE}?followers=12500&country=NL&asOf=2026-11-26`)).json();
    expect(viaPost).toEqual(viaGet);
  });

  it('rejects malformed JSON with one issue at the empty path', async () => {
    const response = await post('{"followers": 1');
    expect(response.status).toBe(400);
    expect((await response.json()).issues).toEqual([{ path: '', message: `the body must be JSON; got '{"followers": 1'` }]);
  });

  it('rejects a body that is not an object', async () => {
    for (const body of ['[]', '"x"', '42', 'null']) {
      const response = await post(body);
      expect(response.status).toBe(400);
      const { issues } = await response.json();
      expect(issues).toHaveLength(1);
      expect(issues[0].path).toBe('');
    }
  });

  it('rejects wrong types, out-of-range values and unknown fields, naming each', async () => {
    const response = await post(JSON.stringify({ followers: '10', views30d: -1, folowers: 3 }));
    expect(response.status).toBe(400);
    const messages = (await response.json()).issues.map((issue: { message: string }) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "followers must be a whole number from 0 to 2,000,000,000; got '10'",
        'views30d must be a whole number from 0 to 1,000,000,000,000; got -1',
        "unknown field 'folowers'; see /api/schema for the fields allowed",
      ]),
    );
  });

  it('gives each unknown field its own issue, with its path', async () => {
    const issues = (await (await post(JSON.stringify({ foo: 1, bar: 2 }))).json()).issues;
    expect(issues).toEqual([
      { path: 'foo', message: "unknown field 'foo'; see /api/schema for the fields allowed" },
      { path: 'bar', message: "unknown field 'bar'; see /api/schema for the fields allowed" },
    ]);
  });

  it('gives a date that is not one a single issue, not also the range', async () => {
    const issues = (await (await post(JSON.stringify({ asOf: '2019-02-30' }))).json()).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe('asOf');
  });

  it('answers 413 to a body over 16 KiB', async () => {
    const big = JSON.stringify({ niche: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await post(big)).status).toBe(413);
    expect((await post('{}', { 'content-length': String(MAX_BODY_BYTES + 1) })).status).toBe(413);
  });

  it('never throws on arbitrary JSON bodies: a result or a 400 with issues', async () => {
    const field = fc.constantFrom('age', 'country', 'followers', 'views30d', 'goodStanding', 'currency', 'asOf', 'niche', 'x');
    const bodies = fc.oneof(fc.jsonValue(), fc.dictionary(field, fc.jsonValue()));
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const response = await post(JSON.stringify(body));
        expect([200, 400]).toContain(response.status);
        if (response.status === 400) expect((await response.json()).issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const response = await post(text);
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 200 },
    );
  });
});

describe('GET /api/estimate with arbitrary query strings', () => {
  it('always answers 200 or 400 with issues', async () => {
    const key = fc.oneof(fc.constantFrom('age', 'country', 'followers', 'views30d', 'asOf', 'goodStanding', 'currency'), fc.string());
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, fc.string())), async (pairs) => {
        const params = new URLSearchParams(pairs);
        const response = handleEstimateGet(new Request(`${BASE}?${params}`));
        expect([200, 400]).toContain(response.status);
        if (response.status === 400) expect((await response.json()).issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('GET /api/schema', () => {
  it('is the JSON Schema of the request, generated from the zod schema', async () => {
    const { GET } = await import('@/app/api/schema/route');
    const schema = await GET().json();
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['age', 'country', 'followers', 'views30d', 'asOf']));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.followers).toMatchObject({ type: 'integer', minimum: 0 });
  });
});

describe('asOf', () => {
  it('accepts dates from 2020 to 2035 and names the range otherwise', async () => {
    expect(handleEstimateGet(new Request(`${BASE}?asOf=2025-10-01`)).status).toBe(200);
    const response = handleEstimateGet(new Request(`${BASE}?asOf=0001-01-01`));
    expect(response.status).toBe(400);
    expect((await response.json()).issues[0].message).toBe("asOf must be a date from 2020-01-01 to 2035-12-31; got '0001-01-01'");
  });
});
