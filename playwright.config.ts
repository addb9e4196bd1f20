import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/support/chromium';
import { FIXTURE_PORT, FIXTURE_SITE_DIR } from './tests/support/fixture-site';

/**
 * Playwright runs over the built site served by `astro preview`. Its own Chromium is used when
 * installed; otherwise Debian's /usr/bin/chromium (browsers cannot be downloaded here).
 *
 * Two projects share the server:
 * - e2e (tests/e2e): reader journeys, one spec per feature, and axe on every URL;
 * - reader (tests/reader): the reader-view tier, every check over every built page of both
 *   editions, as Chromium renders it (reflow, visible text, SVG labels, footnotes, map targets,
 *   focus, print).
 * PREVIEW_PORT picks another port, so two checkouts can run their tests side by side.
 * FIXTURE_SITE=1 serves the awkward-content fixture site's build instead (`npm run
 * test:fixtures`, tests/support/fixture-site.ts), on its own port.
 */
const FIXTURES = process.env['FIXTURE_SITE'] === '1';
const PORT = Number(process.env['PREVIEW_PORT'] ?? (FIXTURES ? FIXTURE_PORT : 4321));

export default defineConfig({
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: ['e2e', 'reader'].map((name) => ({
    name,
    testDir: `tests/${name}`,
    use: {
      ...devices['Desktop Chrome'],
      launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    },
  })),
  webServer: {
    // Playwright owns this server's life. --ignore-lock: Astro's one-preview-per-checkout lock
    // names the previous tier's server while it is still exiting, and then refuses to start
    // (seen in CI between the e2e and reader tiers); Playwright itself checks the port is free.
    command: `npm run preview -- --port ${PORT} --host localhost --ignore-lock`,
    ...(FIXTURES ? { cwd: FIXTURE_SITE_DIR } : {}),
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
