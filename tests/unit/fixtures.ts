/**
 * Test entries built through the real schemas, so fixtures can never drift from the contract.
 * `AWKWARD` names the deliberately difficult cases every tier should survive.
 */
import { countrySchema } from '../../src/schemas/country';
import { correctionSchema } from '../../src/schemas/correction';
import { eventSchema } from '../../src/schemas/event';
import { factSchema } from '../../src/schemas/fact';
import { glossarySchema } from '../../src/schemas/glossary';
import { INFO_PAGES, infoPageSchema } from '../../src/schemas/info-page';
import { articleSchema, topicSchema } from '../../src/schemas/page';
import { sourceSchema } from '../../src/schemas/source';
import { treatySchema } from '../../src/schemas/treaty';
import type {
  Article,
  Corpus,
  Correction,
  Country,
  Fact,
  GlossaryEntry,
  InfoPageEntry,
  Source,
  StoryEvent,
  Topic,
  Treaty,
} from '../../src/lib/entry';
import { countryFileFields } from '../support/content-files';

type Raw = Record<string, unknown>;

export function source(id: string, raw: Raw = {}): Source {
  return {
    id,
    filePath: `content/sources/${id}.yaml`,
    data: sourceSchema.parse({
      title: `Title of ${id}`,
      publisher: 'Publisher',
      url: `https://example.org/${id}`,
      kind: 'news',
      ...raw,
    }),
  };
}

export function designated(date: string | number, raw: Raw = {}): Raw {
  return {
    kind: 'designated',
    date,
    track: 'title-22',
    administration: 'biden',
    sources: ['src'],
    ...raw,
  };
}

/** A real country's fields (Colombia's), under each fixture's own: see countryFileFields. */
const REAL_COUNTRY = countryFileFields('colombia');

export function country(id: string, raw: Raw = {}): Country {
  return {
    id,
    filePath: `content/countries/${id}.yaml`,
    data: countrySchema.parse({
      ...REAL_COUNTRY,
      name: id.replace(/(^|-)\w/g, (m) => m.toUpperCase()).replace(/-/g, ' '),
      iso2: 'CO',
      isoNumeric: '170',
      region: 'americas',
      status: 'designated',
      summary: 'A short summary.',
      lifecycle: [designated('2022-05-23')],
      // A fixture has changed when its steps say, not when the real file last did.
      updated: undefined,
      ...raw,
    }),
  };
}

export function fact(id: string, raw: Raw = {}): Fact {
  return {
    id,
    filePath: `content/facts/${id}.yaml`,
    data: factSchema.parse({
      label: 'Venezuelans living in Colombia',
      value: 1842390,
      unit: 'people',
      asOf: '2021-08-31',
      source: 'src',
      confidence: 'high',
      ...raw,
    }),
  };
}

export function event(id: string, raw: Raw = {}): StoryEvent {
  return {
    id,
    filePath: `content/events/${id}.yaml`,
    data: eventSchema.parse({
      title: 'Something happened.',
      date: '2022-06-19',
      sources: ['src'],
      ...raw,
    }),
  };
}

/** An article's body unless a test gives one: it holds the passage the default correction quotes. */
const ARTICLE_BODY = 'Intro.\n\nThe status is **not** a guarantee.';

export function article(id: string, raw: Raw = {}, body = ARTICLE_BODY): Article {
  return {
    id,
    filePath: `content/articles/${id}.mdx`,
    body,
    data: articleSchema.parse({
      title: 'A headline',
      description: 'A description long enough to pass the fifty character minimum.',
      published: '2022-03-10',
      ...raw,
    }),
  };
}

export function topic(id: string, raw: Raw = {}, body = ''): Topic {
  return {
    id,
    filePath: `content/topics/${id}.mdx`,
    body,
    data: topicSchema.parse({
      title: 'A topic',
      description: 'A description long enough to pass the fifty character minimum.',
      published: '2022-03-10',
      ...raw,
    }),
  };
}

/** An About, Methodology or Corrections policy page (`es/about` for a translation). */
export function infoPage(id: string, raw: Raw = {}, body = 'Prose.'): InfoPageEntry {
  return {
    id,
    filePath: `content/pages/${id}.mdx`,
    body,
    data: infoPageSchema.parse({
      title: `The ${id} page`,
      description: 'A description long enough to pass the fifty character minimum.',
      updated: '2022-03-10',
      ...raw,
    }),
  };
}

export function correction(id: string, raw: Raw = {}): Correction {
  return {
    id,
    filePath: `content/corrections/${id}.yaml`,
    data: correctionSchema.parse({
      article: 'lead',
      issued: '2022-03-10T21:40:00-05:00',
      wrong: 'It said X.',
      right: 'Y is right.',
      before: 'The status is a guarantee.',
      after: 'The status is not a guarantee.',
      sources: ['src'],
      ...raw,
    }),
  };
}

export function treaty(id: string, raw: Raw = {}): Treaty {
  return {
    id,
    filePath: `content/treaties/${id}.yaml`,
    data: treatySchema.parse({
      name: `The treaty ${id}`,
      shortName: id,
      signed: { date: '1951-09-01' },
      inForce: { date: '1952-04-29' },
      countries: ['colombia'],
      sources: ['src'],
      ...raw,
    }),
  };
}

export function glossaryEntry(id: string, raw: Raw = {}): GlossaryEntry {
  return {
    id,
    filePath: `content/glossary/${id}.yaml`,
    data: glossarySchema.parse({
      term: 'major non-NATO ally',
      abbreviations: ['MNNA'],
      definition: 'A status that brings defense cooperation and no security guarantee.',
      phrases: ['major non-NATO ally', 'MNNA'],
      explainedAt: [{ topic: 'background' }],
      updated: '2026-11-30',
      translations: {
        es: {
          term: 'aliado principal extra-OTAN',
          definition: 'Un estatus que da cooperación de defensa y ninguna garantía de seguridad.',
          phrases: ['aliado principal extra-OTAN'],
        },
      },
      ...raw,
    }),
  };
}

/** A small consistent corpus: one source, one fact, two countries, an article, a topic, a correction. */
export function corpus(overrides: Partial<Corpus> = {}): Corpus {
  return {
    sources: [source('src')],
    facts: [fact('venezuelans')],
    events: [],
    countries: [
      country('colombia'),
      country('qatar', { iso2: 'QA', isoNumeric: '634', lifecycle: [designated('2022-03-10')] }),
    ],
    articles: [article('lead', { countries: ['colombia'], topics: ['background'] })],
    topics: [topic('background', { countries: ['colombia'] })],
    corrections: [correction('lead-fix')],
    treaties: [],
    glossary: [glossaryEntry('mnna')],
    pages: INFO_PAGES.map((slug) => infoPage(slug)),
    ...overrides,
  };
}

/** Deliberately awkward entries (STYLE.md habit 8). */
export const AWKWARD = {
  /** The longest official-style name we could face. */
  longestName: () =>
    country('the-united-kingdom', {
      name: 'The United Kingdom of Great Britain and Northern Ireland',
      iso2: 'GB',
      isoNumeric: '826',
      region: 'europe',
    }),
  /** Known only to the year, under Title 10, with every optional field missing. */
  yearOnly: () =>
    country('australia', {
      iso2: 'AU',
      isoNumeric: '036',
      region: 'oceania',
      lifecycle: [
        {
          kind: 'designated',
          date: 1987,
          track: 'title-10',
          administration: 'reagan',
          sources: ['src'],
        },
      ],
    }),
  /** Designated, then revoked. */
  revoked: () =>
    country('afghanistan', {
      iso2: 'AF',
      isoNumeric: '004',
      region: 'south-asia',
      status: 'revoked',
      lifecycle: [
        designated('2012-07-06', { administration: 'obama' }),
        {
          kind: 'notified-congress',
          date: '2022-07-06',
          administration: 'biden',
          sources: ['src'],
        },
        {
          kind: 'revoked',
          date: '2022-09-23',
          track: 'title-22',
          administration: 'biden',
          sources: ['src'],
          confidence: 'medium',
        },
      ],
    }),
  /** Treated as an ally by law, never formally designated. */
  treatedAs: () =>
    country('taiwan', {
      iso2: 'TW',
      isoNumeric: '158',
      region: 'east-asia',
      status: 'treated-as',
      lifecycle: [
        {
          kind: 'legislated',
          date: '2002-09-30',
          track: 'statute',
          administration: 'bush-43',
          sources: ['src'],
        },
      ],
    }),
  /** A Spanish article with no English counterpart. */
  untranslated: () => article('solo-es', { locale: 'es', translationKey: 'solo-es' }),
};
