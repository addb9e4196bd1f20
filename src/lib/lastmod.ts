/**
 * When each page's content last changed, as `YYYY-MM-DD`, taken from the content itself (an
 * article's latest correction, a country's latest lifecycle event) and never from the build
 * clock. Feeds the sitemap's <lastmod> and each page's dcterms.modified.
 */
import { lastUpdated } from './corrections';
import { startOfPartialDate, dayOf, zoned } from './dates';
import type { Corpus, Country } from './entry';
import { byId } from './lookup';
import type { Route } from './paths';

function latest(days: readonly (string | undefined)[]): string | undefined {
  return days
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
}

/** The latest lifecycle date of a country, by its first possible day (so "2026" is not December). */
function countryDay(country: Country): string | undefined {
  return latest(country.data.lifecycle.map((e) => startOfPartialDate(e.date)));
}

export function lastModified(route: Route, corpus: Corpus, timeZone: string): string | undefined {
  const article = (id: string) => byId(corpus.articles).get(id);
  const articleDay = (id: string) => {
    const a = article(id);
    if (!a) return undefined;
    return dayOf(lastUpdated(a, corpus.corrections) ?? a.data.published, timeZone);
  };
  const topicDay = (id: string) => {
    const t = byId(corpus.topics).get(id);
    if (!t) return undefined;
    return dayOf(t.data.updated ? zoned(t.data.updated) : t.data.published, timeZone);
  };
  const correctionDay = (id: string) => {
    const c = byId(corpus.corrections).get(id);
    return c && dayOf(zoned(c.data.issued), timeZone);
  };
  const allCountries = () => latest(corpus.countries.map(countryDay));
  const allTopics = () => latest(corpus.topics.map((t) => topicDay(t.id)));
  const allCorrections = () => latest(corpus.corrections.map((c) => correctionDay(c.id)));
  switch (route.page) {
    case 'article':
      return articleDay(route.slug);
    case 'topic':
      return topicDay(route.slug);
    case 'ally': {
      const country = corpus.countries.find((c) => c.id === route.slug);
      return country && countryDay(country);
    }
    case 'correction':
      return correctionDay(route.slug);
    case 'allies':
      return allCountries();
    case 'topics':
      return allTopics();
    case 'corrections':
      return allCorrections();
    case 'sources':
      return latest(
        corpus.sources.map((s) => s.data.published && startOfPartialDate(s.data.published)),
      );
    case 'home':
    case 'search':
    case 'data':
      return latest([
        allCountries(),
        allTopics(),
        allCorrections(),
        ...corpus.articles.map((a) => articleDay(a.id)),
      ]);
    default:
      return undefined;
  }
}
