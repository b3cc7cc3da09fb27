import { expect, test } from '@playwright/test';

test('robots.txt lets crawlers read the pages, keeps them off the API and names the sitemap', async ({ request, baseURL }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/User-Agent: \*/i);
  expect(text).toContain('Disallow: /api/');
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test('the sitemap lists every page in both languages, each with its alternates', async ({ request, baseURL }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  for (const page of ['/en', '/nl', '/en/media-kit', '/nl/media-kit']) expect(xml).toContain(`<loc>${baseURL}${page}</loc>`);
  expect(xml).toContain(`hreflang="nl" href="${baseURL}/nl"`);
  expect(xml).toContain(`hreflang="en" href="${baseURL}/en/media-kit"`);
  expect(xml).toContain(`hreflang="x-default" href="${baseURL}/"`);
});

test('the app can be installed: the page links a manifest whose icons load', async ({ page, request }) => {
  await page.goto('/en');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of [...manifest.icons, { src: '/favicon.ico' }, { src: '/apple-touch-icon.png' }]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toMatch(/^image\//);
  }
});

test('the site files are not sent to a language first', async ({ request }) => {
  for (const path of ['/robots.txt', '/sitemap.xml', '/manifest.webmanifest', '/favicon.ico']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
});

test('the API describes itself in OpenAPI 3.1, and answers lean unless asked for more', async ({ request }) => {
  const document = await (await request.get('/api/openapi.json')).json();
  expect(document.openapi).toBe('3.1.0');
  expect(Object.keys(document.paths)).toEqual(['/api/estimate', '/api/schema']);
  const lean = await request.get('/api/estimate?followers=23000&views30d=310000');
  const whole = await request.get('/api/estimate?followers=23000&views30d=310000&include=all');
  expect((await lean.json()).methods[0]).not.toHaveProperty('projection');
  expect((await whole.json()).methods[0]).toHaveProperty('projection');
  expect(lean.headers()['etag']).not.toBe(whole.headers()['etag']);
  const bad = await request.get('/api/estimate?include=everything');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues[0].path).toMatch(/^include/);
});
