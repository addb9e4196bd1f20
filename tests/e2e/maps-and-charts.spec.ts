import { expect, test } from '@playwright/test';
import { countryFiles } from '../support/content-files';

/** Every country in content/countries: what the map and the table must each show once. */
const countries = countryFiles();

test('every ally on the world map is a link with an accessible name', async ({ page }) => {
  await page.goto('/allies/');
  const map = page.getByRole('group', { name: 'Major non-NATO allies of the United States' });
  await expect(map.getByRole('link')).toHaveCount(countries.length);
  for (const { name } of countries) {
    const named = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `);
    await expect(map.getByRole('link', { name: named }), name).toHaveCount(1);
  }
  await expect(map.getByRole('link', { name: /^Colombia: designated May 23, 2022$/ })).toHaveCount(
    1,
  );
  await expect(map.getByRole('link', { name: /^Bahrain: designated/ })).toHaveCount(1);
  await expect(map.getByRole('link', { name: /^Qatar: designated/ })).toHaveCount(1);
  await expect(map.getByRole('link', { name: /^Afghanistan: .*revoked/ })).toHaveCount(1);
  await expect(map.getByRole('link', { name: /^Taiwan: treated as an ally by law/ })).toHaveCount(
    1,
  );
  await map.getByRole('link', { name: /^Kenya:/ }).click();
  await expect(page).toHaveURL(/\/allies\/kenya\/$/);
});

test('the map on the allies page points to the table that carries the same data', async ({
  page,
}) => {
  await page.goto('/allies/');
  await page.getByRole('link', { name: 'the table of allies' }).click();
  await expect(page.locator('#allies-table')).toBeInViewport();
  await expect(page.locator('#allies-table tbody tr')).toHaveCount(countries.length);
});

for (const path of [
  '/',
  '/allies/',
  '/topics/venezuelan-migration/',
  '/topics/plan-colombia/',
  '/topics/colombia-2022-elections/',
]) {
  test(`every map and chart on ${path} has its data as a table`, async ({ page }) => {
    await page.goto(path);
    const figures = page.locator('figure:has(svg)');
    const count = await figures.count();
    expect(count, 'figures with a drawing').toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const own = await figure.locator('table').count();
      const pointer = await figure.getByRole('link', { name: 'the table of allies' }).count();
      expect(own + pointer, `figure ${i} on ${path} has no table`).toBeGreaterThan(0);
    }
  });
}

test('a chart names its source and the dates its figures describe', async ({ page }) => {
  await page.goto('/topics/venezuelan-migration/');
  const chart = page.getByRole('figure', { name: 'Venezuelans living in Colombia, 2021 to 2024' });
  await expect(chart).toContainText('Source');
  await expect(chart).toContainText('as of December 2022');
  await chart.getByText('Data as a table').click();
  await expect(chart.getByRole('row', { name: /December 2022 2,867,748/ })).toBeVisible();
});
