import { describe, expect, test } from 'vitest';
import { alliesSummary } from '../../src/route-data/allies';
import { allyRouteData } from '../../src/route-data/ally';
import {
  articleRouteData,
  correctionRouteData,
  topicRouteData,
} from '../../src/route-data/article';
import { homeRouteData } from '../../src/route-data/home';
import { keyPoints } from '../../src/route-data/key-points';
import { SEARCH_TYPES } from '../../src/route-data/head';
import {
  correctionsRouteData,
  dataRouteData,
  searchRouteData,
} from '../../src/route-data/listings';
import { ui } from '../../src/i18n/ui';
import { LOCALES, SITE } from '../../src/settings';
import {
  article,
  AWKWARD,
  corpus,
  correction,
  country,
  designated,
  source,
  topic,
  treaty,
} from './fixtures';

/** No shapes: the maps are tested in map.test.ts. */
const NO_ATLAS = { features: [], fallback: [] };
const ctx = {
  locale: 'en',
  timeZone: 'America/New_York',
  site: 'https://example.org/',
  base: '/',
} as const;
const withAwkward = () =>
  corpus({
    countries: [
      country('colombia'),
      country('qatar', {
        iso2: 'QA',
        isoNumeric: '634',
        lifecycle: [
          {
            kind: 'designated',
            date: '2022-03-10',
            track: 'title-22',
            administration: 'biden',
            sources: ['src'],
          },
        ],
      }),
      AWKWARD.revoked(),
      AWKWARD.treatedAs(),
      AWKWARD.yearOnly(),
    ],
  });

describe('the allies page', () => {
  test('lists every entry in order of first designation, with the current count', () => {
    const view = alliesSummary(withAwkward(), ctx);
    expect(view.rows.map((r) => r.link.label)).toEqual([
      'Australia',
      'Taiwan',
      'Afghanistan',
      'Qatar',
      'Colombia',
    ]);
    expect(view.count).toBe(3);
    expect(view.revoked).toBe(1);
    expect(view.treatedAs).toBe(1);
    expect(view.latest.map((r) => r.link.label)).toEqual(['Qatar', 'Colombia']);
    expect(view.rows[0]).toMatchObject({
      designated: '1987',
      administration: 'Reagan',
      region: 'Oceania',
    });
    expect(view.rows[2]?.status).toBe('Designation revoked');
  });

  test('a designation whose exact date is unknown shows its latest possible date', () => {
    const saudi = country('saudi-arabia', {
      iso2: 'SA',
      isoNumeric: '682',
      lifecycle: [
        {
          kind: 'designated',
          date: 2026,
          dateBound: 'by',
          track: 'title-22',
          administration: 'trump-47',
          sources: ['src'],
        },
      ],
    });
    const view = alliesSummary(corpus({ countries: [country('colombia'), saudi] }), ctx);
    expect(view.rows.find((r) => r.link.label === 'Saudi Arabia')?.designated).toBe(
      'no later than 2026',
    );
  });
});

describe('an ally page', () => {
  test('numbers each source once, in order of first citation, and links previous and next', () => {
    // The steps are written out of date order, and each cites two sources, neither in
    // alphabetical nor in numbering order; two sources are cited twice.
    const afghanistan = country('afghanistan', {
      iso2: 'AF',
      isoNumeric: '004',
      region: 'south-asia',
      status: 'revoked',
      lifecycle: [
        {
          kind: 'revoked',
          date: '2022-09-23',
          track: 'title-22',
          administration: 'biden',
          sources: ['delta', 'charlie'],
          confidence: 'medium',
        },
        designated('2012-07-06', { administration: 'obama', sources: ['charlie', 'alpha'] }),
        {
          kind: 'notified-congress',
          date: '2022-07-06',
          administration: 'biden',
          sources: ['bravo', 'alpha'],
        },
      ],
    });
    const all = withAwkward();
    const view = allyRouteData(
      {
        ...all,
        countries: all.countries.map((c) => (c.id === 'afghanistan' ? afghanistan : c)),
        sources: ['alpha', 'bravo', 'charlie', 'delta'].map((id) => source(id)),
      },
      NO_ATLAS,
      afghanistan,
      ctx,
    );
    expect(view.events.map((e) => e.kind)).toEqual(['designated', 'notified-congress', 'revoked']);
    // Numbered as the page reads, step by step in date order; each cluster ascending ([1][2]).
    expect(view.events.map((e) => e.citations)).toEqual([
      [
        { n: 1, id: 'charlie' },
        { n: 2, id: 'alpha' },
      ],
      [
        { n: 2, id: 'alpha' },
        { n: 3, id: 'bravo' },
      ],
      [
        { n: 1, id: 'charlie' },
        { n: 4, id: 'delta' },
      ],
    ]);
    expect(view.sources.map((s) => s.id)).toEqual(['charlie', 'alpha', 'bravo', 'delta']);
    expect(view.previous?.href).toBe('/allies/taiwan/');
    expect(view.next?.href).toBe('/allies/qatar/');
    expect(view.events[2]?.confidence).toBe('medium');
  });

  test('lists the articles and topics that mention the country', () => {
    const all = corpus();
    const view = allyRouteData(all, NO_ATLAS, all.countries[0]!, ctx);
    expect(view.articles.map((a) => a.href)).toEqual(['/articles/lead/']);
    expect(view.topics.map((t) => t.href)).toEqual(['/topics/background/']);
  });
});

describe('articles, topics and corrections', () => {
  test('an article shows its correction and is updated at the correction time', () => {
    const all = corpus();
    const view = articleRouteData(all, all.articles[0]!, ctx);
    expect(view.corrections).toHaveLength(1);
    expect(view.corrections[0]?.issued.text).toBe('March 10, 2022, 9:40\u00a0p.m. ET');
    expect(view.updated?.iso).toBe('2022-03-10T21:40:00-05:00');
    expect(view.countries.map((c) => c.href)).toEqual(['/allies/colombia/']);
    expect(view.topics.map((t) => t.href)).toEqual(['/topics/background/']);
  });

  test('a topic lists the articles filed under it and every figure its body cites', () => {
    const all = corpus({
      topics: [
        topic('background', { countries: ['colombia'] }, 'Count: <Fact id="venezuelans" />.'),
      ],
    });
    const view = topicRouteData(all, all.topics[0]!, ctx);
    expect(view.articles?.map((a) => a.href)).toEqual(['/articles/lead/']);
    expect(view.figures).toEqual([
      expect.objectContaining({
        id: 'venezuelans',
        value: '1,842,390',
        asOf: 'as of August 31, 2021',
      }),
    ]);
  });

  test('a topic without an update has no updated time', () => {
    const all = corpus();
    expect(topicRouteData(all, all.topics[0]!, ctx).updated).toBeUndefined();
  });

  test('the corrections log and a correction page link the corrected article', () => {
    const all = corpus();
    expect(
      correctionsRouteData(all, { page: 'corrections' }, ctx).corrections[0]?.article?.href,
    ).toBe('/articles/lead/');
    const view = correctionRouteData(all, all.corrections[0]!, ctx);
    expect(view.title).toBe('Correction to “A headline”');
    expect(view.href).toBe('/corrections/lead-fix/');
  });

  test('the home page shows the lead story and the Key points box', () => {
    const view = homeRouteData(corpus(), NO_ATLAS, ctx);
    expect(view.lead?.href).toBe('/articles/lead/');
    expect(view.keyPoints.heading).toBe('Key points');
  });
});

describe('the Key points box', () => {
  const flagged = () =>
    corpus({
      topics: [topic('explainer', { keyPoints: true, order: 1 }), topic('background')],
      corrections: [correction('lead-fix', { keyPoint: true })],
    });

  test('introduces the acronym and says the status is no security guarantee', () => {
    const view = keyPoints(flagged(), ctx, { page: 'home' });
    expect(view.term).toBe('A major non-NATO ally (MNNA)');
    expect(view.noGuarantee).toBe('It is not a security guarantee.');
  });

  test('counts the allies from their recorded steps, as of the day the records were checked', () => {
    const view = keyPoints(flagged(), ctx, { page: 'home' });
    expect(view.count).toBe(
      `As of ${view.asOf.text}, two countries hold the status, by the records on this site.`,
    );
    expect(view.asOf.iso).toBe(SITE.recordsChecked);
    const more = flagged();
    more.countries = [
      ...more.countries,
      country('peru', { iso2: 'PE', isoNumeric: '604', lifecycle: [designated('2026-01-14')] }),
    ];
    expect(keyPoints(more, ctx, { page: 'home' }).count).toMatch(/, three countries/);
  });

  test('names the allies that are also treaty allies, from the treaties, and no one else', () => {
    const all = flagged();
    expect(keyPoints(all, ctx, { page: 'home' }).treatyAllies).toBe('');
    all.treaties = [treaty('pact', { countries: ['colombia'] })];
    expect(keyPoints(all, ctx, { page: 'home' }).treatyAllies).toBe(
      'Colombia is also a U.S. treaty ally. Its defense commitment comes from a separate treaty, never from this status.',
    );
  });

  test('links the correction marked keyPoint, with its time in the newsroom zone', () => {
    const view = keyPoints(flagged(), ctx, { page: 'home' });
    expect(view.correction?.link.href).toBe('/corrections/lead-fix/');
    expect(view.correction?.text).toContain('March 10, 2022, 9:40');
    expect(keyPoints(corpus(), ctx, { page: 'home' }).correction).toBeUndefined();
  });

  test('links the explainer everywhere but on the explainer itself', () => {
    expect(keyPoints(flagged(), ctx, { page: 'home' }).explainer?.href).toBe('/topics/explainer/');
    expect(
      keyPoints(flagged(), ctx, { page: 'topic', slug: 'explainer' }).explainer,
    ).toBeUndefined();
  });

  test('the topic that sets order 1 leads the topic lists; the rest follow by title', () => {
    const all = corpus({
      topics: [
        topic('a', { title: 'Alpha' }),
        topic('z', { title: 'Zulu', order: 1 }),
        topic('m', { title: 'Mike' }),
      ],
    });
    expect(homeRouteData(all, NO_ATLAS, ctx).topics.map((tp) => tp.label)).toEqual([
      'Zulu',
      'Alpha',
      'Mike',
    ]);
  });
});

describe('the search page and what it finds', () => {
  test.each(LOCALES)(
    'offers each result type under its %s label, the one results show',
    (locale) => {
      const view = searchRouteData(corpus(), { ...ctx, locale });
      expect(view.types.map((type) => type.value)).toEqual([...SEARCH_TYPES]);
      expect(view.types.map((type) => type.label)).toEqual(
        SEARCH_TYPES.map((type) => ui(locale).search.types[type]),
      );
    },
  );

  // The language switch carries a search's filters to the other edition: values are slugs.
  test.each(LOCALES)('files pages under country and topic slugs in %s', (locale) => {
    const all = corpus();
    const where = { ...ctx, locale };
    expect(allyRouteData(all, NO_ATLAS, all.countries[0]!, where).head.search).toEqual({
      type: 'Country',
      filters: { country: ['colombia'], topic: ['background'] },
    });
    const view = searchRouteData(all, where);
    expect(view.countries.map((c) => c.value).sort()).toEqual(['colombia', 'qatar']);
    // Offered in alphabetical order of their names in the page's language.
    const labels = view.countries.map((c) => c.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, locale)));
    expect(view.topics.map((tp) => tp.value)).toEqual(['background']);
  });

  test('files an article under the slugs of its countries and topics', () => {
    const all = corpus({
      articles: [
        article('lead', { countries: ['colombia'], topics: ['background'] }),
        article('es/lead', { title: 'Un titular', locale: 'es' }),
      ],
    });
    for (const version of all.articles) {
      const where = { ...ctx, locale: version.data.locale };
      expect(articleRouteData(all, version, where).head.search, version.id).toEqual({
        type: 'Article',
        filters: { country: ['colombia'], topic: ['background'] },
      });
    }
  });

  // The Spanish search page finds an untranslated original in the English index, once, and
  // links to its fallback page; the fallback page itself is in no index.
  test('an original with no Spanish version is found from Spanish search, and its fallback is not', () => {
    const all = corpus();
    const lead = all.articles[0]!;
    expect(articleRouteData(all, lead, ctx).head.search).toEqual({
      type: 'Article',
      filters: {
        country: ['colombia'],
        topic: ['background'],
        untranslated: ['es'],
        fallback_es: ['/es/articles/lead/'],
      },
    });
    const project = { ...ctx, base: '/allies-beyond-nato/' };
    expect(topicRouteData(all, all.topics[0]!, project).head.search?.filters).toMatchObject({
      fallback_es: ['/allies-beyond-nato/es/topics/background/'],
    });
    expect(articleRouteData(all, lead, { ...ctx, locale: 'es' }).head.search).toBeUndefined();
  });

  test('the Spanish search page also searches the English index, for untranslated originals only', () => {
    expect(searchRouteData(corpus(), ctx).indexes).toEqual([
      { bundle: '/pagefind/en/', lang: 'en' },
    ]);
    const project = { ...ctx, locale: 'es', base: '/allies-beyond-nato/' } as const;
    expect(searchRouteData(corpus(), project).indexes).toEqual([
      { bundle: '/allies-beyond-nato/pagefind/es/', lang: 'es' },
      {
        bundle: '/allies-beyond-nato/pagefind/en/',
        lang: 'en',
        filters: { untranslated: 'es' },
        linkFilter: 'fallback_es',
        languageNote: '(en inglés)',
      },
    ]);
    // With every article and topic translated, there is nothing to find there.
    const translated = corpus({
      articles: [article('lead'), article('es/lead', { title: 'Un titular', locale: 'es' })],
      topics: [topic('background'), topic('es/background', { title: 'Un tema', locale: 'es' })],
    });
    expect(searchRouteData(translated, { ...ctx, locale: 'es' }).indexes).toEqual([
      { bundle: '/pagefind/es/', lang: 'es' },
    ]);
  });
});

describe('a site served under a path (a GitHub Pages project site)', () => {
  const project = {
    ...ctx,
    site: 'https://user.github.io/allies-beyond-nato/',
    base: '/allies-beyond-nato/',
  } as const;

  test('links, feeds, the sitemap and the icon are root-relative under the path', () => {
    const all = corpus();
    const view = allyRouteData(all, NO_ATLAS, all.countries[0]!, project);
    expect(view.previous?.href).toBe('/allies-beyond-nato/allies/qatar/');
    expect(view.articles.map((a) => a.href)).toEqual(['/allies-beyond-nato/articles/lead/']);
    expect(view.head.feeds.map((f) => f.href)).toEqual([
      '/allies-beyond-nato/allies/colombia/rss.xml',
      '/allies-beyond-nato/rss.xml',
      '/allies-beyond-nato/corrections/rss.xml',
    ]);
    expect(view.head.sitemap).toBe('/allies-beyond-nato/sitemap-index.xml');
    expect(view.head.icon).toBe('/allies-beyond-nato/favicon.svg');
    expect(dataRouteData(all, { ...project, locale: 'es' }).files).toEqual({
      json: '/allies-beyond-nato/data/allies.json',
      csv: '/allies-beyond-nato/data/allies.csv',
      schema: '/allies-beyond-nato/data/allies.schema.json',
    });
  });

  test('canonical, alternates, the social card and JSON-LD are absolute under the path', () => {
    const all = corpus();
    const { head } = allyRouteData(all, NO_ATLAS, all.countries[0]!, project);
    expect(head.canonical).toBe('https://user.github.io/allies-beyond-nato/allies/colombia/');
    expect(head.alternates.map((a) => a.href)).toEqual([
      'https://user.github.io/allies-beyond-nato/allies/colombia/',
      'https://user.github.io/allies-beyond-nato/es/allies/colombia/',
      'https://user.github.io/allies-beyond-nato/allies/colombia/',
    ]);
    expect(head.openGraph.image).toBe(
      'https://user.github.io/allies-beyond-nato/og/allies/colombia.png',
    );
    const urls = [...(head.jsonLd ?? '').matchAll(/"(https:\/\/user\.github\.io[^"]*)"/g)];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.map((m) => m[1]).filter((u) => !u?.startsWith(project.site))).toEqual([]);
  });
});
