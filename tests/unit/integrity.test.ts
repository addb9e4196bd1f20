import { describe, expect, test } from 'vitest';
import {
  assertIntegrity,
  ContentIntegrityError,
  findIntegrityProblems,
  findReferences,
} from '../../src/lib/integrity';
import { findFactIds } from '../../src/lib/mdx-tags';
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
      {
        articles: [article('lead', {}, 'Intro.\n\nThere were <Fact id="nope" /> people.')],
        corrections: [],
      },
      {
        file: 'content/articles/lead.mdx',
        field: '<Fact id> (line 3 of the body)',
        message: /unknown fact id "nope"/,
      },
    ],
    [
      'an unknown country in a <CountryLink>',
      { articles: [article('lead', {}, 'See <CountryLink id="narnia" />.')], corrections: [] },
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
      'a qualifier the figure already prints ("about about $2.56 billion")',
      {
        facts: [fact('aid', { value: 2.56e9, unit: 'usd', qualifier: 'about' })],
        articles: [article('lead', {}, 'Intro.\n\nIt reached about\n<Fact id="aid" /> by 2003.')],
        corrections: [],
      },
      {
        file: 'content/articles/lead.mdx',
        field: '<Fact id="aid"> (line 4 of the body)',
        message: /says "about".*remove "about"/,
      },
    ],
    [
      'a Spanish qualifier the figure already prints ("cerca de cerca de")',
      {
        facts: [fact('aid', { value: 2.56e9, unit: 'usd', qualifier: 'about' })],
        articles: [
          article('lead'),
          article('es/lead', { locale: 'es' }, 'Llegó a cerca de <Fact id="aid" />.'),
        ],
      },
      {
        file: 'content/articles/es/lead.mdx',
        field: '<Fact id="aid"> (line 1 of the body)',
        message: /"cerca de"/,
      },
    ],
    [
      'a figure typed into prose, with no date or source',
      {
        topics: [
          topic(
            'background',
            { countries: ['colombia'] },
            'Intro.\n\nPetro won by more than\n700,000 votes.',
          ),
        ],
      },
      {
        file: 'content/topics/background.mdx',
        field: 'line 4 of the body',
        message: /"700,000" has no date or source/,
      },
    ],
    [
      'a percentage typed into a chart note',
      {
        topics: [
          topic(
            'background',
            { countries: ['colombia'] },
            '<FactChart facts={[\'venezuelans\']} title="Runoff" note="More than 99% of tables counted." />',
          ),
        ],
      },
      {
        file: 'content/topics/background.mdx',
        field: '<FactChart note> (line 1 of the body)',
        message: /"99%" has no date or source/,
      },
    ],
    [
      "a correction whose 'after' quote is not in the article",
      { corrections: [correction('fix', { after: 'The status is no guarantee at all.' })] },
      {
        file: 'content/corrections/fix.yaml',
        field: 'after',
        message: /is not in the text of content\/articles\/lead\.mdx/,
      },
    ],
    [
      "a correction whose 'before' quote is still in the article",
      {
        corrections: [
          correction('fix', { before: 'Intro.', after: 'The status is not a guarantee.' }),
        ],
      },
      { file: 'content/corrections/fix.yaml', field: 'before', message: /still appears/ },
    ],
    [
      'a number of allies typed into prose',
      {
        articles: [
          article('lead', {}, 'Intro.\n\nQatar raised the number of formal allies to 19 that day.'),
        ],
        corrections: [],
      },
      {
        file: 'content/articles/lead.mdx',
        field: 'line 3 of the body',
        message: /types the number of allies \("allies to 19"\).*<AllyCount/,
      },
    ],
    [
      'a rank spelled out in words',
      {
        countries: [
          country('colombia', { summary: 'Colombia became the nineteenth major non-NATO ally.' }),
        ],
      },
      { file: 'content/countries/colombia.yaml', field: 'summary', message: /rank "nineteenth"/ },
    ],
    [
      'a percentage written as a word',
      {
        topics: [
          topic(
            'background',
            { countries: ['colombia'] },
            'About 46 percent of voters turned out.',
          ),
        ],
      },
      {
        file: 'content/topics/background.mdx',
        field: 'line 1 of the body',
        message: /"46 percent" has no date or source/,
      },
    ],
    [
      'a figure in words with a scale ("two million people")',
      {
        topics: [topic('background', { countries: ['colombia'] }, 'Some two million people left.')],
      },
      {
        file: 'content/topics/background.mdx',
        field: 'line 1 of the body',
        message: /"two million"/,
      },
    ],
    [
      'a figure in a description, which search results and cards show without a source',
      {
        topics: [
          topic('background', {
            countries: ['colombia'],
            description: 'A partnership worth more than $10 billion from fiscal 2000 to 2016.',
          }),
        ],
      },
      { file: 'content/topics/background.mdx', field: 'description', message: /"\$10 billion"/ },
    ],
    [
      'a rank of allies typed into a summary',
      {
        countries: [
          country('colombia', { summary: 'Colombia became the 19th ally, by far the largest.' }),
        ],
      },
      { file: 'content/countries/colombia.yaml', field: 'summary', message: /rank "19th"/ },
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

  test('a step dated after the day the records were last checked', () => {
    const late = corpus({
      countries: [
        country('colombia'),
        country('peru', { iso2: 'PE', isoNumeric: '604', lifecycle: [designated('2026-12-01')] }),
      ],
    });
    const problems = findIntegrityProblems(late, 'America/New_York', undefined, '2026-11-30');
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/countries/peru.yaml',
        field: 'lifecycle[0].date',
        message: expect.stringMatching(/after 2026-11-30, .*recordsChecked in src\/settings\.ts/),
      }),
    ]);
    // A step known only to its year counts from the year's first day.
    const year = corpus({
      countries: [
        country('colombia'),
        country('peru', { iso2: 'PE', isoNumeric: '604', lifecycle: [designated('2026')] }),
      ],
    });
    expect(findIntegrityProblems(year, 'America/New_York', undefined, '2026-11-30')).toEqual([]);
  });

  test('two corrections, or two topics, asking for the one Key points box', () => {
    const problems = findIntegrityProblems(
      corpus({
        corrections: [correction('one', { keyPoint: true }), correction('two', { keyPoint: true })],
        topics: [
          topic('background', { countries: ['colombia'], keyPoints: true }),
          topic('other', { keyPoints: true }),
        ],
      }),
    );
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/corrections/one.yaml keyPoint',
      'content/corrections/two.yaml keyPoint',
      'content/topics/background.mdx keyPoints',
      'content/topics/other.mdx keyPoints',
    ]);
    expect(problems[0]?.message).toMatch(/true in 2 files .* set it on one/);
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

test('figures inside quotation marks, years, statute numbers and exact facts after "about" pass', () => {
  const body = [
    'Reports spoke of "over 1.8 million" Venezuelans, and of “más de 1,8 millones”.',
    'Under 22 U.S.C. 2321k, enacted in 1996, notice comes 30 days before.',
    'It counted about <Fact id="venezuelans" /> people.',
  ].join('\n\n');
  expect(
    findIntegrityProblems(corpus({ articles: [article('lead', {}, body)], corrections: [] })),
  ).toEqual([]);
});

test('a date later than today stops the build, naming the file and field', () => {
  const future = corpus({
    countries: [country('colombia', { lifecycle: [designated('2032-05-23')] })],
  });
  expect(findIntegrityProblems(future, 'America/New_York', '2026-11-30')).toEqual([
    {
      file: 'content/countries/colombia.yaml',
      field: 'lifecycle[0].date',
      message: expect.stringMatching(/is 2032-05-23, after today \(2026-11-30\)/),
    },
  ]);
  // A year or month counts from its first day: "2026" is not in the future on November 30, 2026.
  const thisYear = corpus({
    countries: [country('colombia', { lifecycle: [designated(2026)] })],
  });
  expect(findIntegrityProblems(thisYear, 'America/New_York', '2026-11-30')).toEqual([]);
});

test('a problem in a body is placed on the line of the file an editor sees', () => {
  const lead = { ...article('lead', {}, 'Intro.\n\nIt cost $3 billion.'), bodyLine: 12 };
  expect(findIntegrityProblems(corpus({ articles: [lead], corrections: [] }))).toEqual([
    {
      file: 'content/articles/lead.mdx',
      field: 'line 14',
      message: expect.stringMatching(/the figure "\$3 billion" has no date or source/),
    },
  ]);
});

// `astro dev` checks the whole corpus again after every save, and the prose checks remember what
// they found in each body text (src/lib/integrity-prose.ts): a body checked before must be
// reported as it reads now, in the file and on the line of each entry that holds it.
test('a body checked before is reported again, and an edited body as it now reads', () => {
  const body = 'Intro.\n\nIt cost $3 billion, the 19th ally said.';
  const check = (articles: ReturnType<typeof article>[]) =>
    findIntegrityProblems(corpus({ articles, corrections: [] })).map((p) => `${p.file} ${p.field}`);
  const first = check([article('lead', {}, body)]);
  expect(first).toEqual(['content/articles/lead.mdx line 3 of the body', expect.any(String)]);
  expect(check([article('lead', {}, body)])).toEqual(first);
  // The same text in another file, further down it, is reported there.
  expect(check([{ ...article('other', {}, body), bodyLine: 20 }])).toEqual([
    'content/articles/other.mdx line 22',
    'content/articles/other.mdx line 22',
  ]);
  expect(check([article('lead', {}, body.replace('$3 billion', 'a lot'))])).toEqual([
    'content/articles/lead.mdx line 3 of the body',
  ]);
  expect(check([article('lead', {}, 'Intro.\n\nNothing typed here.')])).toEqual([]);
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
