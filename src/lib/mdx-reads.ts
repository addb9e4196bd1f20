/**
 * The entries an MDX body's components read from the corpus. Components that look entries up
 * by id (src/components/mdx) get exactly these on `Astro.locals.corpus`, not the whole corpus
 * (src/data/page-locals.ts), and a page's cache key covers exactly these
 * (src/data/cache-keys.ts): so editing one fact rebuilds only the pages whose bodies show it,
 * and a component can never show an entry its page's key leaves out.
 *
 * Tags are read as written (src/lib/mdx-tags.ts). Where an attribute is an expression the reader
 * does not evaluate (`facts={ids}`, `{...props}`), the component gets every entry it might read.
 */
import { COLLECTIONS } from '../schemas/collections';
import type { Corpus } from './entry';
import { factSeries } from './facts';
import { byId } from './lookup';
import { findComponentTags, type ComponentTag } from './mdx-tags';

/** Some entries of some collections. */
type Selection = { [C in keyof Corpus]?: Corpus[C] };

/** What a component reads from the corpus, given its tag. */
type Reader = (tag: ComponentTag, corpus: Corpus) => Selection;

/** An attribute this reader cannot know the value of. */
const UNKNOWN = Symbol('unknown');

/** The texts an attribute names: none when absent, UNKNOWN when written as an expression. */
function texts(tag: ComponentTag, name: string): readonly string[] | typeof UNKNOWN {
  if (tag.opaque) return UNKNOWN;
  const value = tag.attributes.get(name);
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (value === true || 'expression' in value) return UNKNOWN;
  return value;
}

/** The entries with these ids (all of them when the ids are unknown). */
function pick<T extends { id: string }>(
  entries: readonly T[],
  ids: readonly string[] | typeof UNKNOWN,
): readonly T[] {
  if (ids === UNKNOWN) return entries;
  const index = byId(entries);
  return ids.flatMap((id) => index.get(id) ?? []);
}

/**
 * Every MDX component that reads the corpus, and what it reads. A component that starts reading
 * another entry must say so here: `tests/unit/mdx-reads.test.ts` fails for a component in
 * src/components/mdx that calls `corpusOf` without an entry.
 */
export const CORPUS_READERS: Readonly<Record<string, Reader>> = {
  /** `<AllyCount on>`: a count over every country's lifecycle. */
  AllyCount: (_tag, corpus) => ({ countries: corpus.countries }),
  /** `<CountryLink id>`: that country's name. */
  CountryLink: (tag, corpus) => ({ countries: pick(corpus.countries, texts(tag, 'id')) }),
  /** `<FactChart series>` or `<FactChart facts>`: the figures it draws, and their sources. */
  FactChart: (tag, corpus) => {
    const series = texts(tag, 'series');
    const ids = texts(tag, 'facts');
    if (series === UNKNOWN || ids === UNKNOWN) {
      return { facts: corpus.facts, sources: corpus.sources };
    }
    const facts = [
      ...series.flatMap((name) => factSeries(corpus.facts, name)),
      ...pick(corpus.facts, ids),
    ];
    return {
      facts,
      sources: pick(
        corpus.sources,
        facts.map((f) => f.data.source.id),
      ),
    };
  },
  /** `<PullQuote source>`: the source that reports the quote. */
  PullQuote: (tag, corpus) => ({ sources: pick(corpus.sources, texts(tag, 'source')) }),
  /** `<TreatyAllies>`: every treaty, and every country (the count, the parties' names). */
  TreatyAllies: (_tag, corpus) => ({ treaties: corpus.treaties, countries: corpus.countries }),
  /** `<TreatyAllyCount on>`: a count over every country's lifecycle and every treaty. */
  TreatyAllyCount: (_tag, corpus) => ({ treaties: corpus.treaties, countries: corpus.countries }),
  /** `<Timeline topic>`: the events filed under that topic. */
  Timeline: (tag, corpus) => {
    const topics = texts(tag, 'topic');
    if (topics === UNKNOWN) return { events: corpus.events };
    return {
      events: corpus.events.filter((e) => e.data.topics.some((t) => topics.includes(t.id))),
    };
  },
};

/**
 * The corpus as the components of `body` read it: for each collection, the entries some
 * component of the body reads, in the corpus's own order; every other list empty.
 */
export function entriesReadByBody(body: string, corpus: Corpus): Corpus {
  const chosen = new Map<keyof Corpus, Set<object>>();
  for (const [component, read] of Object.entries(CORPUS_READERS)) {
    for (const tag of findComponentTags(body, component)) {
      for (const [collection, entries] of Object.entries(read(tag, corpus))) {
        const set = chosen.get(collection as keyof Corpus) ?? new Set<object>();
        for (const entry of entries) set.add(entry);
        chosen.set(collection as keyof Corpus, set);
      }
    }
  }
  const slice = (collection: keyof Corpus) => {
    const set = chosen.get(collection);
    return set ? corpus[collection].filter((entry) => set.has(entry)) : [];
  };
  return Object.fromEntries(COLLECTIONS.map((c) => [c, slice(c)])) as unknown as Corpus;
}
