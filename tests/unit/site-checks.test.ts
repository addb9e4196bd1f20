/**
 * The dist tier's machine-readable checks (tests/support/site-checks.ts), tried on the faults the
 * outside review found: each must be reported, so no check passes because it cannot fail.
 */
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import {
  datedListProblems,
  feedChannelProblems,
  feedItemDateProblems,
  pageDateProblems,
  parityProblems,
  structuredEntities,
  genderDisagreements,
  pageOutline,
} from '../support/site-checks';

const TZ = 'America/New_York';
const SITE = 'https://example.org/';

describe('the date rule', () => {
  const correctedArticle = {
    modified: '2022-03-10T21:40:00-05:00',
    times: [
      ['2022-03-10', 'March 10, 2022'],
      ['2022-03-10T21:40:00-05:00', 'March 10, 2022, 9:40 p.m. ET'],
    ] as const,
    structured: [
      {
        type: 'NewsArticle',
        datePublished: '2022-03-10T00:00:00-05:00',
        dateModified: '2022-03-10T21:40:00-05:00',
      },
    ],
  };

  test('accepts a lastmod at the correction, in any offset', () => {
    expect(
      pageDateProblems({ ...correctedArticle, lastmod: '2022-03-11T02:40:00.000Z' }, TZ),
    ).toEqual([]);
  });

  test('reports a lastmod of midnight UTC, before the correction the page shows', () => {
    const problems = pageDateProblems(
      { ...correctedArticle, lastmod: '2022-03-10T00:00:00.000Z', modified: '2022-03-10' },
      TZ,
    );
    expect(problems).toContainEqual(expect.stringMatching(/shows 2022-03-10T21:40.*later than/));
    expect(problems).toContainEqual(expect.stringMatching(/dateModified .* later than lastmod/));
  });

  test('reports a page whose own dcterms.modified disagrees with the sitemap', () => {
    const problems = pageDateProblems(
      { ...correctedArticle, lastmod: '2022-03-11T02:40:00Z', modified: '2022-03-10' },
      TZ,
    );
    expect(problems).toEqual([expect.stringMatching(/differs from dcterms.modified/)]);
  });

  test('reports a lastmod without a time, and JSON-LD dates without one', () => {
    const problems = pageDateProblems(
      {
        lastmod: '2022-03-10',
        modified: '2022-03-10',
        times: [],
        structured: [{ type: 'Article', datePublished: '2022-03-10' }],
      },
      TZ,
    );
    expect(problems).toEqual([
      expect.stringMatching(/not a date-time with an offset/),
      expect.stringMatching(/Article.datePublished "2022-03-10" has no time and offset/),
    ]);
  });

  test('reports a page modified before it was published', () => {
    const problems = pageDateProblems(
      {
        ...correctedArticle,
        lastmod: '2022-03-11T02:40:00Z',
        structured: [
          {
            type: 'Article',
            datePublished: '2022-03-10T12:00:00-05:00',
            dateModified: '2022-03-10T09:00:00-05:00',
          },
        ],
      },
      TZ,
    );
    expect(problems).toEqual([expect.stringMatching(/modified .* before it is published/)]);
  });
});

describe('feeds', () => {
  test('report a channel link that is not the feed’s own page in its language', () => {
    expect(feedChannelProblems(`${SITE}es/rss.xml`, SITE)).toEqual([
      expect.stringMatching(/not the feed's own page https:\/\/example.org\/es\//),
    ]);
    expect(feedChannelProblems(`${SITE}corrections/rss.xml`, SITE)).toHaveLength(1);
    expect(feedChannelProblems(`${SITE}corrections/rss.xml`, `${SITE}corrections/`)).toEqual([]);
  });

  test('report a story dated the evening before in New York (UTC midnight for a bare day)', () => {
    const item = { link: `${SITE}articles/lead/`, pubDate: 'Thu, 10 Mar 2022 00:00:00 GMT' };
    expect(feedItemDateProblems(item, '2022-03-10', TZ)).toHaveLength(1);
    const fixed = { ...item, pubDate: 'Thu, 10 Mar 2022 05:00:00 GMT' };
    expect(feedItemDateProblems(fixed, '2022-03-10T00:00:00-05:00', TZ)).toEqual([]);
  });
});

describe('structured-data parity', () => {
  const article = (about: unknown[], mentions: unknown[], prefix: string) => [
    {
      '@type': 'NewsArticle',
      headline: prefix ? 'Biden anuncia' : 'Biden says',
      url: `${SITE}${prefix}articles/lead/`,
      datePublished: '2022-03-10T00:00:00-05:00',
      about,
      mentions,
      citation: [],
    },
  ];
  const colombia = (prefix: string) => ({
    '@type': 'Country',
    name: 'Colombia',
    identifier: 'CO',
    url: `${SITE}${prefix}allies/colombia/`,
  });

  test('accepts the same entities under localised names and URLs', () => {
    const en = structuredEntities(article([colombia('')], [], ''), SITE, 'en');
    const es = structuredEntities(article([colombia('es/')], [], 'es/'), SITE, 'es');
    expect(parityProblems(en, es)).toEqual([]);
  });

  test('reports a Spanish article whose about and mentions are empty', () => {
    const en = structuredEntities(
      article(
        [colombia('')],
        [{ ...colombia(''), identifier: 'QA', url: `${SITE}allies/qatar/` }],
        '',
      ),
      SITE,
      'en',
    );
    const es = structuredEntities(article([], [], 'es/'), SITE, 'es');
    expect(parityProblems(en, es)).toEqual([
      'missing in Spanish: [NewsArticle].about[Country]{url=/allies/colombia/,identifier=CO}',
      'missing in Spanish: [NewsArticle].mentions[Country]{url=/allies/qatar/,identifier=QA}',
    ]);
  });
});

describe('dated lists', () => {
  test('report a year-only date listed before the full dates of that year (Jordan, 1996)', () => {
    const timeline = [
      ['1996', '1996 · Jordan designated (Title 10)'],
      ['1996-07-21', 'July 21, 1996 · Australia designated (Title 22)'],
      ['1996-11-12', 'November 12, 1996 · Jordan designated (Title 22)'],
    ] as const;
    expect(datedListProblems(timeline, TZ)).toEqual([
      expect.stringMatching(/except "1996 · Jordan.*" \(1996\) before "July 21, 1996/),
    ]);
    const fixed = [timeline[1], timeline[2], timeline[0]];
    expect(datedListProblems(fixed, TZ)).toEqual([]);
  });

  test('accept newest-first lists, and date-times read in the newsroom zone', () => {
    const log = [
      ['2022-03-11T01:00:00Z', 'March 10, 2022, 8 p.m. ET'],
      ['2022-03-10', 'March 10, 2022'],
      ['2021', '2021'],
    ] as const;
    expect(datedListProblems(log, TZ)).toEqual([]);
  });
});

describe('gender agreement after a Spanish country name', () => {
  const names = new Map([
    ['Arabia Saudita', 'feminine'],
    ['Catar', 'masculine'],
  ] as const);

  test('finds a participle that does not agree, after a colon, a comma or on a card', () => {
    expect(
      genderDisagreements(
        'Arabia Saudita: designado 2004. Catar, designada 2022. «Arabia Saudita», «Designado en 2004»',
        names,
      ),
    ).toEqual(['Arabia Saudita: designado', 'Arabia Saudita», «Designado', 'Catar, designada']);
  });

  test('passes words that agree', () => {
    expect(
      genderDisagreements(
        'Arabia Saudita: designada en 2004. Catar, designado el 10 de marzo',
        names,
      ),
    ).toEqual([]);
  });
});

describe('page parity between editions', () => {
  const page = (items: number, link: string) =>
    parse(
      `<main><h1>T</h1><section aria-labelledby="since-then"><h2 id="since-then">S</h2><ul>${'<li>x</li>'.repeat(items)}</ul></section><p><a href="${link}">a</a> <a href="https://x.com/intent/post?text=T&url=u">X</a></p></main>`,
    ).querySelector('main')!;

  test('finds a list that lost an item and a link that points elsewhere, naming each', () => {
    expect(
      parityProblems(
        pageOutline(page(12, '/allies/colombia/'), '/es'),
        pageOutline(page(8, '/es/allies/qatar/'), '/es'),
      ),
    ).toEqual([
      'missing in Spanish: items in section since-then: 12',
      'missing in Spanish: link /allies/colombia/',
      'only in Spanish: items in section since-then: 8',
      'only in Spanish: link /allies/qatar/',
    ]);
  });

  test('passes twins that differ only in words, the locale prefix and share-link queries', () => {
    const es = parse(
      `<main><h1>Título</h1><section aria-labelledby="since-then"><h2 id="since-then">Desde entonces</h2><ul>${'<li>y</li>'.repeat(12)}</ul></section><p><a href="/es/allies/colombia/">b</a> <a href="https://x.com/intent/post?text=Otro&url=v">X</a></p></main>`,
    ).querySelector('main')!;
    expect(
      parityProblems(pageOutline(page(12, '/allies/colombia/'), '/es'), pageOutline(es, '/es')),
    ).toEqual([]);
  });

  test('leaves out glossary links, which follow each edition’s own words', () => {
    const withTerm = parse(
      '<main><p><a href="/glossary/#mnna" data-glossary="mnna">MNNA</a> and <a href="/allies/">allies</a></p></main>',
    ).querySelector('main')!;
    const without = parse(
      '<main><p>Un aliado y <a href="/es/allies/">aliados</a></p></main>',
    ).querySelector('main')!;
    expect(parityProblems(pageOutline(withTerm, '/es'), pageOutline(without, '/es'))).toEqual([]);
  });

  test('counts table-of-contents entries, whose links are in each edition’s words', () => {
    const withContents = (ids: readonly string[]) =>
      parse(
        `<main><nav id="contents"><ol>${ids.map((id) => `<li><a href="#${id}">${id}</a></li>`).join('')}</ol></nav><h2 id="${ids[0]}">x</h2></main>`,
      ).querySelector('main')!;
    const en = pageOutline(withContents(['what-it-gives', 'the-count', 'cite']), '/es');
    expect(
      parityProblems(en, pageOutline(withContents(['qué-da', 'el-recuento', 'cite']), '/es')),
    ).toEqual([]);
    expect(parityProblems(en, pageOutline(withContents(['qué-da', 'cite']), '/es'))).toEqual([
      'missing in Spanish: table of contents entries: 3',
      'only in Spanish: table of contents entries: 2',
    ]);
  });
});
