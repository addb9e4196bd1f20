import { expect, test } from '@playwright/test';

/**
 * The table of contents as a reader uses it: on a phone, opened from one line at the top; on a
 * wide screen, read beside the text; either way, a link takes the reader to its section.
 */
const ARTICLE = '/articles/colombia-major-non-nato-ally/';

test('on a phone, a reader opens the contents and jumps to a section', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(ARTICLE);
  const contents = page.getByRole('navigation', { name: 'On this page' });
  const link = contents.getByRole('link', { name: 'What the status does not give' });
  await expect(link).toBeHidden();
  // The toggle: the list's own label is shown only beside the text, on wide screens.
  await contents.getByText('On this page', { exact: true }).filter({ visible: true }).click();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/#what-the-status-does-not-give$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'What the status does not give' }),
  ).toBeInViewport();
});

test('on a wide screen, the contents are open beside the text and stay in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ARTICLE);
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.getByRole('link', { name: 'Sources', exact: true })).toBeVisible();
  await contents.getByRole('link', { name: 'Qatar, the same day' }).click();
  await expect(page).toHaveURL(/#qatar-the-same-day$/);
  await expect(contents.getByRole('link', { name: 'Cite this page' })).toBeInViewport();
});

test('the Spanish edition names its contents in Spanish and lists its own headings', async ({
  page,
}) => {
  await page.goto(`/es${ARTICLE}`);
  const contents = page.getByRole('navigation', { name: 'En esta página' });
  await expect(contents.getByRole('link', { name: 'Qué no da el estatus' })).toHaveAttribute(
    'href',
    '#qué-no-da-el-estatus',
  );
});

test('a page with fewer than three sections has no contents', async ({ page }) => {
  await page.goto('/corrections/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(2);
  await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
});

test('the contents are left out of a printed page', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
});
