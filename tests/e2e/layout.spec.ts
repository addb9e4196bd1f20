import { expect, test } from '@playwright/test';
import { PAGE_TYPES, WIDTHS } from './page-types';

for (const width of WIDTHS) {
  for (const { name, path } of PAGE_TYPES) {
    test(`the ${name} page fits a ${width}px screen without sideways scrolling`, async ({
      page,
    }, info) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const overflow = await page.evaluate(() => {
        const el = document.scrollingElement ?? document.documentElement;
        return el.scrollWidth - el.clientWidth;
      });
      expect(overflow, `horizontal overflow on ${path} at ${width}px`).toBeLessThanOrEqual(0);
      // Kept for reviewers: test-results/<test>/<name>-<width>.png
      await page.screenshot({ path: info.outputPath(`${name}-${width}.png`), fullPage: true });
    });
  }
}

test('printing hides the navigation and prints link destinations', async ({ page }) => {
  await page.goto('/articles/colombia-major-non-nato-ally/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  const after = await page
    .getByRole('link', { name: /Biden announces major non-NATO ally status/ })
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
  await expect(page.locator('sup a').first()).toBeVisible();
});
