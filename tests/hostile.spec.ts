import { expect, test } from '@playwright/test';

/** Inputs a hostile or careless link might carry. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'); alert(1); ('",
  'javascript:alert(1)',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  'x'.repeat(10_000),
  '\u202egnp.exe',
  '日本語のテキスト',
  'مرحبا بالعالم',
  '👩‍💻🔥',
  '%00%0d%0a',
  '{{7*7}}${7*7}',
  '__proto__',
  // Shaped like dates, but none: a link's version (`v`) and the API's `asOf`.
  '2026-13-45',
  '0000-00-00',
  '2026-02-30',
];

const MARKERS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

test('hostile values in a link never break the page and are never reflected unescaped', async ({ request }) => {
  for (const value of HOSTILE) {
    // Long values go in one parameter only: Node answers 431 to request headers over 16 KiB, as HTTP allows.
    const fields = value.length > 1_000 ? ['followers'] : ['followers', 'country', 'niche', 'goodStanding', 'v', value.slice(0, 50)];
    const query = new URLSearchParams([...fields.map((field) => [field, value]), ['followers', '5']]);
    const page = await request.get(`/?${query}`);
    expect(page.status(), value.slice(0, 30)).toBe(200);
    const html = await page.text();
    for (const marker of MARKERS) expect(html).not.toContain(marker);
    expect(html).toContain('data-method="creator-rewards"');
    const kit = await request.get(`/en/media-kit?${query}&name=${encodeURIComponent(value.slice(0, 200))}`);
    expect(kit.status(), value.slice(0, 30)).toBe(200);
    for (const marker of MARKERS) expect(await kit.text()).not.toContain(marker);
  }
});

test('hostile values get 200 or 400 from the API, never a 500 or a stack trace', async ({ request }) => {
  for (const value of HOSTILE) {
    const fields = value.length > 1_000 ? ['followers'] : ['followers', 'country', 'asOf'];
    const get = await request.get(`/api/estimate?${new URLSearchParams(fields.map((field) => [field, value]))}`);
    expect([200, 400], value.slice(0, 30)).toContain(get.status());
    const getText = await get.text();
    expect(getText).not.toMatch(/at .*\.(js|ts):\d+/);
    for (const body of [{ followers: value }, { [value.slice(0, 50)]: 1 }, { country: value, niche: value, asOf: value }]) {
      const post = await request.post('/api/estimate', { data: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
      expect([200, 400, 413], value.slice(0, 30)).toContain(post.status());
      const json = await post.json();
      if (post.status() !== 200) expect(json.issues.length).toBeGreaterThan(0);
    }
  }
  for (const raw of ['NaN', '{"followers": NaN}', '{"followers": Infinity}', '{"followers": 1e999}', '{"a":'.repeat(5000), '\u0000']) {
    const post = await request.post('/api/estimate', { data: raw, headers: { 'content-type': 'application/json' } });
    expect([400, 413]).toContain(post.status());
  }
});

test('the OG image renders for hostile links', async ({ request }) => {
  for (const value of HOSTILE.slice(0, 8)) {
    const response = await request.get(`/og?${new URLSearchParams([['followers', value], ['country', value]])}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('the API answers 405 to other methods and 413 to large bodies', async ({ request }) => {
  expect((await request.put('/api/estimate', { data: '{}' })).status()).toBe(405);
  expect((await request.delete('/api/estimate')).status()).toBe(405);
  expect((await request.post('/api/schema', { data: '{}' })).status()).toBe(405);
  const unknown = await request.get('/api/estimates');
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).issues[0].message).toContain('/api/estimate');
  const image = await request.post('/en/og', { data: '{}' });
  expect(image.status()).toBe(405);
  expect(image.headers()['allow']).toBe('GET');
  // OPTIONS lists what each route answers, not its 405 handlers.
  for (const [path, allow] of [
    ['/api/estimate', 'GET, POST, HEAD, OPTIONS'],
    ['/api/schema', 'GET, HEAD, OPTIONS'],
    ['/api/openapi.json', 'GET, HEAD, OPTIONS'],
    ['/en/og', 'GET, HEAD, OPTIONS'],
  ] as const) {
    const options = await request.fetch(path, { method: 'OPTIONS' });
    expect(options.status(), path).toBe(204);
    expect(options.headers()['allow'], path).toBe(allow);
  }
  const big = await request.post('/api/estimate', { data: JSON.stringify({ niche: 'x'.repeat(20_000) }), headers: { 'content-type': 'application/json' } });
  expect(big.status()).toBe(413);
});

test('TRACE is refused with a 405, not a server error', async ({ request }) => {
  for (const path of ['/en', '/api/estimate', '/_next/static/none.js']) {
    const response = await request.fetch(path, { method: 'TRACE' });
    expect(response.status(), path).toBe(405);
    expect(response.headers()['allow'], path).toContain('GET');
  }
});

test('every response carries the security headers and no cookies', async ({ request }) => {
  const siteFiles = ['/robots.txt', '/sitemap.xml', '/manifest.webmanifest', '/favicon.ico', '/apple-touch-icon.png', '/icons/icon-192.png'];
  for (const path of ['/', '/?followers=5', '/api/estimate?followers=5', '/api/schema', '/api/openapi.json', '/og', '/icon.svg', ...siteFiles]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBeTruthy();
    expect(headers['permissions-policy'], path).toBeTruthy();
    expect(headers['set-cookie'], path).toBeUndefined();
  }
});

test('the page runs under its Content-Security-Policy and asks no other origin for anything', async ({ page, baseURL }) => {
  const violations: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto('/?followers=48000&views30d=900000');
  await page.getByLabel('Followers').fill('50000');
  await page.mouse.wheel(0, 6000);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});
