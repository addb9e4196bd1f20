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

test('the main sections are reachable by Tab from the header', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const wanted = ['The story', 'Allies', 'Background', 'Corrections'];
  const reached: string[] = [];
  for (let i = 0; i < 10 && reached.length < wanted.length; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (wanted.includes(name)) reached.push(name);
  }
  expect(reached).toEqual(wanted);
  await nav.getByRole('link', { name: 'Background' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/topics\/$/);
});

test('breadcrumbs lead back up the site by keyboard', async ({ page }) => {
  await page.goto('/allies/colombia/');
  const crumb = page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Allies' });
  await crumb.focus();
  await expect(crumb).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/allies\/$/);
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumb' }).getByText('Every major non-NATO ally'),
  ).toHaveAttribute('aria-current', 'page');
});
