import { describe, expect, test } from 'vitest';
import {
  assertIntegrity,
  ContentIntegrityError,
  findFactIds,
  findIntegrityProblems,
  findReferences,
} from '../../src/lib/integrity';
import { AWKWARD, article, corpus, correction, country, designated, fact, topic } from './fixtures';

describe('a consistent corpus', () => {
  test('has no problems', () => {
    expect(findIntegrityProblems(corpus())).toEqual([]);
    expect(() => assertIntegrity(corpus())).not.toThrow();
  });

  test('with every awkward country added still has no problems', () => {
    const countries = [
      country('colombia'),
      AWKWARD.longestName(),
      AWKWARD.yearOnly(),
      AWKWARD.revoked(),
      AWKWARD.treatedAs(),
    ];
    expect(findIntegrityProblems(corpus({ countries }))).toEqual([]);
  });
});

describe('each broken invariant is reported with its file and field', () => {
  test.each([
    [
      'a dangling source reference in a lifecycle event',
      {
        countries: [
          country('colombia', { lifecycle: [designated('2022-05-23', { sources: ['nowhere'] })] }),
        ],
      },
      {
        file: 'content/countries/colombia.yaml',
        field: 'lifecycle[0].sources[0]',
        message: /source "nowhere"/,
      },
    ],
    [
      'a correction for a missing article',
      { corrections: [correction('fix', { article: 'gone' })] },
      { file: 'content/corrections/fix.yaml', field: 'article', message: /article "gone"/ },
    ],
    [
      'an unknown fact id in an MDX body',
      { articles: [article('lead', {}, 'Intro.\n\nThere were <Fact id="nope" /> people.')] },
      {
        file: 'content/articles/lead.mdx',
        field: '<Fact id> (line 3 of the body)',
        message: /unknown fact id "nope"/,
      },
    ],
    [
      'an unknown country in a <CountryLink>',
      { articles: [article('lead', {}, 'See <CountryLink id="narnia" />.')] },
      {
        file: 'content/articles/lead.mdx',
        field: '<CountryLink id> (line 1 of the body)',
        message: /unknown country id "narnia"/,
      },
    ],
    [
      'a chart of a fact series that does not exist',
      {
        topics: [
          topic(
            'background',
            { countries: ['colombia'] },
            '<FactChart series="nothing" title="x" />',
          ),
        ],
      },
      {
        file: 'content/topics/background.mdx',
        field: '<FactChart series> (line 1 of the body)',
        message: /unknown fact series "nothing"/,
      },
    ],
    [
      'a status that contradicts the lifecycle',
      { countries: [country('colombia', { status: 'revoked' })] },
      { file: 'content/countries/colombia.yaml', field: 'status', message: /implies "designated"/ },
    ],
    [
      'two countries with the same ISO code',
      { countries: [country('colombia'), country('colombia-2')] },
      { file: 'content/countries/colombia-2.yaml', field: 'iso2', message: /already used/ },
    ],
    [
      'two English articles with the same translation key',
      { articles: [article('lead'), article('lead-copy', { translationKey: 'lead' })] },
      { file: 'content/articles/lead-copy.mdx', field: 'translationKey', message: /already uses/ },
    ],
    [
      'a correction issued before its article was published',
      { corrections: [correction('fix', { issued: '2022-03-09T09:00:00-05:00' })] },
      { file: 'content/corrections/fix.yaml', field: 'issued', message: /earlier than/ },
    ],
    [
      'a fact citing a missing source',
      { facts: [fact('f', { source: 'missing' })] },
      { file: 'content/facts/f.yaml', field: 'source', message: /source "missing"/ },
    ],
  ])('%s', (_name, overrides, expected) => {
    const problems = findIntegrityProblems(corpus(overrides));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: expected.file, field: expected.field });
    expect(problems[0]?.message).toMatch(expected.message);
  });

  test('assertIntegrity throws one error listing every problem as "file → field: message"', () => {
    const broken = corpus({
      corrections: [correction('fix', { article: 'gone', sources: ['nope'] })],
    });
    expect(() => assertIntegrity(broken)).toThrow(ContentIntegrityError);
    expect(() => assertIntegrity(broken)).toThrow(
      /2 problems:\n {2}content\/corrections\/fix\.yaml → article: .*\n {2}content\/corrections\/fix\.yaml → sources\[0\]/,
    );
  });
});

describe('helpers', () => {
  test('findReferences walks nested data and reports field paths', () => {
    expect(
      findReferences({
        a: { id: 'x', collection: 'sources' },
        b: [{ c: [{ id: 'y', collection: 'facts' }] }],
      }),
    ).toEqual([
      { field: 'a', id: 'x', collection: 'sources' },
      { field: 'b[0].c[0]', id: 'y', collection: 'facts' },
    ]);
  });

  test.each([
    ['<Fact id="a" />', 'a'],
    ["<Fact id='b'/>", 'b'],
    ['<Fact locale="es" id={"c"} />', 'c'],
  ])('findFactIds reads %s', (body, id) => {
    expect(findFactIds(body)).toEqual([{ id, line: 1 }]);
  });
});
