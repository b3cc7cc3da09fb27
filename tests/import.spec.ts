import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dataDownloadJson, shiftDate, studioExport, type DataDownloadOptions } from '@/lib/import/fixtures';

/** The creator's today as the page reads it (the browser's local date), and what an export made today ends on. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function choose(page: Page, files: { name: string; bytes: Uint8Array }[]) {
  await page.getByTestId('import-files').setInputFiles(files.map((file) => ({ name: file.name, mimeType: 'application/octet-stream', buffer: Buffer.from(file.bytes) })));
}

test('a creator imports a Studio export: the form, the link and a panel say what came from where, and Undo puts it back', async ({ page, baseURL }) => {
  await page.goto('/en?followers=800');
  await expect(page.getByLabel('Followers')).toHaveValue('800');
  await page.waitForLoadState('networkidle');
  // Nothing may leave the page while importing: only the import's own code, from this origin, may load.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));

  // A 60-day export, made today: TikTok's numbers end two days back, the last of them still counting.
  await choose(page, studioExport({ days: 60, lastDay: shiftDate(today(), -2) }));

  const panel = page.getByTestId('import-result');
  await expect(panel).toContainText('Filled from your files');
  await expect(page.getByLabel('Followers')).toHaveValue('13,355');
  await expect(panel.locator('[data-field="views30d"]')).toContainText('Overview.csv');
  await expect(panel.locator('[data-field="views30d"]')).toContainText('The video views of the latest 30 days added up.');
  await expect(panel.locator('[data-field="audience"]')).toContainText('United States 55%');
  // The notes on what was left out are folded, not announced as problems.
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/followers=13355/);
  await expect(page).toHaveURL(/audience=US%3A55%2CGB%3A20%2CDE%3A10/);
  await expect(page.getByLabel('Where your audience lives')).toHaveValue('US:55,GB:20,DE:10');
  // The panel, its notes opened, passes axe like the rest of the page.
  await panel.locator('details').evaluateAll((folds) => folds.forEach((fold) => ((fold as HTMLDetailsElement).open = true)));
  const axe = await new AxeBuilder({ page }).include('[data-testid="import-result"]').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  expect(requests.length, 'the import loads its own code').toBeGreaterThan(0);
  // Only this build's scripts (and the favicon, which the browser asks for again when the URL changes).
  for (const request of requests) expect(request).toMatch(new RegExp(`^GET ${baseURL}/(_next/static/|icon\\.svg)`));

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByLabel('Followers')).toHaveValue('800');
  await expect(page).toHaveURL(/followers=800/);
  await expect(page).not.toHaveURL(/audience=/);
});

test('a file that is not an export gets an alert naming it, and the form keeps its numbers', async ({ page }) => {
  await page.goto('/en?followers=2400');
  await choose(page, [{ name: 'holiday-photos.zip', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]) }]);
  const alert = page.getByRole('alert').filter({ hasText: 'holiday-photos.zip' });
  await expect(alert).toContainText('holiday-photos.zip: This file is named like a ZIP but is not one');
  await expect(page.getByText('Nothing in these files could fill the form')).toBeVisible();
  await expect(page.getByLabel('Followers')).toHaveValue('2,400');
});

test('a Dutch creator imports their data download and reads in Dutch what was filled', async ({ page }) => {
  await page.goto('/nl');
  const options: DataDownloadOptions = { email: 'private.person@example.com', phone: '+44 7700 900123' };
  await choose(page, [{ name: 'user_data_tiktok.json', bytes: dataDownloadJson(options) }]);
  const panel = page.getByTestId('import-result');
  await expect(panel).toContainText('Ingevuld uit je bestanden');
  await expect(panel.locator('[data-field="age"]')).toContainText('Berekend uit de geboortedatum in je gegevensdownload.');
  await expect(page).toHaveURL(/age=\d+/);
  // Private details in the download are never shown or put in the link.
  await expect(page.locator('body')).not.toContainText('private.person');
  await expect(page.locator('body')).not.toContainText('7700');
  expect(page.url()).not.toMatch(/private|7700/);
});

test('files dropped anywhere on the form are read too', async ({ page }) => {
  await page.goto('/en');
  const files = studioExport({ days: 28, lastDay: shiftDate(today(), -2), language: 'pt' }).map((file) => ({ name: file.name, bytes: [...file.bytes] }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: 'application/zip' }));
    return transfer;
  }, files);
  const views = page.getByLabel('Video views in the last 30 days');
  await views.dispatchEvent('dragover', { dataTransfer });
  await views.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('import-result')).toContainText('scaled to 30 days');
  await expect(page).toHaveURL(/views30d=\d+/);
});
