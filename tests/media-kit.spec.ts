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
  // The creator gave their videos (20): no "not set" note, which a kit with the default carries.
  await expect(page.locator('main')).not.toContainText('not set');
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

test('numbers the creator did not give are marked as typical values, not stated as facts', async ({ page }) => {
  await page.goto('/en/media-kit?followers=23000&views30d=310000');
  await expect(page.getByText('not set, a typical value', { exact: false })).toHaveCount(2);
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
    await expect(page).toHaveURL(/country=NL&followers=23000.*&name=Sanne\+de\+Vries&handle=%40sannemakeup&bio=Honest.*&tiers=1/);
    await context.close();
  }
});
