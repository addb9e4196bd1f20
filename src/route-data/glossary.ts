/**
 * The glossary page (/glossary/) and the glossary terms an article or topic body is linked
 * with: one entry per file in content/glossary/, in the page's language.
 */
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import type { Corpus, GlossaryEntry } from '../lib/entry';
import type { GlossaryTerm } from '../lib/glossary';
import { byId } from '../lib/lookup';
import { definedTermSetLd } from '../lib/jsonld';
import { glossaryTermPath, withBase, type Route } from '../lib/paths';
import type { GlossaryData } from '../schemas/glossary';
import { intlLocale, type Locale } from '../settings';
import { ldContext, pageFrame, type PageFrame } from './head';
import { countryLink, longformLink, type Link } from './parts';

/** A term as the glossary page lists it. */
export interface GlossaryEntryView {
  /** The entry's file name, and the id of its place on the page (`/glossary/#mnna`). */
  id: string;
  /** The term in the page's language. */
  term: string;
  /** Its abbreviations ("MNNA"), if any. */
  abbreviations: readonly string[];
  /** One or two plain sentences. */
  definition: string;
  /** The pages that explain it, main one first, titled in the page's language. */
  explainedAt: readonly Link[];
}

/** The /glossary/ page. */
export interface GlossaryRouteData extends PageFrame {
  page: 'glossary';
  /** The sentence under the title. */
  intro: string;
  /** Every term, in the alphabetical order of the page's language. */
  entries: readonly GlossaryEntryView[];
}

/** What a body's words are matched against, and how its glossary links are worded. */
export interface GlossaryLinking {
  /** The language the body is written in: its phrases are matched, other languages skipped. */
  lang: Locale;
  /** Every term, with the phrases of the body's language and its entry in the page's edition. */
  terms: readonly GlossaryTerm[];
}

/** The entry's words in `locale`: Spanish is required by the schema, so there is no fallback. */
function wording(
  entry: GlossaryEntry,
  locale: Locale,
): Omit<GlossaryData, 'explainedAt' | 'updated' | 'translations'> {
  return locale === 'es' ? entry.data.translations.es : entry.data;
}

/** The glossary's terms, matched in `lang` and linked to the glossary of the page's edition. */
export function glossaryLinking(corpus: Corpus, lang: Locale, ctx: PageContext): GlossaryLinking {
  return {
    lang,
    terms: corpus.glossary.map((entry) => ({
      id: entry.id,
      phrases: wording(entry, lang).phrases,
      href: withBase(glossaryTermPath(entry.id, ctx.locale), ctx.base),
    })),
  };
}

/** The pages that explain a term, as links in the page's language. */
function explainedAt(entry: GlossaryEntry, corpus: Corpus, ctx: PageContext): Link[] {
  const countries = byId(corpus.countries);
  const topics = byId(corpus.topics);
  return entry.data.explainedAt.flatMap((place): Link[] => {
    if ('topic' in place) {
      const topic = topics.get(place.topic.id);
      return topic ? [longformLink(corpus.topics, topic, 'topic', ctx)] : [];
    }
    const country = countries.get(place.ally.id);
    return country ? [countryLink(country, ctx)] : [];
  });
}

/** The glossary page: every entry, in the page's language and alphabetical order. */
export function glossaryRouteData(corpus: Corpus, ctx: PageContext): GlossaryRouteData {
  const t = ui(ctx.locale).glossary;
  const collator = new Intl.Collator(intlLocale(ctx.locale), { sensitivity: 'base' });
  const entries = corpus.glossary
    .map((entry): GlossaryEntryView => {
      const words = wording(entry, ctx.locale);
      return {
        id: entry.id,
        term: words.term,
        abbreviations: words.abbreviations,
        definition: words.definition,
        explainedAt: explainedAt(entry, corpus, ctx),
      };
    })
    .sort((a, b) => collator.compare(a.term, b.term) || a.id.localeCompare(b.id));
  const route: Route = { page: 'glossary' };
  const meta = { title: t.title, description: t.description };
  return {
    ...pageFrame(
      route,
      {
        ...meta,
        structuredData: [definedTermSetLd(meta, entries, ldContext(ctx))],
      },
      corpus,
      ctx,
    ),
    page: 'glossary',
    intro: t.intro,
    entries,
  };
}
