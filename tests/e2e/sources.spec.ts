/**
 * What a reader sees of the sources behind Colombia's designation: the notice to Congress as its
 * own step, and TASS marked as state media where it is listed, in both editions.
 */
import { expect, test } from '@playwright/test';

const EDITIONS = [
  {
    path: '/allies/colombia/',
    notice: 'Congress notified',
    date: 'April 21, 2022',
    credit: 'TASS, Russian state media',
  },
  {
    path: '/es/allies/colombia/',
    notice: 'Notificación al Congreso',
    date: '21 de abril de 2022',
    credit: 'TASS, medio estatal ruso',
  },
] as const;

for (const edition of EDITIONS) {
  test(`Colombia’s page shows the notice to Congress and marks TASS as state media (${edition.path})`, async ({
    page,
  }) => {
    await page.goto(edition.path);
    const notice = page.getByRole('listitem').filter({ hasText: edition.notice });
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(edition.date);
    const tass = page.getByRole('listitem').filter({
      has: page.getByRole('link', { name: 'US designates Colombia as major non-NATO ally' }),
    });
    await expect(tass).toContainText(edition.credit);
    // The mark is set apart from the names, in bold, so it is seen, not only read.
    await expect(tass.getByText(edition.credit.split(', ')[1]!, { exact: true })).toHaveCSS(
      'font-weight',
      '600',
    );
  });
}

test('the list of every source marks state media in each edition', async ({ page }) => {
  for (const [path, words] of [
    ['/sources/', 'Chinese state media'],
    ['/es/sources/', 'medio estatal chino'],
  ] as const) {
    await page.goto(path);
    const xinhua = page.getByRole('listitem').filter({ hasText: 'Xinhua' });
    await expect(xinhua, path).toContainText(words);
  }
});
