/**
 * Every page in a real browser: in the light theme it loads cleanly (no console error, a CSP
 * violation being one; no uncaught exception; no request that fails or answers with an error
 * status) and axe finds no WCAG 2.2 AA violation; in the dark theme axe checks it again. Ally
 * pages differ in the dark theme only by their status colour, so one of each status per edition
 * is checked there (darkThemeSample); the light run checks them all.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { countryFiles } from '../support/content-files';
import { darkThemeSample, pagesToVisit } from './site-urls';

/** WCAG 2.2 level A and AA rules, as axe-core tags them. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A missing address: the 404 page as it is served. */
const MISSING = '/this-page-does-not-exist/';
const paths = [...pagesToVisit(), MISSING];
const statuses = new Map(countryFiles().map((c) => [c.slug, c.status]));
const inDark = paths.filter(darkThemeSample(paths, (slug) => statuses.get(slug)));

/** Collects what goes wrong while the page loads: console errors, exceptions, failed requests. */
function loadProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

for (const path of paths) {
  test(`${path} loads cleanly and has no WCAG 2.2 AA violations in the light theme`, async ({
    page,
  }) => {
    const problems = loadProblems(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // The missing page is answered 404 on purpose, which the browser logs as an error.
    if (path !== MISSING) expect(problems, `loading ${path}`).toEqual([]);
    expect(await axeViolations(page), `axe violations on ${path} (light)`).toEqual([]);
  });
}

for (const path of inDark) {
  test(`${path} has no WCAG 2.2 AA violations in the dark theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page), `axe violations on ${path} (dark)`).toEqual([]);
  });
}
