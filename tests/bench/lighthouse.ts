/**
 * `npm run bench:lighthouse`: Lighthouse (mobile settings, the default) over the built site served
 * by `astro preview`, for the home page, /allies/, an ally page, the lead article and a topic.
 * Prints a Markdown table of the four category scores plus LCP, CLS and total bytes. A benchmark,
 * not a test: the npm script builds first; it never fails on a low score.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PORT = 4322;
const PAGES = [
  '/',
  '/allies/',
  '/allies/colombia/',
  '/articles/colombia-major-non-nato-ally/',
  '/topics/plan-colombia/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
  throw new Error('dist/ is missing: run `npm run build` first');
}

const preview = spawn(
  process.execPath,
  [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--port', String(PORT)],
  { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
const base = `http://localhost:${PORT}`;
for (let i = 0; i < 60; i++) {
  if (
    await fetch(base)
      .then((r) => r.ok)
      .catch(() => false)
  )
    break;
  await new Promise((r) => setTimeout(r, 500));
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROME_PATH'] ?? chromiumExecutable(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const rows: string[] = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
    const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? 0;
    rows.push(
      `| \`${path}\` | ${CATEGORIES.map(score).join(' | ')} | ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s | ${audit('cumulative-layout-shift').toFixed(3)} | ${(audit('total-byte-weight') / 1024).toFixed(1)} KB |`,
    );
  }
} finally {
  chrome.kill();
  preview.kill();
}

console.log(
  [
    '| Page | Performance | Accessibility | Best practices | SEO | LCP | CLS | Total bytes |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n'),
);
