/**
 * How every browser in this repo is launched: Playwright's own Chromium when it is installed,
 * otherwise Debian's /usr/bin/chromium (browsers cannot be downloaded here), with flags that
 * keep it quiet and offline in CI. Used by playwright.config.ts, tests and benchmarks.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium binary to launch. */
export function chromiumExecutable(): string {
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? bundled : '/usr/bin/chromium';
}
