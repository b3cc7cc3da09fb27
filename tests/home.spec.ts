import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the home page names the product and has no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Can I earn on TikTok yet?');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
