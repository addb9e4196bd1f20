/**
 * `npm run screenshots`: full-page PNGs of one page per page type, at 320, 375 and 1280 CSS px,
 * in the light and dark themes, in English and Spanish, plus the lead article printed to PDF in
 * both languages. For people to look at before a change that alters output lands; nothing here
 * passes or fails. Serves the built dist/ with `astro preview` (run `npm run build` first), or
 * uses the preview server already running on PREVIEW_PORT (default 4321; Astro runs one preview
 * per checkout).
 *
 * Output: test-results/screenshots/<lang>-<page>-<width>-<theme>.png and <lang>-article.pdf.
 * Options: `--only home,article` limits the page types; `--widths 375` the widths; `--fixtures`
 * shoots the awkward-content fixture site instead (built by `npm run build:fixtures`, served on
 * its own port): its fixture pages, the listings they appear in and a search that finds them, into
 * test-results/screenshots/fixtures/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium.ts';
import { PAGE_TYPES } from '../e2e/page-types.ts';
import { FIXTURE_PORT, FIXTURE_SITE_DIR } from '../support/fixture-site.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    widths: { type: 'string' },
    fixtures: { type: 'boolean', default: false },
  },
});
const PROJECT = join(import.meta.dirname, '..', '..');
const ROOT = values.fixtures ? FIXTURE_SITE_DIR : PROJECT;
const OUT = join(PROJECT, 'test-results', 'screenshots', ...(values.fixtures ? ['fixtures'] : []));
const PORT = Number(process.env['PREVIEW_PORT'] ?? (values.fixtures ? FIXTURE_PORT : 4321));
/** The fixture site's own pages, and the listings its titles appear in. */
const FIXTURE_PAGES = [
  ...[
    'longest-title',
    'punctuation',
    'scripts',
    'long-word',
    'heading-collisions',
    'bare',
    'untranslated',
    'table-of-contents',
  ].map((slug) => ({ name: slug, path: `/articles/fixture-${slug}/` })),
  { name: 'fiji', path: '/allies/fiji/' },
  { name: 'correction', path: '/corrections/fixture-punctuation-2022-03-13/' },
  { name: 'home', path: '/' },
  { name: 'allies', path: '/allies/' },
  { name: 'corrections', path: '/corrections/' },
  { name: 'sources', path: '/sources/' },
  { name: 'archive-2', path: '/archive/2/' },
  { name: 'colombia-stories-2', path: '/allies/colombia/stories/2/' },
  // In Spanish, the fixtures that are translated and, marked as English, those that are not.
  { name: 'search', path: '/search/?q=fixture' },
];
const only = values.only?.split(',');
const widths = (values.widths ?? '320,375,1280').split(',').map(Number);
const EXTRA = [
  { name: 'search', path: '/search/?q=colombia' },
  { name: 'data', path: '/data/' },
  { name: 'about', path: '/about/' },
  { name: 'corrections-policy', path: '/corrections-policy/' },
];

if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
  throw new Error('dist/ is missing: run `npm run build` first');
}
mkdirSync(OUT, { recursive: true });

const base = `http://localhost:${PORT}`;
const up = () =>
  fetch(base)
    .then((r) => r.ok)
    .catch(() => false);
const preview = (await up())
  ? undefined
  : spawn(
      process.execPath,
      [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--port', String(PORT)],
      { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
    );
try {
  for (let i = 0; i < 60; i++) {
    if (await up()) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  const pages = (values.fixtures ? FIXTURE_PAGES : [...PAGE_TYPES, ...EXTRA]).filter(
    (p) => !only || only.includes(p.name),
  );
  for (const lang of ['en', 'es'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      for (const { name, path } of pages) {
        const url = base + (lang === 'en' ? path : `/es${path}`);
        for (const width of widths) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(url, { waitUntil: 'networkidle' });
          const file = join(OUT, `${lang}-${name}-${width}-${theme}.png`);
          await page.screenshot({ path: file, fullPage: true });
        }
      }
      if ((!only || only.includes('article')) && theme === 'dark' && !values.fixtures) {
        const article = PAGE_TYPES.find((p) => p.name === 'article');
        if (article) {
          await page.goto(base + (lang === 'en' ? article.path : `/es${article.path}`));
          await page.pdf({ path: join(OUT, `${lang}-article.pdf`), format: 'Letter' });
        }
      }
      await context.close();
    }
  }
  await browser.close();
  console.log(`Screenshots in ${OUT}`);
} finally {
  preview?.kill();
}
