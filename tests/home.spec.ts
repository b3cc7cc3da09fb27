import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { firstLoadScripts } from './first-load';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

test('the home page names the product and has no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Can I earn on TikTok yet?');
  await expect(page.locator('[data-method]')).toHaveCount(9);
  await expectNoAxeViolations(page);
});

test('a full result, with details and formulas open, has no accessibility violations', async ({ page }) => {
  await page.goto('/?age=30&country=NL&followers=48000&views30d=900000&videos30d=25&currency=EUR&liveHours=20');
  await page.getByText('More details', { exact: true }).click();
  for (const summary of await page.getByText('Requirements and what it would pay').all()) await summary.click();
  for (const summary of await page.getByText('How we got this number').all()) await summary.click();
  await page.getByText('Show the numbers as a table').click();
  await expectNoAxeViolations(page);
});

test('a shared result on a phone, numbers folded and the comparison opened, has no accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?followers=12000&views30d=150000&country=BR');
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  await expectNoAxeViolations(page);
});

test('a page with field errors and a bad-link notice has no accessibility violations', async ({ page }) => {
  await page.goto('/?followers=abc&country=XX');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toBeVisible();
  await page.getByLabel('Video views in the last 30 days').fill('lots');
  await expect(page.getByText(/Video views in the last 30 days must be a whole number/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the page does not move while it loads and hydrates (no layout shift)', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  // A phone's slower CPU: late-streamed parts of the page would paint after the rest, and move it.
  await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as unknown as { shifts: number[] }).shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['/en', '/nl?country=NL&followers=23000&views30d=310000&currency=EUR']) {
    await page.goto(path, { waitUntil: 'load' });
    await expect(page.locator('[data-method]')).toHaveCount(9);
    // Let hydration and any late script run, then read every shift since navigation.
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), path).toEqual([]);
  }
});

test('the page is sent with brotli to browsers that take it, gzip to those that do not', async ({ request }) => {
  const brotli = await request.get('/en?followers=9999', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
  expect(brotli.headers()['content-encoding']).toBe('br');
  expect(brotli.headers()['vary']).toContain('Accept-Encoding');
  expect(await brotli.text()).toContain('data-method="creator-rewards"');
  const gzip = await request.get('/en?followers=9999', { headers: { 'accept-encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
  // Scripts are compressed once, at the highest quality, and decode to the very same file.
  const script = (await brotli.text()).match(/\/_next\/static\/chunks\/[\w-]+\.js/)![0];
  // Until that is done (about a second after start) they are compressed on the fly, sent without a length.
  const precompressed = async () => (await request.get(script, { headers: { 'accept-encoding': 'br' } })).headers();
  await expect.poll(async () => (await precompressed())['content-length'], { timeout: 15_000 }).toBeTruthy();
  expect((await precompressed())['content-encoding']).toBe('br');
  const [compressed, plain] = await Promise.all([
    request.get(script, { headers: { 'accept-encoding': 'br' } }),
    request.get(script, { headers: { 'accept-encoding': 'identity' } }),
  ]);
  expect(compressed.headers()['cache-control']).toContain('immutable');
  expect(compressed.headers()['content-security-policy']).toBe(plain.headers()['content-security-policy']);
  expect((await compressed.body()).equals(await plain.body())).toBe(true);
});

test('the first load carries no schema: zod comes with the engine, on idle or on the first edit', async ({ request }) => {
  const scripts = await firstLoadScripts(request, '/en?followers=9999');
  expect(scripts.length).toBeGreaterThan(3);
  for (const src of scripts) {
    // zod's one setting every copy of it carries; profile.ts sets it where zod runs in the browser.
    expect(await (await request.get(src)).text(), src).not.toContain('jitless');
  }
});
