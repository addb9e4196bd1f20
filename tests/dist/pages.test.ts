import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../src/settings';
import {
  fileOfPath,
  isFallbackPage,
  loadPages,
  SITE_URL,
  sitemapLocations,
  type BuiltPage,
} from './built-site';
import { siteLists } from '../support/fixture-site';

const pages = loadPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const NOT_FOUND = '/404.html';
const indexable = pages.filter((p) => p.path !== NOT_FOUND);

test('the build produced the home page, the 404 and every route', () => {
  const paths = pages.map((p) => p.path);
  for (const expected of ['/', '/allies/', '/corrections/', NOT_FOUND])
    expect(paths).toContain(expected);
  for (const prefix of ['/allies/', '/articles/', '/topics/', '/corrections/']) {
    expect(
      paths.some((p) => p.startsWith(prefix) && p !== prefix),
      `a page under ${prefix}`,
    ).toBe(true);
  }
});

/**
 * The most stories any page may link outside an article's own body: a page of a list, or the
 * newest few. A page that lists every story grows with the archive without bound.
 */
const MOST_STORIES = Math.max(siteLists().pageSize, siteLists().latest);

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page: BuiltPage) => {
  test(`links at most ${MOST_STORIES} stories outside its body, however large the archive`, () => {
    const stories = new Set(
      page.root
        .querySelectorAll('main a[href]')
        .filter((a) => !a.closest('[data-body]'))
        .map((a) => new URL(a.getAttribute('href') ?? '', new URL(page.path, SITE_URL)).pathname)
        .filter((path) => /^(\/es)?\/articles\/[^/]+\/$/.test(path)),
    );
    expect(stories.size, [...stories].join('\n')).toBeLessThanOrEqual(MOST_STORIES);
  });

  test('has exactly one <h1>, a <title>, a description and a known lang', () => {
    expect(page.root.querySelectorAll('h1'), 'number of <h1>').toHaveLength(1);
    expect(page.root.querySelector('title')?.text.trim(), '<title>').toBeTruthy();
    expect(
      page.root.querySelector('meta[name="description"]')?.getAttribute('content'),
      'description',
    ).toBeTruthy();
    expect(LOCALES as readonly string[]).toContain(
      page.root.querySelector('html')?.getAttribute('lang'),
    );
  });

  if (page.path === NOT_FOUND) {
    test('is not indexed and has no canonical URL', () => {
      expect(page.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
        'noindex',
      );
      expect(page.root.querySelector('link[rel="canonical"]')).toBeNull();
    });
  } else {
    test('has a canonical URL equal to its own absolute URL (a fallback: the original’s), ending in /', () => {
      const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const original = isFallbackPage(page) ? page.path.replace(/^\/es\//, '/') : page.path;
      expect(canonical).toBe(new URL(original, SITE_URL).href);
      expect(canonical).toMatch(/\/$/);
    });
  }

  test('every internal link and #fragment resolves', () => {
    const broken: string[] = [];
    for (const a of page.root.querySelectorAll('a[href], link[href]')) {
      const href = a.getAttribute('href') ?? '';
      const url = new URL(href, new URL(page.path, SITE_URL));
      if (url.origin !== new URL(SITE_URL).origin) continue;
      const file = fileOfPath(url.pathname);
      if (!file) {
        broken.push(`${href} (no page at ${url.pathname})`);
        continue;
      }
      if (url.pathname.endsWith('/') === false && !/\.[a-z]+$/.test(url.pathname)) {
        broken.push(`${href} (page links must end in "/")`);
      }
      if (url.hash) {
        const target = byPath.get(url.pathname) ?? page;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!target.root.getElementById(id)) broken.push(`${href} (no element with id "${id}")`);
      }
    }
    expect(broken, `broken links on ${page.path}`).toEqual([]);
  });

  test('runs no script the Content Security Policy has not hashed, and no inline handlers', () => {
    const csp =
      page.root
        .querySelector('meta[http-equiv="content-security-policy"]')
        ?.getAttribute('content') ?? '';
    expect(csp, 'CSP meta tag').toMatch(/script-src/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    // WebAssembly is allowed only where Pagefind runs.
    if (!['/search/', '/es/search/'].includes(page.path))
      expect(csp).not.toContain('wasm-unsafe-eval');
    const offending: string[] = [];
    for (const script of page.root.querySelectorAll('script')) {
      if (script.getAttribute('type') === 'application/ld+json') continue;
      const src = script.getAttribute('src');
      if (src) {
        if (!src.startsWith('/_astro/')) offending.push(`external script ${src}`);
        continue;
      }
      const hash = createHash('sha256').update(script.rawText).digest('base64');
      if (!csp.includes(`'sha256-${hash}'`))
        offending.push(`unhashed inline script: ${script.rawText.slice(0, 60)}`);
    }
    for (const el of page.root.querySelectorAll('*')) {
      for (const name of Object.keys(el.attributes)) {
        if (/^on/i.test(name)) offending.push(`${el.tagName} ${name}=`);
      }
    }
    expect(offending, `scripts on ${page.path}`).toEqual([]);
  });

  test('has no javascript: URLs and loads nothing over plain http', () => {
    const offending: string[] = [];
    for (const el of page.root.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(el.attributes)) {
        if (/^\s*javascript:/i.test(value)) offending.push(`${el.tagName} ${name}="${value}"`);
      }
    }
    // Sub-resources: what the browser fetches by itself (links to http:// pages are allowed).
    const fetched = [
      ...page.root
        .querySelectorAll('script[src], img[src], iframe[src], source[src], audio[src], video[src]')
        .map((el) => el.getAttribute('src')),
      ...page.root
        .querySelectorAll('img[srcset], source[srcset]')
        .map((el) => el.getAttribute('srcset')),
      ...page.root
        .querySelectorAll('link[href]')
        .filter((el) => !['alternate', 'canonical'].includes(el.getAttribute('rel') ?? ''))
        .map((el) => el.getAttribute('href')),
      ...page.root
        .querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')
        .map((el) => el.getAttribute('content')),
    ];
    const site = new URL(SITE_URL);
    for (const url of fetched) {
      if (url && /^http:\/\//i.test(url) && new URL(url).host !== site.host)
        offending.push(`http sub-resource ${url}`);
    }
    expect(offending).toEqual([]);
  });

  test('has no ids used twice', () => {
    const ids = page.root.querySelectorAll('[id]').map((el) => el.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes, `duplicate ids on ${page.path}`).toEqual([]);
  });

  test('marks a link aria-current="page" only when it leads to this very page', () => {
    const wrong = page.root
      .querySelectorAll('a[aria-current="page"]')
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => new URL(href, new URL(page.path, SITE_URL)).pathname !== page.path);
    expect(wrong, 'links marked as the current page that lead elsewhere').toEqual([]);
  });

  test('has no sentences glued together by lost whitespace', () => {
    const text = page.root.querySelector('body')?.structuredText ?? '';
    const glued = text.match(/[a-z\u00e0-\u00ff][.:;,][A-Z][a-z]+/g) ?? [];
    expect(glued, `text on ${page.path} where a space went missing`).toEqual([]);
  });
});

describe('the sitemap', () => {
  const locations = sitemapLocations();

  test('lists exactly the built pages, the 404 and fallback pages excluded', () => {
    const expected = indexable
      .filter((p) => !isFallbackPage(p))
      .map((p) => new URL(p.path, SITE_URL).href)
      .sort();
    expect([...locations].sort()).toEqual(expected);
  });

  test('lists each page once, under its canonical URL', () => {
    expect(new Set(locations).size).toBe(locations.length);
    for (const loc of locations) {
      const page = byPath.get(new URL(loc).pathname);
      expect(page?.root.querySelector('link[rel="canonical"]')?.getAttribute('href'), loc).toBe(
        loc,
      );
    }
  });

  test(`serves English pages without a locale prefix (${DEFAULT_LOCALE} is the default)`, () => {
    expect(locations.some((l) => new URL(l).pathname.startsWith(`/${DEFAULT_LOCALE}/`))).toBe(
      false,
    );
  });
});
