import { expect, test } from '@playwright/test';

test('the before/after view marks changes in words and shape, not colour alone', async ({
  page,
}) => {
  await page.goto('/corrections/colombia-major-non-nato-ally-2022-03-10/');
  const deleted = page.locator('del').first();
  const inserted = page.locator('ins').first();
  await expect(deleted).toContainText('[deleted:');
  await expect(inserted).toContainText('[inserted:');
  expect(await deleted.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain(
    'line-through',
  );
  expect(await inserted.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain(
    'underline',
  );
  await expect(
    page.getByText('Deleted words are struck through; inserted words are underlined.'),
  ).toBeVisible();
});

test('the correction notice gives its time in Eastern Time and what is right', async ({ page }) => {
  await page.goto('/corrections/colombia-major-non-nato-ally-2022-03-10/');
  await expect(page.getByText('March 10, 2022, 9:40 p.m. ET').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What is right' })).toBeVisible();
  await expect(page.getByText(/no security guarantee or defense commitment/).first()).toBeVisible();
});

test('an article offers its citation in three styles as plain, selectable text', async ({
  page,
}) => {
  await page.goto('/articles/colombia-major-non-nato-ally/');
  const cite = page.getByRole('region', { name: 'Cite this page' });
  await expect(cite.getByText('APA')).toBeVisible();
  await expect(cite.getByText('MLA')).toBeVisible();
  await expect(cite.getByText('Chicago')).toBeVisible();
  await expect(cite).toContainText(
    '(2022, March 10). Biden says he will make Colombia a major non-NATO ally.',
  );
  await expect(
    page.getByRole('navigation', { name: 'Share this page' }).getByRole('link'),
  ).toHaveCount(6);
});
