import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pdfText } from './pdf';

const KIT =
  '/media-kit?age=27&country=NL&followers=23000&views30d=310000&videos30d=20&currency=EUR&niche=beauty&engagementRate=7' +
  '&name=Sanne%20de%20Vries&handle=sannemakeup&bio=Honest%20drugstore%20beauty%20reviews.';

test('the media kit shows who the creator is, their numbers and suggested rates', async ({ page }) => {
  await page.goto(KIT);
  await expect(page.getByTestId('kit-name')).toHaveText('Sanne de Vries');
  await expect(page.getByText('@sannemakeup')).toBeVisible();
  await expect(page.getByText('23,000', { exact: true })).toBeVisible();
  await expect(page.locator('[data-format="dedicatedVideo"]')).toContainText(/EUR [\d,]+–[\d,]+/);
  await expect(page.getByText('(likes + comments + shares) ÷ views × 100')).toBeVisible();
  await expect(page.getByTestId('kit-subtitle')).toHaveText('@sannemakeup · Beauty creator · based in Netherlands');
  // The basis in a brand's terms: the creator's numbers and niche, not a formula.
  await expect(page.getByTestId('kit-basis')).toHaveText('Based on 23,000 followers, 7% engagement and rates for beauty creators.');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('the media kit prints to a one- or two-page PDF with the creator\'s numbers', async ({ page }) => {
  await page.goto(KIT);
  await page.emulateMedia({ media: 'print' });
  const { pages, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  expect(text).toContain('Sanne de Vries');
  expect(text).toContain('23,000');
  expect(text).toContain('310,000');
  expect(text).toContain('Dedicated video');
  expect(text).not.toContain('Download PDF');
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A PDF's text on one line, whatever lines and pieces pdf.js read it in. */
async function pdfWords(pdf: Buffer) {
  const { pages, text } = await pdfText(pdf);
  return { pages, text: text.replace(/\s+/g, ' ') };
}

test('the kit shows only the numbers the creator gave, never a default as theirs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, ...PHONE });
  const page = await context.newPage();
  await page.goto('/en/media-kit?followers=23000&views30d=310000&name=Sanne');
  const kit = page.locator('article');
  const stats = page.getByTestId('kit-stats');
  await expect(stats.locator('dt')).toHaveText(['Followers', 'Video views, last 30 days']);
  await expect(stats).toContainText('23,000');
  // Engagement (5%), videos (8), the niche ("General / lifestyle") and the country (US) are defaults here.
  for (const unsaid of ['Engagement rate', 'Videos, last 30 days', 'typical value', 'not set', 'General', 'United States']) {
    await expect(kit).not.toContainText(unsaid);
  }
  await expect(page.getByTestId('kit-subtitle')).toHaveText('TikTok creator');
  await expect(page.getByTestId('kit-basis')).toHaveText('Based on 23,000 followers.');
  // The creator is told what is left out and where to add it; a brand never sees that note.
  await expect(page.getByTestId('kit-missing')).toContainText('Engagement rate; Public videos posted in the last 30 days');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('kit-missing')).toBeHidden();

  const pdf = await page.request.get('/en/media-kit/pdf?followers=23000&views30d=310000&name=Sanne');
  const { text } = await pdfWords(await pdf.body());
  expect(text).toContain('23,000');
  for (const unsaid of ['Engagement rate', 'Videos, last 30 days', 'General', 'United States']) expect(text).not.toContain(unsaid);
  await context.close();
});

test('without a follower count the kit suggests no rates, and says why to the creator only', async ({ page }) => {
  await page.goto('/en/media-kit?views30d=310000&engagementRate=7&name=Sanne');
  await expect(page.locator('article')).not.toContainText('Suggested rates');
  await expect(page.locator('[data-format]')).toHaveCount(0);
  await expect(page.getByTestId('kit-missing')).toContainText('Suggested rates need your follower count.');
  await expect(page.getByTestId('kit-stats').locator('dt')).toHaveText(['Video views, last 30 days', 'Engagement rate']);
});

test('the kit asks for the niche, and the chosen niche names the creator and prices the rates', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, ...PHONE });
  const page = await context.newPage();
  await page.goto('/en/media-kit?followers=85000&engagementRate=5.5&country=US&name=Jordan');
  const niche = page.getByLabel('Your niche');
  // Open and unanswered until chosen: the form cannot be sent without a niche.
  await expect(niche).toBeVisible();
  await expect(niche).toHaveValue('');
  expect(await niche.evaluate((select: HTMLSelectElement) => select.validity.valueMissing)).toBe(true);
  await expect(page.getByTestId('kit-subtitle')).toHaveText('TikTok creator · based in United States');
  const box = await niche.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);

  await niche.selectOption('fitness');
  await page.getByRole('button', { name: 'Update the media kit' }).click();
  await expect(page).toHaveURL(/[?&]niche=fitness(&|$)/);
  await expect(page.getByTestId('kit-subtitle')).toHaveText('Fitness creator · based in United States');
  await expect(page.getByTestId('kit-basis')).toHaveText('Based on 85,000 followers, 5.5% engagement and rates for fitness creators.');
  await expect(page.getByLabel('Your niche')).toHaveValue('fitness');
  await page.screenshot({ path: test.info().outputPath('kit-phone.png'), fullPage: true });
  await context.close();
});

test('"Download PDF" downloads the kit as a one- or two-page A4 PDF with the creator\'s name and fees', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, ...PHONE });
  const page = await context.newPage();
  await page.goto(`/en${KIT}`);
  // Printing stays, as the second way.
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('media-kit-sanne-de-vries.pdf');
  const path = await download.path();
  const bytes = await (await import('node:fs/promises')).readFile(path);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const { pages, text } = await pdfWords(bytes);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  expect(text).toContain('Sanne de Vries');
  expect(text).toContain('@sannemakeup');
  expect(text).toContain('Beauty creator · based in Netherlands');
  expect(text).toContain('23,000');
  expect(text).toContain('310,000');
  expect(text).toContain('7%');
  for (const format of ['Dedicated video', 'Product placement', 'LIVE mention']) expect(text).toMatch(new RegExp(`${format} EUR [\\d,]+–[\\d,]+ EUR [\\d,]+`));
  expect(text).toContain('Based on 23,000 followers, 7% engagement and rates for beauty creators.');
  // The same fees as the page shows.
  const pageFee = await page.locator('[data-format="dedicatedVideo"] td').first().textContent();
  expect(text).toContain(pageFee!);
  expect(text).not.toContain('Download PDF');
  await context.close();
});

test('the PDF is a locked-down attachment, in the link\'s language', async ({ request }) => {
  const response = await request.get(`/en/media-kit/pdf${KIT.slice('/media-kit'.length)}`);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe('application/pdf');
  expect(headers['content-disposition']).toBe('attachment; filename="media-kit-sanne-de-vries.pdf"');
  expect(headers['content-security-policy']).toContain("default-src 'none'");
  expect(headers['content-security-policy']).not.toContain('nonce');
  expect(headers['x-content-type-options']).toBe('nosniff');

  const dutch = await request.get(`/nl/media-kit/pdf${KIT.slice('/media-kit'.length)}`);
  expect(dutch.headers()['content-disposition']).toBe('attachment; filename="mediakit-sanne-de-vries.pdf"');
  const { pages, text } = await pdfWords(await dutch.body());
  expect(pages).toBeLessThanOrEqual(2);
  expect(text).toContain('Voorgestelde tarieven');
  expect(text).toContain('Beauty-creator · woont in Nederland');
  expect(text).toContain('Gebaseerd op 23.000 volgers, 7% engagement en de tarieven in de niche beauty.');
  expect(text).toMatch(/EUR [\d.]+–[\d.]+/);
});

test('a bad link gets a 400 from the PDF that names the field, never a 500', async ({ request }) => {
  const bad = await request.get('/en/media-kit/pdf?followers=abc&views30d=310000&name=Sanne');
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({
    error: 'Invalid request',
    issues: [{ path: 'followers', message: "followers must be a whole number from 0 to 2,000,000,000; got 'abc'" }],
  });
  const handle = await request.get('/en/media-kit/pdf?followers=23000&handle=%3Cb%3Ex');
  expect(handle.status()).toBe(400);
  const { issues } = await handle.json();
  expect(issues).toHaveLength(1);
  expect(issues[0].path).toBe('handle');
  expect(issues[0].message).toMatch(/^handle must be a TikTok username/);
  const dutch = await request.get('/nl/media-kit/pdf?niche=cooking');
  expect(dutch.status()).toBe(400);
  expect((await dutch.json()).issues[0]).toMatchObject({ path: 'niche' });
  for (const method of ['POST', 'PUT', 'DELETE'] as const) {
    expect((await request.fetch('/en/media-kit/pdf?followers=23000', { method })).status()).toBe(405);
  }
});

test('hiding exact numbers shows bands instead', async ({ page }) => {
  await page.goto(`${KIT}&tiers=1`);
  await expect(page.getByText('10K–50K', { exact: true })).toBeVisible();
  await expect(page.getByText('23,000', { exact: true })).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText('23,000');
  await expect(page.locator('main')).not.toContainText('310,000');
});

test('bad media-kit values are listed and left out, never rendered as HTML', async ({ page }) => {
  await page.goto('/media-kit?name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&handle=%3Cb%3Ex&bio=' + 'x'.repeat(400));
  await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText('handle must be a TikTok username');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText('bio must be at most 280 characters');
  await expect(page.getByTestId('kit-name')).toHaveText('<script>alert(1)</script>');
});

test('the results page links to the media kit with the same numbers', async ({ page }) => {
  await page.goto('/?followers=23000&country=NL');
  await page.getByRole('link', { name: 'Make a media kit for brands' }).click();
  await expect(page).toHaveURL(/\/media-kit\?.*followers=23000/);
  await expect(page.getByText('23,000', { exact: true })).toBeVisible();
});

test('the creator names themselves in the kit, with or without JavaScript, and the link keeps it', async ({ browser, baseURL }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ baseURL, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/en/media-kit?followers=23000&country=NL&niche=beauty');
    await expect(page.getByTestId('kit-name')).toHaveText('Your name');
    if (javaScriptEnabled) expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
    await page.getByLabel('Name', { exact: true }).fill('Sanne de Vries');
    await page.getByLabel('TikTok username').fill('@sannemakeup');
    await page.getByLabel('One line about you').fill('Honest drugstore beauty reviews.');
    await page.getByLabel('Show bands').check();
    await page.getByRole('button', { name: 'Update the media kit' }).click();

    await expect(page.getByTestId('kit-name')).toHaveText('Sanne de Vries');
    await expect(page.getByText('@sannemakeup')).toBeVisible();
    await expect(page.locator('article').getByText('Honest drugstore beauty reviews.')).toBeVisible();
    await expect(page.getByText('10K–50K', { exact: true }).first()).toBeVisible();
    await expect(page).toHaveURL(/country=NL&followers=23000.*&name=Sanne\+de\+Vries&handle=%40sannemakeup&niche=beauty&tiers=1&bio=Honest/);
    await context.close();
  }
});
