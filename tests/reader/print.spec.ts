import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { measurePrint } from '../support/reader/print';
import { READER_PAGES } from './pages';

/**
 * Every page printed by a reader who reads in the dark theme: dark ink on white, full link
 * addresses, no box split across pages. The article is also printed to PDF by
 * `npm run screenshots` for people to look at.
 */
for (const { path } of READER_PAGES.filter((p) => !p.ready)) {
  test(`${path} prints legibly from the dark theme, with full link addresses`, async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto(path);
    const contrast = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    const report = await page.evaluate(measurePrint);
    expect(
      {
        contrast: contrast.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
        ...report,
      },
      `${path} on paper`,
    ).toEqual({ contrast: [], links: [], boxes: [] });
  });
}
