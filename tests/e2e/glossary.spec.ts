import { expect, test } from '@playwright/test';

test('the first “Title 10” of the explainer opens its glossary entry, named for screen readers', async ({
  page,
}) => {
  await page.goto('/topics/what-mnna-status-means/');
  const body = page.locator('[data-body]');
  const links = body.getByRole('link', { name: 'Title 10 (glossary)' });
  await expect(links).toHaveCount(1);
  await expect(links).toHaveText('Title 10');
  await links.click();
  await expect(page).toHaveURL('/glossary/#title-10');
  const entry = page.locator('#title-10');
  await expect(entry).toContainText('Title 10');
  await expect(entry).toBeInViewport();
});

test('a Spanish body links its Spanish words to the Spanish glossary', async ({ page }) => {
  await page.goto('/es/topics/what-mnna-status-means/');
  const link = page
    .locator('[data-body]')
    .getByRole('link', { name: 'aliado principal extra-OTAN (glosario)' });
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL('/es/glossary/#mnna');
  await expect(page.locator('#mnna')).toContainText('aliado principal extra-OTAN');
});

test('the glossary is in the footer, and each term links to where it is explained', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL('/glossary/');
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  const definition = page.locator('dd').filter({ hasText: 'Colombia’s statute for Venezuelan' });
  await definition.getByRole('link').first().click();
  await expect(page).toHaveURL('/topics/venezuelan-migration/');
});
