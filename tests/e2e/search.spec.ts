import { expect, test, type Page } from '@playwright/test';
import { countryFiles } from '../support/content-files';

async function search(page: Page, query: string) {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search articles, background and allies' });
  await box.fill(query);
  await box.press('Enter');
  await expect(page.getByRole('status')).toContainText(`for “${query}”`);
  return page.getByRole('list', { name: 'Search results' });
}

test('searching "Duque" finds the lead article and the elections background', async ({ page }) => {
  const results = await search(page, 'Duque');
  await expect(
    results.getByRole('link', { name: 'Biden says he will make Colombia a major non-NATO ally' }),
  ).toBeVisible();
  await expect(results.getByRole('link', { name: /Colombia’s 2022 elections/ })).toBeVisible();
});

test('searching "Plan Colombia" finds its background page first', async ({ page }) => {
  const results = await search(page, 'Plan Colombia');
  await expect(results.getByRole('link').first()).toHaveText(
    'Plan Colombia, and the U.S. money behind it',
  );
});

// A newcomer types the acronym or the term: the explainer, whose Key points box introduces
// both, comes first (its box is weighted for search), in each edition.
for (const query of ['MNNA', 'major non-NATO ally']) {
  test(`searching "${query}" finds the explainer first`, async ({ page }) => {
    const results = await search(page, query);
    await expect(results.getByRole('link').first()).toHaveText(
      'What major non-NATO ally status means',
    );
  });
}

test('the type filter narrows results to ally pages, and results are reachable by keyboard', async ({
  page,
}) => {
  await page.goto('/search/');
  await page.getByRole('radio', { name: 'Allies' }).check();
  const box = page.getByRole('searchbox', { name: 'Search articles, background and allies' });
  await box.fill('Title 22');
  await box.press('Enter');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link').first()).toBeVisible();
  for (const name of await results.getByRole('link').allTextContents()) {
    expect(name).not.toMatch(/Biden says|Plan Colombia, and/);
  }
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
});

test('without JavaScript the search page still lists every ally', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(
    page.getByText('Search needs JavaScript. Every ally is listed below.'),
  ).toBeVisible();
  // One link per file in content/countries, each to that ally's page under its name.
  const links = page.getByRole('region', { name: 'Browse every ally' }).getByRole('link');
  const countries = countryFiles();
  await expect(links).toHaveCount(countries.length);
  const shown = await links.evaluateAll((as) =>
    as.map((a) => `${a.getAttribute('href')} ${a.textContent?.trim()}`),
  );
  expect(shown.sort()).toEqual(countries.map((c) => `/allies/${c.slug}/ ${c.name}`).sort());
  await context.close();
});

test('the topic filter keeps results to pages filed under that topic', async ({ page }) => {
  await page.goto('/search/');
  await page
    .getByRole('combobox', { name: 'On the topic' })
    .selectOption('Plan Colombia, and the U.S. money behind it');
  const box = page.getByRole('searchbox', { name: 'Search articles, background and allies' });
  await box.fill('Colombia');
  await box.press('Enter');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(
    results.getByRole('link', { name: 'Plan Colombia, and the U.S. money behind it' }),
  ).toBeVisible();
  await expect(results.getByRole('link', { name: /Colombia’s 2022 elections/ })).toHaveCount(0);
});
