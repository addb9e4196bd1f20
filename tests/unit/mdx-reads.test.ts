/**
 * What an MDX body's components read from the corpus (src/lib/mdx-reads.ts): exactly what they
 * get on Astro.locals and what the page's cache key covers. Too little and a page would show an
 * entry its key leaves out; too much and an edit rebuilds pages that do not show it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Corpus } from '../../src/lib/entry';
import { CORPUS_READERS, entriesReadByBody } from '../../src/lib/mdx-reads';
import { findComponentTags } from '../../src/lib/mdx-tags';
import { loadCorpus } from '../support/content-corpus';
import { corpus as fixtureCorpus, country, event, fact, source, treaty } from './fixtures';

describe('findComponentTags reads tags as written', () => {
  test.each<[string, string, string, Record<string, unknown>]>([
    ['double quotes', '<CountryLink id="colombia" />', 'CountryLink', { id: 'colombia' }],
    ['single quotes', "<CountryLink id='colombia' />", 'CountryLink', { id: 'colombia' }],
    ['a string in braces', '<CountryLink id={"colombia"} />', 'CountryLink', { id: 'colombia' }],
    [
      'a plain template literal',
      '<CountryLink id={`colombia`} />',
      'CountryLink',
      { id: 'colombia' },
    ],
    [
      'a list over several lines',
      '<FactChart\n  facts={[\'a\', "b",\n \'c\',]}\n  title="Votes > 50%"\n/>',
      'FactChart',
      { facts: ['a', 'b', 'c'], title: 'Votes > 50%' },
    ],
    [
      'a value holding > and braces',
      '<FactChart note={"a > b {c}"} series="s" />',
      'FactChart',
      { note: 'a > b {c}', series: 's' },
    ],
    ['a bare attribute', '<Callout open title="x">', 'Callout', { open: true, title: 'x' }],
    ['an expression', '<FactChart facts={ids} />', 'FactChart', { facts: { expression: 'ids' } }],
    [
      'a computed template literal',
      '<CountryLink id={`${slug}`} />',
      'CountryLink',
      { id: { expression: '`${slug}`' } },
    ],
  ])('%s', (_name, body, component, attributes) => {
    const [tag] = findComponentTags(body, component);
    expect(tag?.opaque).toBe(false);
    expect(Object.fromEntries(tag?.attributes ?? [])).toEqual(attributes);
  });

  test('a spread makes the tag opaque: any attribute may come from it', () => {
    const [tag] = findComponentTags('<CountryLink {...props} />', 'CountryLink');
    expect(tag?.opaque).toBe(true);
  });

  test('an unfinished tag is opaque', () => {
    expect(findComponentTags('<CountryLink id="colombia"', 'CountryLink')[0]?.opaque).toBe(true);
  });

  test('a longer name is another component, and the line is the tag’s', () => {
    const body = 'One.\n\n<CountryLinks id="a" />\n<CountryLink id="b">text</CountryLink>';
    expect(
      findComponentTags(body, 'CountryLink').map((t) => [t.line, t.attributes.get('id')]),
    ).toEqual([[4, 'b']]);
  });
});

/** The ids of each non-empty list of a corpus. */
function ids(corpus: Corpus): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(corpus)
      .filter(([, list]) => list.length > 0)
      .map(([name, list]: [string, readonly { id: string }[]]) => [name, list.map((e) => e.id)]),
  );
}

describe('entriesReadByBody gives each component exactly what it reads', () => {
  const corpus = fixtureCorpus({
    countries: [country('argentina'), country('colombia'), country('qatar')],
    sources: [source('src'), source('semana'), source('ap')],
    facts: [
      fact('migrants-2021', { series: 'migrants', source: 'semana', asOf: '2021-08' }),
      fact('aid', { source: 'ap' }),
      fact('migrants-2020', { series: 'migrants', source: 'src', asOf: '2020-12' }),
      fact('other'),
    ],
    events: [
      event('election', { topics: ['elections'] }),
      event('visit', { topics: ['diplomacy'] }),
      event('runoff', { topics: ['elections'] }),
    ],
    treaties: [treaty('pact', { countries: ['qatar'] })],
  });

  test.each<[string, string, Record<string, string[]>]>([
    ['prose alone reads nothing', 'Plain **prose** and a <Fact id="aid" />.', {}],
    [
      '<AllyCount> reads every country',
      'On that day <AllyCount on="2022-03-09" /> allies.',
      { countries: ['argentina', 'colombia', 'qatar'] },
    ],
    ['<CountryLink> reads its country', '<CountryLink id="qatar" />', { countries: ['qatar'] }],
    [
      '<TreatyAllies> reads every treaty and every country',
      '<TreatyAllies />',
      { countries: ['argentina', 'colombia', 'qatar'], treaties: ['pact'] },
    ],
    [
      '<TreatyAllyCount> reads every treaty and every country',
      'Of them, <TreatyAllyCount on="2022-03-10" /> are treaty allies.',
      { countries: ['argentina', 'colombia', 'qatar'], treaties: ['pact'] },
    ],
    [
      '<FactChart series> reads the series and its sources, in corpus order',
      '<FactChart series="migrants" title="t" />',
      { sources: ['src', 'semana'], facts: ['migrants-2021', 'migrants-2020'] },
    ],
    [
      '<FactChart facts> reads those facts and their sources',
      "<FactChart facts={['aid']} labels={['Aid']} title=\"t\" />",
      { sources: ['ap'], facts: ['aid'] },
    ],
    [
      '<PullQuote> reads its source',
      '<PullQuote by="x" source="ap">Q</PullQuote>',
      { sources: ['ap'] },
    ],
    [
      '<Timeline> reads the events on its topic',
      '<Timeline topic="elections" />',
      { events: ['election', 'runoff'] },
    ],
    [
      'several components read the union, once each',
      '<CountryLink id="qatar" /> and <CountryLink id="colombia" />, <CountryLink id="qatar" />',
      { countries: ['colombia', 'qatar'] },
    ],
    [
      'an unknown id reads nothing (the component fails, naming it)',
      '<CountryLink id="atlantis" />',
      {},
    ],
    [
      'an attribute it cannot evaluate reads every entry the component might',
      '<FactChart facts={chosen} title="t" />',
      {
        sources: ['src', 'semana', 'ap'],
        facts: ['migrants-2021', 'aid', 'migrants-2020', 'other'],
      },
    ],
    [
      'a spread reads every entry the component might',
      '<Timeline {...props} />',
      { events: ['election', 'visit', 'runoff'] },
    ],
  ])('%s', (_name, body, expected) => {
    expect(ids(entriesReadByBody(body, corpus))).toEqual(expected);
  });

  test('the entries are the corpus’s own objects, so components find what they always found', () => {
    const read = entriesReadByBody('<CountryLink id="qatar" />', corpus);
    expect(read.countries[0]).toBe(corpus.countries[2]);
  });
});

describe('every component that reads the corpus says what it reads', () => {
  const folder = join(import.meta.dirname, '..', '..', 'src', 'components', 'mdx');
  const components = readdirSync(folder)
    .filter((file) => file.endsWith('.astro'))
    .map((file) => [file.replace(/\.astro$/, ''), readFileSync(join(folder, file), 'utf8')]);

  test.each(components.filter(([, source]) => source?.includes('corpusOf(')))(
    '%s has an entry in CORPUS_READERS (src/lib/mdx-reads.ts)',
    (name) => {
      expect(Object.keys(CORPUS_READERS)).toContain(name);
    },
  );

  test('every entry in CORPUS_READERS is a component authors can use', () => {
    expect(components.map(([name]) => name)).toEqual(
      expect.arrayContaining(Object.keys(CORPUS_READERS)),
    );
  });
});

describe('the real bodies read what they show', () => {
  const real = loadCorpus();
  const body = (collection: 'articles' | 'topics', id: string) =>
    ids(entriesReadByBody(real[collection].find((e) => e.id === id)?.body ?? '', real));

  test('the topic that counts the allies reads every country and every treaty, and nothing else', () => {
    expect(body('topics', 'what-mnna-status-means')).toEqual({
      countries: real.countries.map((c) => c.id),
      treaties: real.treaties.map((t) => t.id),
    });
  });

  test('the elections topic reads the facts its charts draw and the events of its timeline', () => {
    const read = body('topics', 'colombia-2022-elections');
    expect(read['facts']).toEqual(
      expect.arrayContaining(['first-round-petro-2022', 'runoff-petro-2022']),
    );
    expect(read['facts']).not.toContain('plan-colombia-cost');
    expect(read['events']).toEqual(
      real.events
        .filter((e) => e.data.topics.some((t) => t.id === 'colombia-2022-elections'))
        .map((e) => e.id),
    );
    expect(read['countries']).toBeUndefined();
  });
});
