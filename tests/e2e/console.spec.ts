import { expect, test } from '@playwright/test';
import { pagesToVisit } from './site-urls';

/**
 * Every page loads cleanly in a real browser: no console errors (a CSP violation is one), no
 * uncaught exceptions, and no request that fails or answers with an error status.
 */
for (const path of pagesToVisit()) {
  test(`${path} loads with no console errors and no failed requests`, async ({ page }) => {
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
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}
