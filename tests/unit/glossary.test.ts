/**
 * The glossary as data: entries go through the real schema (content/glossary/*.yaml), the page's
 * route data lists them in each language with links to where each is explained, and article and
 * topic pages get the terms their body is linked with.
 */
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { findIntegrityProblems } from '../../src/lib/integrity';
import { articleRouteData } from '../../src/route-data/article';
import { glossaryRouteData } from '../../src/route-data/glossary';
import { glossarySchema } from '../../src/schemas/glossary';
import { article, corpus, glossaryEntry } from './fixtures';

const ctx = {
  locale: 'en',
  timeZone: 'America/New_York',
  site: 'https://example.org/',
  base: '/',
} as const;
const es = { ...ctx, locale: 'es' } as const;

const valid = {
  term: 'treaty ally',
  definition: 'A country the United States has pledged by treaty to help defend.',
  phrases: ['treaty ally', 'treaty allies'],
  explainedAt: [{ topic: 'what-mnna-status-means' }, { ally: 'japan' }],
  updated: '2026-11-30',
  translations: {
    es: {
      term: 'aliado por tratado',
      definition: 'Un país al que Estados Unidos se ha comprometido por tratado a defender.',
      phrases: ['aliado por tratado'],
    },
  },
};

/** Where the first problem is, and what it says, as an editor would read it. */
function firstIssue(input: unknown): { path: string; message: string } {
  const result = (glossarySchema as z.ZodType).safeParse(input);
  if (result.success) throw new Error('expected the entry to be rejected');
  const issue = result.error.issues[0];
  return { path: issue?.path.join('.') ?? '', message: issue?.message ?? '' };
}

describe('a glossary entry (content/glossary/<slug>.yaml)', () => {
  test('takes a term, its phrases, a definition and where it is explained, in both languages', () => {
    const data = glossarySchema.parse(valid);
    expect(data.abbreviations).toEqual([]);
    expect(data.translations.es.abbreviations).toEqual([]);
    expect(data.explainedAt).toEqual([
      { topic: { id: 'what-mnna-status-means', collection: 'topics' } },
      { ally: { id: 'japan', collection: 'countries' } },
    ]);
  });

  test.each<[string, unknown, string, RegExp]>([
    ['without phrases', { ...valid, phrases: [] }, 'phrases', /at least one phrase/],
    ['with a one-word definition', { ...valid, definition: 'Ally.' }, 'definition', /40/],
    [
      'with a definition too long to be plain',
      { ...valid, definition: 'x '.repeat(250) },
      'definition',
      /one or two plain sentences/,
    ],
    [
      'without a place that explains it',
      { ...valid, explainedAt: [] },
      'explainedAt',
      /at least one page/,
    ],
    [
      'explained at a typed URL instead of a reference',
      { ...valid, explainedAt: [{ url: 'https://example.org/' }] },
      'explainedAt.0',
      /./,
    ],
    ['without its Spanish', { ...valid, translations: {} }, 'translations.es', /required/],
    [
      'without Spanish phrases',
      { ...valid, translations: { es: { ...valid.translations.es, phrases: undefined } } },
      'translations.es.phrases',
      /required/,
    ],
    ['with a misspelt field', { ...valid, phrase: ['x'] }, '', /Unrecognized key: "phrase"/],
    ['without its date', { ...valid, updated: undefined }, 'updated', /./],
  ])('is refused %s, naming the field', (_, input, path, message) => {
    const issue = firstIssue(input);
    expect(issue.path).toBe(path);
    expect(issue.message).toMatch(message);
  });

  test('a reference to a topic or a country with no file fails the integrity check', () => {
    const problems = findIntegrityProblems(
      corpus({ glossary: [glossaryEntry('mnna', { explainedAt: [{ topic: 'no-such-topic' }] })] }),
      ctx.timeZone,
      '2026-11-30',
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/glossary/mnna.yaml',
        field: 'explainedAt[0].topic',
        message: expect.stringMatching(/no content\/topics\/no-such-topic/),
      }),
    );
  });
});

describe('the glossary page', () => {
  const entries = () =>
    corpus({
      glossary: [
        glossaryEntry('treaty-ally', valid),
        glossaryEntry('mnna', { explainedAt: [{ topic: 'background' }, { ally: 'colombia' }] }),
      ],
    });

  test('lists every entry alphabetically in the page’s language, each under its own id', () => {
    expect(glossaryRouteData(entries(), ctx).entries.map((e) => e.id)).toEqual([
      'mnna',
      'treaty-ally',
    ]);
    const spanish = glossaryRouteData(entries(), es).entries;
    // «aliado por…» before «aliado principal…»: the order of the Spanish words.
    expect(spanish.map((e) => [e.id, e.term])).toEqual([
      ['treaty-ally', 'aliado por tratado'],
      ['mnna', 'aliado principal extra-OTAN'],
    ]);
  });

  test('links each term to the pages that explain it, in the page’s edition', () => {
    const mnna = glossaryRouteData(entries(), es).entries.find((e) => e.id === 'mnna');
    expect(mnna?.explainedAt.map((l) => l.href)).toEqual([
      '/es/topics/background/',
      '/es/allies/colombia/',
    ]);
  });

  test('gives each language its own abbreviations', () => {
    const find = (c: typeof ctx | typeof es) =>
      glossaryRouteData(entries(), c).entries.find((e) => e.id === 'mnna')?.abbreviations;
    expect(find(ctx)).toEqual(['MNNA']);
    expect(find(es)).toEqual([]);
  });

  test('says what it is in JSON-LD, as a DefinedTermSet with a DefinedTerm per entry', () => {
    const graph = JSON.parse(glossaryRouteData(entries(), ctx).head.jsonLd ?? '{}') as {
      '@graph': { '@type': string; hasDefinedTerm?: { identifier: string; url: string }[] }[];
    };
    const set = graph['@graph'].find((n) => n['@type'] === 'DefinedTermSet');
    expect(set?.hasDefinedTerm?.map((t) => [t.identifier, t.url])).toEqual([
      ['mnna', 'https://example.org/glossary/#mnna'],
      ['treaty-ally', 'https://example.org/glossary/#treaty-ally'],
    ]);
  });

  test('has breadcrumbs and is dated by its latest entry', () => {
    const page = glossaryRouteData(
      corpus({ glossary: [glossaryEntry('mnna'), glossaryEntry('b', { updated: '2026-11-29' })] }),
      ctx,
    );
    expect(page.crumbs.map((c) => c.label)).toEqual(['Home', 'Glossary']);
    expect(page.head.modified).toBe('2026-11-30T00:00:00-05:00');
  });
});

describe('an article page gets the terms its body is linked with', () => {
  test('the phrases of the body’s language, linked to the glossary of the page’s edition', () => {
    const data = corpus();
    const english = articleRouteData(data, data.articles[0]!, ctx).glossary;
    expect(english).toEqual({
      lang: 'en',
      terms: [{ id: 'mnna', phrases: ['major non-NATO ally', 'MNNA'], href: '/glossary/#mnna' }],
    });
    const spanishBody = article('es/lead', {
      locale: 'es',
      title: 'Título',
      countries: [],
      topics: [],
    });
    const spanish = articleRouteData(
      { ...data, articles: [...data.articles, spanishBody] },
      spanishBody,
      es,
    );
    expect(spanish.glossary.terms[0]).toEqual({
      id: 'mnna',
      phrases: ['aliado principal extra-OTAN'],
      href: '/es/glossary/#mnna',
    });
  });
});
