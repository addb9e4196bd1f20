import { expect, test } from '@playwright/test';

test('the theme follows the system setting when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/allies/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the theme button says what it will do, switches themes, and the choice persists', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Allies' })
    .click();
  await expect(page).toHaveURL(/\/allies\/$/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();

  await page.goto('/es/');
  await expect(page.getByRole('button', { name: 'Cambiar a tema claro' })).toBeVisible();
});

test('the saved theme is applied before the page is first painted', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  // Record the theme at the first moment scripts in the body could observe it.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        (window as unknown as { firstTheme: string }).firstTheme =
          document.documentElement.dataset['theme'] ?? '';
      }
    });
  });
  await page.goto('/articles/colombia-major-non-nato-ally/');
  expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe(
    'dark',
  );
});
