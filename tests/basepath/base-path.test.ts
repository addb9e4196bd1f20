/**
 * A GitHub Pages project site is served under a path (https://<user>.github.io/<repo>/). A copy
 * of the project is built for http://localhost:<port>/allies-beyond-nato/ and served by
 * `astro preview`, which serves it under that path only, as GitHub Pages would: a link or asset
 * that leaves the path finds nothing. Then, in Chromium, every page in the sitemap: its
 * stylesheets apply, its scripts run without a console error or CSP violation, and every URL it
 * names (links, assets, social cards, feeds, sitemaps, alternates) answers 200 under the path;
 * search loads Pagefind's bundles and finds pages; the 404 page has its styles at any depth. One
 * topic's translation is left out of the copy, so the Spanish search page also loads the English
 * bundle and lists that original, opening its Spanish fallback page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import pLimit from 'p-limit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { urlsOutsideBase, ownUrls, isUnderBase, type Served } from '../support/base-path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { build, buildEnv, copyProject, removeCopies } from '../support/project-copy';

const BASE = '/allies-beyond-nato/';
/** The topic left untranslated in the copy: Spanish search finds its English original. */
const UNTRANSLATED = 'plan-colombia';

/** A port the system says is free now, for the preview server and the URLs built for it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, 'localhost', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

let dir = '';
let served: Served = { origin: '', base: BASE };
let siteUrl = '';
let preview: ChildProcess | undefined;
let previewLog = '';
let browser: Browser | undefined;

/** Starts `astro preview` in the copy, with the build's SITE_URL (it reads `base` from it). */
async function startPreview(port: number): Promise<void> {
  preview = spawn('npm', ['run', '--silent', 'preview', '--', '--port', String(port)], {
    cwd: dir,
    env: { ...buildEnv(), SITE_URL: siteUrl },
    detached: true,
  });
  preview.stdout?.on('data', (d: Buffer) => (previewLog += d.toString()));
  preview.stderr?.on('data', (d: Buffer) => (previewLog += d.toString()));
  for (let waited = 0; waited < 30_000; waited += 250) {
    if (preview.exitCode !== null) break;
    const answer = await fetch(siteUrl).catch(() => undefined);
    if (answer) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`astro preview did not answer at ${siteUrl}:\n${previewLog}`);
}

beforeAll(async () => {
  const port = await freePort();
  served = { origin: `http://localhost:${port}`, base: BASE };
  siteUrl = `${served.origin}${BASE}`;
  dir = copyProject('basepath-');
  rmSync(join(dir, 'content', 'topics', 'es', `${UNTRANSLATED}.mdx`));
  const { status, output } = build(dir, { SITE_URL: siteUrl });
  expect(status, output.split('\n').slice(-30).join('\n')).toBe(0);
  await startPreview(port);
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  // npm runs astro in its own process group (detached): end the group, not just npm.
  if (preview?.pid && preview.exitCode === null) process.kill(-preview.pid, 'SIGTERM');
  removeCopies();
});

test('no built page, feed, sitemap or data file points at the domain outside /allies-beyond-nato/', () => {
  const dist = join(dir, 'dist');
  const kinds = new Set(['.html', '.xml', '.json', '.txt', '.css', '.webmanifest']);
  const files = walk(dist).filter(
    (f) => kinds.has(extname(f)) && !f.startsWith(join(dist, 'pagefind')),
  );
  expect(files.length, 'files read').toBeGreaterThan(50);
  // The print stylesheet's --site-url is the origin alone, by design: it is printed before the
  // site's root-relative links, which carry the base themselves (src/styles/global.css, print).
  const printOrigin = `--site-url:${JSON.stringify(served.origin)}`;
  const outside = files.flatMap((file) =>
    urlsOutsideBase(readFileSync(file, 'utf8').replaceAll(printOrigin, ''), served).map(
      (url) => `${file.slice(dist.length)}: ${url}`,
    ),
  );
  expect(outside, 'URLs that leave the base path').toEqual([]);
});

/** What went wrong while a page loaded: console errors (CSP violations too), failures. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
  // The page's own status is checked by each test; this watches what the page loads.
  page.on('response', (r) => {
    const own = r.request().isNavigationRequest() && r.frame() === page.mainFrame();
    if (r.status() >= 400 && !own) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** Every URL the page names in markup: links, assets, srcsets, social images, alternates. */
function namedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls: string[] = [];
    const add = (value: string | null) => {
      if (value) urls.push(new URL(value.trim(), document.baseURI).href);
    };
    const pairs = [
      ['a[href]', 'href'],
      ['link[href]', 'href'],
      ['script[src]', 'src'],
      ['img[src]', 'src'],
      ['source[src]', 'src'],
      ['iframe[src]', 'src'],
      ['form[action]', 'action'],
      ['meta[property^="og:"][content^="http"]', 'content'],
      ['meta[name^="twitter:"][content^="http"]', 'content'],
    ] as const;
    for (const [selector, attribute] of pairs) {
      for (const el of document.querySelectorAll(selector)) add(el.getAttribute(attribute));
    }
    for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
        add(candidate.trim().split(/\s+/)[0] ?? null);
      }
    }
    return urls;
  });
}

/** The styles that differ between a bare page and a styled one, as Chromium computes them. */
function lookOf(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const html = getComputedStyle(document.documentElement);
    const body = getComputedStyle(document.body);
    return {
      'html font-size': html.fontSize,
      'body font-family': body.fontFamily,
      'body colour': body.color,
      'html background': html.backgroundColor,
    };
  });
}

describe('served by astro preview under /allies-beyond-nato/', () => {
  /** Every own URL seen, without its fragment; each must answer 200 (checked at the end). */
  const seen = new Map<string, string>();
  let bare: Record<string, string> = {};

  function note(url: string, where: string) {
    const u = new URL(url, siteUrl);
    if (u.origin !== served.origin) return;
    u.hash = '';
    if (!seen.has(u.href)) seen.set(u.href, where);
  }

  async function styleProblems(page: Page): Promise<string[]> {
    const look = await lookOf(page);
    return Object.entries(look)
      .filter(([name, value]) => bare[name] === value)
      .map(([name, value]) => `unstyled: ${name} is the browser default (${value})`);
  }

  beforeAll(async () => {
    const page = await browser!.newPage();
    await page.setContent('<!doctype html><html><body><p>x</p></body></html>');
    bare = await lookOf(page);
    await page.close();
  });

  test('the server answers only under the base, so a link that leaves it would fail', async () => {
    expect((await fetch(siteUrl)).status).toBe(200);
    expect((await fetch(`${served.origin}/`)).status).toBe(404);
  });

  test('every page in the sitemap loads styled, without errors, naming only URLs under the base', async () => {
    const answer = await fetch(`${siteUrl}sitemap-index.xml`);
    expect(answer.status, 'the sitemap index under the base').toBe(200);
    const sitemaps = ownUrls(await answer.text(), served.origin);
    expect(sitemaps.length, 'sitemaps in the index').toBeGreaterThan(0);
    const pages = new Set<string>();
    for (const sitemap of sitemaps) {
      note(sitemap, 'sitemap-index.xml');
      const xml = await (await fetch(sitemap)).text();
      for (const url of ownUrls(xml, served.origin)) note(url, sitemap);
      for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) pages.add(m[1] ?? '');
    }
    expect(pages.size, 'pages in the sitemap').toBeGreaterThan(50);
    const robots = await (await fetch(`${siteUrl}robots.txt`)).text();
    for (const url of ownUrls(robots, served.origin)) note(url, 'robots.txt');

    const problems: string[] = [];
    const limit = pLimit(4);
    await Promise.all(
      [...pages].map((url) =>
        limit(async () => {
          const page = await browser!.newPage();
          const seenHere = watch(page);
          const response = await page.goto(url, { waitUntil: 'load' });
          if (response?.status() !== 200) seenHere.push(`HTTP ${response?.status()}`);
          // Astro finds a page's language in its path: under the base, /es/ must still be Spanish.
          const lang = new URL(url).pathname.startsWith(`${BASE}es/`) ? 'es' : 'en';
          const declared = await page.getAttribute('html', 'lang');
          if (declared !== lang) seenHere.push(`<html lang="${declared}">, expected "${lang}"`);
          seenHere.push(...(await styleProblems(page)));
          for (const named of await namedUrls(page)) note(named, url);
          await page.close();
          problems.push(...seenHere.map((p) => `${url}: ${p}`));
        }),
      ),
    );
    expect(problems, 'pages with problems').toEqual([]);

    // Feeds, data files and sitemaps name URLs too: follow them one level.
    for (const [url] of [...seen]) {
      if (/\.(xml|json|csv)$/.test(new URL(url).pathname)) {
        const text = await (await fetch(url)).text();
        for (const named of ownUrls(text, served.origin)) note(named, url);
      }
    }
    const outside = [...seen].filter(([url]) => !isUnderBase(url, served));
    expect(
      outside.map(([url, where]) => `${url} (on ${where})`),
      'outside the base',
    ).toEqual([]);
    const broken: string[] = [];
    await Promise.all(
      [...seen].map(([url, where]) =>
        limit(async () => {
          const answer = await fetch(url, { redirect: 'manual' });
          if (answer.status !== 200) broken.push(`${url}: ${answer.status} (on ${where})`);
        }),
      ),
    );
    expect(broken, 'URLs that do not answer 200').toEqual([]);
  }, 120_000);

  test.each([
    ['', 'Colombia'],
    ['es/', 'Colombia'],
  ])(
    'search at %ssearch/ loads Pagefind from under the base and finds pages',
    async (prefix, q) => {
      const page = await browser!.newPage();
      const problems = watch(page);
      const bundle: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('pagefind')) bundle.push(r.url());
      });
      await page.goto(`${siteUrl}${prefix}search/?q=${q}`, { waitUntil: 'load' });
      const results = page.locator('[data-search-results] li a');
      await results.first().waitFor({ timeout: 15_000 });
      const hrefs = await results.evaluateAll((links) =>
        links.map((a) => (a as HTMLAnchorElement).href),
      );
      expect(bundle.length, 'Pagefind requests').toBeGreaterThan(0);
      // Each edition's own bundle; the Spanish page also the English one, for the original it
      // lists, which opens as the Spanish fallback page, under the base.
      const bundles = new Set(bundle.map((url) => /\/pagefind\/([^/]+)\//.exec(url)?.[1]));
      expect([...bundles].sort(), 'bundles loaded').toEqual(prefix ? ['en', 'es'] : ['en']);
      if (prefix) {
        const original = page.locator('[data-search-results] li a[lang="en"]');
        await expect
          .poll(() => original.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
          .toEqual([`${siteUrl}es/topics/${UNTRANSLATED}/`]);
      }
      expect(
        bundle.filter((url) => !isUnderBase(url, served)),
        'Pagefind outside the base',
      ).toEqual([]);
      expect(
        hrefs.filter((url) => !isUnderBase(url, served)),
        'results outside the base',
      ).toEqual([]);
      const statuses = await Promise.all(hrefs.map(async (h) => [h, (await fetch(h)).status]));
      expect(
        statuses.filter(([, s]) => s !== 200),
        'results that do not answer 200',
      ).toEqual([]);
      // A filter re-runs the search and keeps it in the address and the language switch, under
      // the base.
      await page.locator('input[name="type"][value="Country"]').check();
      await page.waitForURL(/type=Country/);
      expect(new URL(page.url()).pathname).toBe(`${BASE}${prefix}search/`);
      const other = await page
        .locator('a[data-language-switch]')
        .evaluate((a) => (a as HTMLAnchorElement).href);
      expect(other).toMatch(new RegExp(`^${siteUrl}(es/)?search/\\?q=${q}&type=Country$`));
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  test('the 404 page served for a missing URL deep under the base is styled and links home', async () => {
    const page = await browser!.newPage();
    const problems = watch(page);
    const response = await page.goto(`${siteUrl}no/such/page/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    // Chromium reports the page's own 404 status as a console error; nothing else may be one.
    const own = (p: string) =>
      p.startsWith('console: Failed to load resource') && p.endsWith(`(${page.url()})`);
    expect(problems.filter((p) => !own(p))).toEqual([]);
    expect(await styleProblems(page)).toEqual([]);
    // Its own #main skip link points at the missing address itself; every other link must work.
    const links = (await namedUrls(page)).filter(
      (u) => new URL(u).origin === served.origin && u.split('#')[0] !== page.url(),
    );
    expect(
      links.filter((url) => !isUnderBase(url, served)),
      'links outside the base',
    ).toEqual([]);
    const statuses = await Promise.all(
      links.map(async (u) => [u, (await fetch(u.split('#')[0]!, { redirect: 'manual' })).status]),
    );
    expect(
      statuses.filter(([, s]) => s !== 200),
      'links that do not answer 200',
    ).toEqual([]);
    const home = page.getByRole('link', { name: 'Allies Beyond NATO', exact: true }).first();
    expect(await home.getAttribute('href')).toBe(BASE);
    await page.close();
  });
});
