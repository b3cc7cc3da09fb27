import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pdfText } from './pdf';

const card = (page: import('@playwright/test').Page, id: string) => page.locator(`[data-method="${id}"]`);

test('a path without a language goes to the browser\'s language, keeps the stats and sets no cookie', async ({ request }) => {
  const dutch = await request.get('/?followers=9999&country=NL', { headers: { 'Accept-Language': 'nl-NL,nl;q=0.9,en;q=0.5' }, maxRedirects: 0 });
  expect(dutch.status()).toBe(307);
  expect(dutch.headers().location).toMatch(/\/nl\?followers=9999&country=NL$/);
  expect(dutch.headers()['set-cookie']).toBeUndefined();
  // The answer depends on the header: a shared cache must keep one per language.
  expect(dutch.headers().vary).toContain('Accept-Language');
  // One tag it cannot read does not void the rest of the header.
  const klingon = await request.get('/', { headers: { 'Accept-Language': 'i-klingon, nl' }, maxRedirects: 0 });
  expect(klingon.headers().location).toMatch(/\/nl$/);
  const english = await request.get('/media-kit?followers=9999', { headers: { 'Accept-Language': 'de-DE,en;q=0.8' }, maxRedirects: 0 });
  expect(english.headers().location).toMatch(/\/en\/media-kit\?followers=9999$/);
  // A shared link with its language keeps it, whatever the browser prefers.
  const shared = await request.get('/en?followers=9999', { headers: { 'Accept-Language': 'nl' }, maxRedirects: 0 });
  expect(shared.status()).toBe(200);
  expect(await shared.text()).toContain('<html lang="en"');
});

test('the Dutch page speaks Dutch, writes Dutch numbers and reads Dutch input', async ({ page }) => {
  await page.goto('/nl?views30d=200000&currency=EUR');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kan ik al verdienen op TikTok?');
  await page.getByLabel('Volgers', { exact: true }).fill('9.999');
  const rewards = card(page, 'creator-rewards');
  await expect(rewards).toHaveAttribute('data-eligible', 'false');
  await expect(rewards).toContainText('1 volger erbij');
  await page.getByLabel('Volgers', { exact: true }).fill('12,5k');
  await expect(rewards).toHaveAttribute('data-eligible', 'true');
  await expect(rewards).toContainText('12.500 volgers (10.000 nodig)');
  await expect(rewards).toContainText('In aanmerking');
  await expect(page.getByTestId('summary')).toContainText(/Je komt in aanmerking voor \d van de 9 manieren van verdienen: .* EUR [\d.]+ per maand opleveren, waarschijnlijk EUR [\d.]+–[\d.]+/);
  await expect(page).toHaveURL(/\/nl\?.*followers=12500/);

  await page.getByText('Meer details', { exact: true }).click();
  await page.getByLabel('Groei van je volgers').fill('2,5');
  await expect(page).toHaveURL(/followerGrowth=2\.5/);
  await page.getByLabel('Videoweergaven in de afgelopen 30 dagen').fill('veel');
  await expect(page.getByText(/Videoweergaven in de afgelopen 30 dagen: moet een heel getal van 0 tot en met 1\.000\.000\.000\.000 zijn\./)).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('switching language keeps the stats and the verdicts', async ({ page }) => {
  await page.goto('/en?country=DE&followers=15000&views30d=250000&currency=EUR&liveHours=12');
  await page.getByLabel('Followers').fill('16000');
  await expect(page).toHaveURL(/followers=16000/);
  const verdicts = () => card(page, 'creator-rewards').locator('xpath=..').locator('[data-method]').evaluateAll((cards) =>
    cards.map((element) => `${element.getAttribute('data-method')}=${element.getAttribute('data-eligible')}`).sort(),
  );
  const english = await verdicts();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\?.*followers=16000.*liveHours=12/);
  await expect(page.getByLabel('Volgers', { exact: true })).toHaveValue('16.000');
  expect(await verdicts()).toEqual(english);
  await expect(page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' })).toHaveAttribute('href', /^\/en\?.*followers=16000/);
});

test('a bad link is explained in Dutch on the Dutch page', async ({ page }) => {
  await page.goto('/nl?followers=abc&country=XX');
  const notice = page.getByRole('alert').filter({ hasText: 'konden niet worden gebruikt' });
  await expect(notice).toContainText("followers moet een heel getal van 0 tot en met 2.000.000.000 zijn; kreeg 'abc'; we gebruiken 1.000");
  await expect(notice).toContainText('country moet een ISO 3166-1 alpha-2-landcode zoals US, GB of NL zijn');
  await expect(page.locator('[data-method]')).toHaveCount(9);
});

test('the Dutch media kit prints to a PDF in Dutch with Dutch numbers', async ({ page }) => {
  await page.goto('/nl/media-kit?country=NL&followers=23000&views30d=310000&currency=EUR&niche=beauty&name=Sanne%20de%20Vries');
  await expect(page.getByRole('button', { name: 'Download pdf' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const { pages, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages).toBeLessThanOrEqual(2);
  expect(text).toContain('Sanne de Vries');
  expect(text).toContain('23.000');
  expect(text).toContain('310.000');
  expect(text).toContain('Voorgestelde tarieven');
  expect(text).toContain('Nederland');
  expect(text).toMatch(/EUR [\d.]+–[\d.]+/);
});

test('the API answers in the language the caller asks for', async ({ request }) => {
  const bad = await request.get('/api/estimate?followers=abc', { headers: { 'Accept-Language': 'nl' } });
  expect(bad.status()).toBe(400);
  expect(bad.headers()['content-language']).toBe('nl');
  expect(await bad.json()).toEqual({
    error: 'Ongeldig verzoek',
    issues: [{ path: 'followers', message: "followers moet een heel getal van 0 tot en met 2.000.000.000 zijn; kreeg 'abc'" }],
  });
  const good = await request.get('/api/estimate?followers=9999&views30d=200000&country=NL', { headers: { 'Accept-Language': 'nl-BE' } });
  const result = await good.json();
  expect(result.locale).toBe('nl');
  const followers = result.methods[0].requirements.find((requirement: { fact: string }) => requirement.fact === 'followers');
  expect(followers.message).toBe('1 volger erbij');
  const english = await request.get('/api/estimate?followers=9999', { headers: { 'Accept-Language': 'fr' } });
  expect((await english.json()).locale).toBe('en');
});

test('the Dutch link preview image renders', async ({ request }) => {
  const response = await request.get('/nl/og?followers=23000&country=NL&currency=EUR');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});

test('an unknown page says so in its language, with a 404', async ({ page }) => {
  const response = await page.goto('/nl/bestaat-niet');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page.getByRole('link', { name: 'Naar de rekenhulp' })).toHaveAttribute('href', '/nl');
});

test('the unknown page is in the HTML the server sends, readable without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${baseURL}/en/no/such/page`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await context.close();
});

test('a path below the image route is an unknown page too, with its policy', async ({ request }) => {
  for (const path of ['/en/og/x', '/nl/og/a/b']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});
