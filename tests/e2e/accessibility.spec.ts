import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagesToVisit } from './site-urls';

/** WCAG 2.2 level A and AA rules, as axe-core tags them. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const paths = [...pagesToVisit(), '/this-page-does-not-exist/'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of paths) {
    test(`${path} has no WCAG 2.2 AA violations in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary, `axe violations on ${path} (${colorScheme})`).toEqual([]);
    });
  }
}
