import { expect, test } from '@playwright/test';

test('a keyboard user can skip the header and land in the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a reader goes from the home page to the allies table and on to a country', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Allies' })
    .click();
  await expect(page).toHaveURL(/\/allies\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every major non-NATO ally');
  const table = page.getByRole('table');
  await table.getByRole('link', { name: 'Colombia' }).click();
  await expect(page).toHaveURL(/\/allies\/colombia\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Colombia');
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Allies' }),
  ).toBeVisible();
});

test('the lead article shows its correction at the top and bottom, each linking the notice', async ({
  page,
}) => {
  await page.goto('/articles/colombia-major-non-nato-ally/');
  const notices = page.getByRole('complementary', { name: 'Correction' });
  await expect(notices).toHaveCount(2);
  await expect(notices.first()).toContainText('9:40');
  await expect(notices.first()).toContainText('ET');
  await notices.last().getByRole('link', { name: 'Read the correction notice' }).click();
  await expect(page).toHaveURL(/\/corrections\/colombia-major-non-nato-ally-2022-03-10\/$/);
  await expect(page.getByRole('heading', { name: 'What was wrong' })).toBeVisible();
});

test('the corrections log links every notice and the article it corrects', async ({ page }) => {
  await page.goto('/corrections/');
  await expect(page.getByRole('link', { name: /March 10, 2022, 9:40/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Colombia/ }).first()).toBeVisible();
});

test('an unknown address answers 404 with links to the main sections', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'Every major non-NATO ally' }).click();
  await expect(page).toHaveURL(/\/allies\/$/);
});
