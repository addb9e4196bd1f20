/**
 * Which stories (articles) a list holds, and in what order: the one rule the lists' pages
 * (src/route-data/stories.ts), their paths (src/data/static-paths.ts), their feeds and their
 * last-modified dates (src/lib/lastmod.ts) all follow. A list holds originals, one per
 * translation key, newest first.
 */
import { byDate, dayOf } from './dates';
import type { Article, Corpus, Topic } from './entry';
import { originals } from './localize';
import type { Route } from './paths';

/** The routes of the pages that list stories. */
export type StoryListRoute = Extract<Route, { page: 'archive' | 'topic-stories' | 'ally-stories' }>;

/** Whether a story is filed under the topic whose translation key is `key`. */
export const filedUnder = (key: string) => (a: Article) => a.data.topics.some((t) => t.id === key);

/** Whether a story or topic is about the country `id`. */
export const about = (id: string) => (entry: Article | Topic) =>
  entry.data.countries.some((c) => c.id === id);

/** The year a story was first published, in the newsroom's time zone. */
export function publishedYear(article: Article, timeZone: string): number {
  return Number(dayOf(article.data.published, timeZone).slice(0, 4));
}

/**
 * Whether a story belongs on the list at `route` (whatever its page): every story in the
 * archive, a year's in that year's archive, a topic's or an ally's in theirs.
 */
export function listedOn(route: StoryListRoute, timeZone: string): (a: Article) => boolean {
  switch (route.page) {
    case 'archive':
      return (a) => route.year === undefined || publishedYear(a, timeZone) === route.year;
    case 'topic-stories':
      return filedUnder(route.slug);
    case 'ally-stories':
      return about(route.slug);
  }
}

/**
 * Lists already made, per articles array (one per corpus load) and list. Every page of a list
 * asks for it twice (its cache key, its render), and other pages show the same list (a topic
 * page its stories, an ally page its); sorting every story again for each page made the route
 * data grow with the square of the archive.
 */
const made = new WeakMap<readonly Article[], Map<string, readonly Article[]>>();

function remembered(
  articles: readonly Article[],
  key: string,
  make: () => Article[],
): readonly Article[] {
  let lists = made.get(articles);
  if (!lists) made.set(articles, (lists = new Map()));
  let list = lists.get(key);
  if (!list) lists.set(key, (list = Object.freeze(make())));
  return list;
}

/**
 * The stories the list at `route` holds (all its pages), newest first: originals, one per
 * translation key, in {@link byDate} order (ties by id). Computed once per corpus and list, and
 * shared: the array is frozen.
 */
export function storiesOn(
  corpus: Corpus,
  route: StoryListRoute,
  timeZone: string,
): readonly Article[] {
  const all = remembered(corpus.articles, `all ${timeZone}`, () =>
    originals(corpus.articles).sort(
      byDate((a) => a.data.published, { newestFirst: true, timeZone }),
    ),
  );
  if (route.page === 'archive' && route.year === undefined) return all;
  const key = route.page === 'archive' ? `${route.year}` : route.slug;
  // Filtering the sorted list keeps its order: the same as sorting what passes.
  return remembered(corpus.articles, `${route.page} ${key} ${timeZone}`, () =>
    all.filter(listedOn(route, timeZone)),
  );
}

/** Every year with a story, newest first. */
export function archiveYears(corpus: Corpus, timeZone: string): number[] {
  const years = new Set(
    storiesOn(corpus, { page: 'archive' }, timeZone).map((a) => publishedYear(a, timeZone)),
  );
  return [...years].sort((a, b) => b - a);
}
