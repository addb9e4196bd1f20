/**
 * How the site works, said on every page of both editions: the footer links the About,
 * Methodology and Corrections policy pages in the page's language and gives the corrections
 * address as a `mailto:` link; every correction notice, correction page and the corrections log
 * give it too; the three pages exist in both languages, in the sitemap; `/data/` describes the
 * open data as a Dataset whose every download is a built file. The checks are in
 * tests/support/open-checks.ts, shown failing on broken pages in tests/unit/open-checks.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { correctionsAddress } from '../../src/lib/contact';
import { hrefTo, pathTo } from '../../src/lib/paths';
import { INFO_PAGES } from '../../src/schemas/info-page';
import { LOCALES, SITE, splitSiteUrl, type Locale } from '../../src/settings';
import {
  correctionPageProblems,
  datasetProblems,
  footerProblems,
  noticeProblems,
  type LdNode,
} from '../support/open-checks';
import { fileOfPath, loadPages, SITE_URL, sitemapLocations } from './built-site';

const pages = loadPages();
const EMAIL = correctionsAddress(SITE.corrections, SITE_URL);
const { base } = splitSiteUrl(SITE_URL);

/** The page's language, from `<html lang>`. */
function localeOf(path: string, lang: string | undefined): Locale {
  const locale = LOCALES.find((l) => l === lang);
  if (!locale) throw new Error(`${path}: <html lang="${lang}"> is not a site locale`);
  return locale;
}

function graphOf(path: string): LdNode[] {
  const page = pages.find((p) => p.path === path);
  const script = page?.root.querySelector('script[type="application/ld+json"]');
  if (!script) throw new Error(`no JSON-LD on ${path}`);
  return (JSON.parse(script.rawText) as { '@graph': LdNode[] })['@graph'];
}

test('the corrections address is the configured mailbox at the host the build was made for', () => {
  expect(EMAIL).toBe(`${SITE.corrections}@${new URL(SITE_URL).hostname}`);
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
  const locale = localeOf(path, page.root.querySelector('html')?.getAttribute('lang'));

  test('its footer links About, Methodology and Corrections policy, and gives the corrections address', () => {
    const links = Object.fromEntries(
      INFO_PAGES.map((slug) => [slug, hrefTo({ page: 'info', slug }, locale, base)]),
    );
    expect(footerProblems(page.root, { links, email: EMAIL })).toEqual([]);
  });

  test('every correction notice on it gives the corrections address', () => {
    expect(noticeProblems(page.root, EMAIL)).toEqual([]);
  });
});

test('the checks above saw correction notices, in both languages', () => {
  for (const locale of LOCALES) {
    const article = pages.find(
      (p) => p.path === pathTo({ page: 'article', slug: 'colombia-major-non-nato-ally' }, locale),
    );
    expect(
      article?.root.querySelectorAll('[data-correction-notice]').length,
      locale,
    ).toBeGreaterThan(0);
  }
});

test('each correction page and the corrections log say how to report an error, in both languages', () => {
  const correctionPages = pages.filter((p) =>
    /^(\/es)?\/corrections\/(?!rss)[^/]+\/$/.test(p.path),
  );
  const logs = pages.filter((p) => /^(\/es)?\/corrections\/$/.test(p.path));
  expect(logs, 'the corrections log in each language').toHaveLength(LOCALES.length);
  expect(correctionPages.length).toBeGreaterThanOrEqual(LOCALES.length);
  for (const page of [...logs, ...correctionPages]) {
    expect(correctionPageProblems(page.root, EMAIL), page.path).toEqual([]);
  }
});

describe.each(INFO_PAGES)('the %s page', (slug) => {
  test.each(LOCALES)('exists in %s, in the sitemap, with its own title', (locale) => {
    const path = pathTo({ page: 'info', slug }, locale);
    const page = pages.find((p) => p.path === path);
    expect(page, path).toBeDefined();
    expect(page?.root.querySelector('html')?.getAttribute('lang')).toBe(locale);
    expect(page?.root.querySelector('h1')?.text.trim()).toBeTruthy();
    expect(sitemapLocations()).toContain(new URL(path.slice(1), SITE_URL).href);
    const types = graphOf(path).map((n) => n['@type']);
    expect(types).toContain(slug === 'about' ? 'AboutPage' : 'WebPage');
    expect(types).toContain('BreadcrumbList');
  });
});

test('the About and Corrections policy pages give the corrections address in their text', () => {
  for (const locale of LOCALES) {
    for (const slug of ['about', 'corrections-policy'] as const) {
      const path = pathTo({ page: 'info', slug }, locale);
      const body = pages.find((p) => p.path === path)?.root.querySelector('[data-body]');
      expect(body?.querySelector(`a[href="mailto:${EMAIL}"]`)?.text, path).toBe(EMAIL);
    }
  }
});

test.each(LOCALES)(
  '/data/ in %s has a valid Dataset whose downloads are all built files',
  (locale) => {
    const path = pathTo({ page: 'data' }, locale);
    expect(datasetProblems(graphOf(path), SITE_URL, (p) => fileOfPath(p) !== undefined)).toEqual(
      [],
    );
  },
);
