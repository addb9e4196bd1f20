/**
 * Long lists are split into numbered pages, and no page that lists stories grows with the archive.
 */
import { describe, expect, test } from 'vitest';
import { generatePaginateFunction } from '../../node_modules/astro/dist/core/render/paginate.js';
import { pageCount, pageOf } from '../../src/lib/pagination';
import { feedPath, pathTo } from '../../src/lib/paths';
import { feedChannel } from '../../src/route-data/feeds';
import { homeRouteData } from '../../src/route-data/home';
import { correctionsRouteData } from '../../src/route-data/listings';
import { allyRouteData } from '../../src/route-data/ally';
import { archiveRouteData, allyStoriesRouteData } from '../../src/route-data/stories';
import { SITE } from '../../src/settings';
import { article, corpus, correction } from './fixtures';

const ctx = {
  locale: 'en',
  timeZone: 'America/New_York',
  site: 'https://example.org/',
  base: '/',
} as const;
const NO_ATLAS = { features: [], fallback: [] };

/** n stories about Colombia, one a day from 2021-12-01, so they span two years. */
function archive(n: number) {
  const day = (i: number) => new Date(Date.UTC(2021, 11, 1 + i)).toISOString().slice(0, 10);
  return corpus({
    articles: Array.from({ length: n }, (_, i) =>
      article(`story-${i + 1}`, { published: day(i), countries: ['colombia'] }),
    ),
    corrections: Array.from({ length: n }, (_, i) =>
      correction(`fix-${i + 1}`, { article: `story-${i + 1}`, issued: `${day(i)}T12:00:00-05:00` }),
    ),
  });
}

describe('pages of a list', () => {
  test('page n holds the items from (n − 1) × size, and the last page the rest', () => {
    const items = Array.from({ length: 65 }, (_, i) => i + 1);
    expect(pageOf(items, 1, 30)).toMatchObject({ n: 1, last: 3, total: 65, from: 1, to: 30 });
    expect(pageOf(items, 3, 30)).toMatchObject({ items: [61, 62, 63, 64, 65], from: 61, to: 65 });
  });

  test('an empty list still has its page 1, and no list has a page 0 or a page past its last', () => {
    expect(pageOf([], 1, 30)).toMatchObject({ items: [], last: 1, from: 0, to: 0 });
    expect(() => pageOf([1, 2], 2, 30)).toThrow(RangeError);
    expect(() => pageOf([1, 2], 0, 30)).toThrow(RangeError);
    expect(() => pageCount(10, 0)).toThrow(RangeError);
  });

  test.each([0, 1, 29, 30, 31, 100, 5000])(
    'agrees with Astro’s paginate() on %i items: the same pages, the same items on each',
    (n) => {
      const items = Array.from({ length: n }, (_, i) => i);
      const paginate = generatePaginateFunction(
        {
          params: ['...page'],
          segments: [
            [{ content: 'x', dynamic: false, spread: false }],
            [{ content: '...page', dynamic: true, spread: true }],
          ],
        } as never,
        '/',
        'always',
      );
      const astro = paginate(items, { pageSize: 30 });
      expect(astro).toHaveLength(pageCount(n, 30));
      for (const { props } of astro) {
        expect(pageOf(items, props.page.currentPage, 30).items).toEqual(props.page.data);
      }
    },
  );

  test('page 1 is the list’s own address and page n adds n/', () => {
    expect(pathTo({ page: 'archive' })).toBe('/archive/');
    expect(pathTo({ page: 'archive', n: 2 })).toBe('/archive/2/');
    expect(pathTo({ page: 'archive', year: 2022, n: 1 })).toBe('/archive/2022/');
    expect(pathTo({ page: 'archive', year: 2022, n: 3 }, 'es')).toBe('/es/archive/2022/3/');
    expect(pathTo({ page: 'topic-stories', slug: 'plan-colombia', n: 2 })).toBe(
      '/topics/plan-colombia/stories/2/',
    );
    expect(pathTo({ page: 'ally-stories', slug: 'colombia' })).toBe('/allies/colombia/stories/');
    expect(pathTo({ page: 'corrections', n: 4 })).toBe('/corrections/4/');
    expect(() => pathTo({ page: 'archive', year: 22 })).toThrow(/four-digit year/);
  });

  test('feeds sit beside the lists they carry', () => {
    expect(feedPath({ feed: 'stories' })).toBe('/rss.xml');
    expect(feedPath({ feed: 'corrections' }, 'es')).toBe('/es/corrections/rss.xml');
    expect(feedPath({ feed: 'topic', slug: 'plan-colombia' })).toBe(
      '/topics/plan-colombia/rss.xml',
    );
    expect(feedPath({ feed: 'ally', slug: 'colombia' }, 'es')).toBe('/es/allies/colombia/rss.xml');
  });
});

describe('an archive of 100 stories', () => {
  const all = archive(100);
  const { latest, pageSize, feedItems } = SITE.lists;

  test('the home page lists the newest stories and links the archive with its size', () => {
    const home = homeRouteData(all, NO_ATLAS, ctx);
    expect([home.lead, ...home.others].map((l) => l?.href)).toEqual(
      Array.from({ length: latest }, (_, i) => `/articles/story-${100 - i}/`),
    );
    expect(home.archive).toEqual({ href: '/archive/', label: 'All articles, by year' });
  });

  test('the archive is split into pages, newest first, each linked to the pages beside it', () => {
    const second = archiveRouteData(all, { page: 'archive', n: 2 }, ctx);
    expect(second.stories[0]?.href).toBe(`/articles/story-${100 - pageSize}/`);
    expect(second.stories).toHaveLength(pageSize);
    expect(second.pager).toMatchObject({ n: 2, last: 4, newer: '/archive/', older: '/archive/3/' });
    expect(second.head).toMatchObject({ prev: '/archive/', next: '/archive/3/' });
    expect(second.title).toBe('All articles, page 2 of 4');
    expect(second.head.description).toBe(
      'Every article we have published, newest first. Page 2 of 4.',
    );
    expect(second.crumbs.map((c) => c.label)).toEqual(['Home', 'All articles', second.title]);
    const yearPage = archiveRouteData(all, { page: 'archive', year: 2021, n: 2 }, ctx);
    expect(yearPage.crumbs.map((c) => c.label)).toEqual([
      'Home',
      'All articles',
      'Articles from 2021',
      'Articles from 2021, page 2 of 2',
    ]);
    expect(second.showing).toBe('Articles 31 to 60 of 100, newest first.');
    expect(second.years.map((y) => y.label)).toEqual(['2022', '2021']);
  });

  test('a year’s archive holds that year’s stories only', () => {
    const y2021 = archiveRouteData(all, { page: 'archive', year: 2021 }, ctx);
    expect(y2021.stories.map((s) => s.published.iso.slice(0, 4))).toEqual(
      Array(31).fill('2021').slice(0, pageSize),
    );
    expect(y2021.pager.last).toBe(2);
  });

  test('a list that fits on one page says how many it holds, and is linked only when it holds more than the page shows', () => {
    const few = archive(3);
    expect(archiveRouteData(few, { page: 'archive' }, ctx).showing).toBe(
      '3 articles, newest first.',
    );
    const colombia = few.countries.find((c) => c.id === 'colombia')!;
    expect(allyRouteData(few, NO_ATLAS, colombia, ctx).allArticles).toBeUndefined();
  });

  test('an ally page shows the newest stories and links all of them and their feed', () => {
    const colombia = all.countries.find((c) => c.id === 'colombia')!;
    const view = allyRouteData(all, NO_ATLAS, colombia, ctx);
    expect(view.articles).toHaveLength(latest);
    expect(view.allArticles).toMatchObject({ href: '/allies/colombia/stories/', count: 100 });
    expect(view.feed.href).toBe('/allies/colombia/rss.xml');
    const last = allyStoriesRouteData(
      all,
      colombia,
      { page: 'ally-stories', slug: 'colombia', n: 4 },
      ctx,
    );
    expect(last.stories).toHaveLength(100 - 3 * pageSize);
    expect(last.head.next).toBeUndefined();
  });

  test('the corrections log is split into pages', () => {
    const log = correctionsRouteData(all, { page: 'corrections', n: 4 }, ctx);
    expect(log.corrections).toHaveLength(100 - 3 * pageSize);
    expect(log.title).toBe('Corrections, page 4 of 4');
  });

  test('every feed carries the newest items only', () => {
    for (const feed of [
      { feed: 'stories' },
      { feed: 'corrections' },
      { feed: 'ally', slug: 'colombia' },
    ] as const) {
      const { items } = feedChannel(feed, all, ctx);
      expect(items, feed.feed).toHaveLength(feedItems);
    }
    expect(feedChannel({ feed: 'stories' }, all, ctx).items[0]?.link).toBe(
      'https://example.org/articles/story-100/',
    );
  });
});
