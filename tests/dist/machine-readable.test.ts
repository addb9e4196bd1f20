/**
 * What machines read, checked over every built page and feed: the one rule for dates (sitemap,
 * feeds, JSON-LD and <time> agree, and a page's lastmod is never before a change it shows), feed
 * channel links in their own language, and the same structured entities in both editions.
 * The checkers are in tests/support/site-checks.ts and tried on broken input in tests/unit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE } from '../../src/settings';
import {
  datedListProblems,
  feedChannelProblems,
  feedItemDateProblems,
  pageDateProblems,
  parityProblems,
  structuredEntities,
} from '../support/site-checks';
import { DIST, loadPages, SITE_URL, type BuiltPage } from './built-site';
import { siteLists } from '../support/fixture-site';

const TZ = SITE.timeZone;
const pages = loadPages();
const byPath = new Map(pages.map((p) => [p.path, p]));

function graphOf(page: BuiltPage): Record<string, unknown>[] {
  const script = page.root.querySelector('script[type="application/ld+json"]');
  if (!script) return [];
  const data = JSON.parse(script.rawText) as { '@graph'?: Record<string, unknown>[] };
  return data['@graph'] ?? [];
}

function sitemapLastmods(): Map<string, string | undefined> {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const out = new Map<string, string | undefined>();
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = readFileSync(join(DIST, new URL(loc ?? '').pathname), 'utf8');
    for (const [, url] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const page = /<loc>([^<]+)<\/loc>/.exec(url ?? '')?.[1];
      if (page) out.set(new URL(page).pathname, /<lastmod>([^<]+)<\/lastmod>/.exec(url ?? '')?.[1]);
    }
  }
  return out;
}

describe('one rule for dates', () => {
  const lastmods = sitemapLastmods();
  test.each([...lastmods.keys()].map((p) => [p]))(
    '%s: lastmod is never before what it shows',
    (path) => {
      const page = byPath.get(path);
      if (!page) throw new Error(`no built page for ${path}`);
      const problems = pageDateProblems(
        {
          lastmod: lastmods.get(path),
          modified: page.root
            .querySelector('meta[name="dcterms.modified"]')
            ?.getAttribute('content'),
          times: page.root
            .querySelectorAll('time[datetime]')
            .map((t) => [t.getAttribute('datetime') ?? '', t.text.trim()] as const),
          structured: graphOf(page).map((n) => ({
            type: String(n['@type']),
            ...(typeof n['datePublished'] === 'string'
              ? { datePublished: n['datePublished'] }
              : {}),
            ...(typeof n['dateModified'] === 'string' ? { dateModified: n['dateModified'] } : {}),
          })),
        },
        TZ,
      );
      expect(problems, `dates on ${path}`).toEqual([]);
    },
  );
});

describe('chronologies read in date order', () => {
  test.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
    const problems = page.root.querySelectorAll('main ol, main ul').flatMap((list) => {
      const items = list.childNodes.filter(
        (n): n is typeof list => 'tagName' in n && (n as typeof list).tagName === 'LI',
      );
      // A chronology leads each item with its date ("July 21, 1996 · …"); a source list, whose
      // dates come last, is in order of citation or title instead.
      const dated = items.map((li) => {
        const time = li.querySelector('time[datetime]');
        return time && li.text.trim().startsWith(time.text.trim()) ? time : null;
      });
      if (items.length < 2 || dated.some((t) => !t)) return [];
      return datedListProblems(
        dated.map((t) => [t?.getAttribute('datetime') ?? '', t?.text.trim() ?? ''] as const),
        TZ,
      ).map((p) => `a list ${p}`);
    });
    expect(problems, `lists on ${path}`).toEqual([]);
  });
});

/** Every feed the build wrote: the site's stories and corrections, each topic's and each ally's. */
const FEEDS = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('rss.xml') && !f.startsWith('pagefind'))
  .map((f) => `/${f.split(sep).join('/')}`)
  .sort();
const SITE_FEEDS = ['/rss.xml', '/es/rss.xml', '/corrections/rss.xml', '/es/corrections/rss.xml'];

test('the build wrote the site’s feeds and one per topic and per ally, in each language', () => {
  for (const feed of SITE_FEEDS) expect(FEEDS).toContain(feed);
  for (const kind of ['topics', 'allies']) {
    const own = pages.filter((p) => new RegExp(`^(/es)?/${kind}/[^/]+/$`).test(p.path));
    expect(own.length, kind).toBeGreaterThan(0);
    for (const page of own) expect(FEEDS, page.path).toContain(`${page.path}rss.xml`);
  }
});

describe.each(FEEDS.map((f) => [f]))('the feed %s', (feed) => {
  const xml = readFileSync(join(DIST, feed), 'utf8');
  const channel = xml.slice(0, xml.indexOf('<item>') === -1 ? undefined : xml.indexOf('<item>'));
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
    link: /<link>([^<]+)<\/link>/.exec(item ?? '')?.[1] ?? '',
    pubDate: /<pubDate>([^<]+)<\/pubDate>/.exec(item ?? '')?.[1] ?? '',
  }));

  test('links its channel to its own page, in its own language', () => {
    const link = /<link>([^<]+)<\/link>/.exec(channel)?.[1];
    expect(feedChannelProblems(new URL(feed, SITE_URL).href, link)).toEqual([]);
  });

  test(`carries at most the newest ${siteLists().feedItems} items, and its page advertises it`, () => {
    expect(items.length).toBeLessThanOrEqual(siteLists().feedItems);
    const page = byPath.get(new URL('./', new URL(feed, SITE_URL)).pathname);
    const advertised = page?.root
      .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
      .map((l) => l.getAttribute('href'));
    expect(advertised, `the page beside ${feed}`).toContain(feed);
  });

  test('dates each item at the instant its page says it was published', () => {
    if (SITE_FEEDS.includes(feed)) expect(items.length).toBeGreaterThan(0);
    const problems = items.flatMap((item) => {
      const page = byPath.get(new URL(item.link).pathname);
      if (!page) return [`${item.link}: no such page`];
      const published = feed.includes('corrections')
        ? // A correction's page shows when it was issued, to the minute.
          page.root.querySelector('main time[datetime]')?.getAttribute('datetime')
        : graphOf(page).find((n) => typeof n['datePublished'] === 'string')?.['datePublished'];
      return feedItemDateProblems(item, published as string | undefined, TZ);
    });
    expect(problems, `items of ${feed}`).toEqual([]);
  });
});

describe('both editions give machines the same entities', () => {
  const english = pages.filter((p) => p.path !== '/404.html' && !p.path.startsWith('/es/'));
  test.each(english.map((p) => [p.path, p] as const))('%s and its Spanish twin', (path, page) => {
    const twin = byPath.get(`/es${path}`);
    expect(twin, `no Spanish page for ${path}`).toBeDefined();
    if (!twin) return;
    const problems = parityProblems(
      structuredEntities(graphOf(page), SITE_URL, 'en'),
      structuredEntities(graphOf(twin), SITE_URL, 'es'),
    );
    expect(problems, `structured data of /es${path} against ${path}`).toEqual([]);
  });
});
