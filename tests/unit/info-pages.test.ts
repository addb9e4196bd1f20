import { describe, expect, test } from 'vitest';
import { findIntegrityProblems } from '../../src/lib/integrity';
import { lastModified } from '../../src/lib/lastmod';
import { temporalCoverage } from '../../src/lib/site-ld';
import { infoRouteData } from '../../src/route-data/info';
import { dataRouteData } from '../../src/route-data/listings';
import { INFO_PAGES } from '../../src/schemas/info-page';
import { corpus, country, designated, infoPage } from './fixtures';

const ctx = {
  locale: 'en',
  timeZone: 'America/New_York',
  site: 'https://allies.example.org/',
  base: '/',
} as const;
const es = { ...ctx, locale: 'es' } as const;

/** The JSON-LD nodes of a page, by `@type`. */
function nodes(jsonLd: string | undefined): Record<string, Record<string, unknown>> {
  const graph = (JSON.parse(jsonLd ?? '{}') as { '@graph': Record<string, unknown>[] })['@graph'];
  return Object.fromEntries(graph.map((n) => [String(n['@type']), n]));
}

const withSpanish = () =>
  corpus({
    pages: [
      ...INFO_PAGES.map((slug) => infoPage(slug)),
      infoPage('es/about', { locale: 'es', title: 'Quiénes somos' }),
    ],
  });

describe('the About, Methodology and Corrections policy pages', () => {
  test('each is at its own address in both languages, with its title and body', () => {
    const about = infoRouteData(withSpanish(), 'about', es);
    expect(about.head.canonical).toBe('https://allies.example.org/es/about/');
    expect(about.title).toBe('Quiénes somos');
    expect(about.body).toEqual({ collection: 'pages', id: 'es/about' });
    expect(about.lang).toBeUndefined();
    expect(about.crumbs.map((c) => c.label)).toEqual(['Inicio', 'Quiénes somos']);
  });

  test('a page not yet translated shows the English text, marked, and is no alternate', () => {
    const methodology = infoRouteData(withSpanish(), 'methodology', es);
    expect(methodology.body.id).toBe('methodology');
    expect(methodology.lang).toBe('en');
    expect(methodology.untranslated).toBe('all');
    expect(methodology.head.canonical).toBe('https://allies.example.org/methodology/');
    expect(methodology.head.alternates.map((a) => a.hreflang)).toEqual(['en', 'x-default']);
  });

  test('the About page is an AboutPage naming the publisher’s policies and corrections address', () => {
    const ld = nodes(infoRouteData(withSpanish(), 'about', ctx).head.jsonLd);
    expect(ld['AboutPage']).toMatchObject({ url: 'https://allies.example.org/about/' });
    expect(ld['WebPage']).toBeUndefined();
    expect(ld['Organization']).toMatchObject({
      publishingPrinciples: 'https://allies.example.org/methodology/',
      correctionsPolicy: 'https://allies.example.org/corrections-policy/',
      ownershipFundingInfo: 'https://allies.example.org/about/',
      contactPoint: { email: 'corrections@allies.example.org', contactType: 'corrections' },
    });
  });

  test('the other two are WebPages', () => {
    for (const slug of ['methodology', 'corrections-policy'] as const) {
      const ld = nodes(infoRouteData(withSpanish(), slug, ctx).head.jsonLd);
      expect(ld['WebPage'], slug).toBeDefined();
      expect(ld['AboutPage'], slug).toBeUndefined();
    }
  });

  test('a page changed when its text did, or when a count its body prints did', () => {
    const plain = corpus({ pages: [infoPage('about', { updated: '2026-11-30' })] });
    expect(lastModified({ page: 'info', slug: 'about' }, plain, ctx.timeZone)).toBe(
      '2026-11-30T00:00:00-05:00',
    );
    const counting = corpus({
      pages: [infoPage('about', { updated: '2022-01-01' }, 'Today: <AllyCount />.')],
      countries: [country('colombia', { lifecycle: [designated('2022-05-23')] })],
    });
    expect(lastModified({ page: 'info', slug: 'about' }, counting, ctx.timeZone)).toBe(
      '2022-05-23T00:00:00-04:00',
    );
  });
});

describe('the pages are a closed set the footer can always link', () => {
  test('a page missing in English stops the build, naming the file to write', () => {
    const problems = findIntegrityProblems(
      corpus({ pages: [infoPage('about'), infoPage('methodology')] }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/pages/corrections-policy.mdx',
        message: expect.stringMatching(/footer links the corrections-policy page/),
      }),
    ]);
  });

  test('a file named for no known page stops the build, naming the file', () => {
    const problems = findIntegrityProblems(
      corpus({ pages: [...INFO_PAGES.map((slug) => infoPage(slug)), infoPage('team')] }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/pages/team.mdx',
        field: 'file name',
        message: expect.stringMatching(/"team" is not one of the site's pages/),
      }),
    ]);
  });

  test('a page updated after today stops the build, naming the file and field', () => {
    const problems = findIntegrityProblems(
      corpus({
        pages: [
          infoPage('about', { updated: '2062-11-30' }),
          infoPage('methodology'),
          infoPage('corrections-policy'),
        ],
      }),
      'America/New_York',
      '2026-11-30',
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/pages/about.mdx', field: 'updated' }),
    ]);
  });

  test('a count typed into a page stops the build, as in articles', () => {
    const problems = findIntegrityProblems(
      corpus({
        pages: [
          infoPage('about', {}, 'Colombia became the nineteenth major non-NATO ally.'),
          infoPage('methodology'),
          infoPage('corrections-policy'),
        ],
      }),
    );
    expect(problems.map((p) => p.file)).toEqual(['content/pages/about.mdx']);
  });
});

describe('the open data’s Dataset JSON-LD', () => {
  const data = corpus({
    countries: [
      country('colombia', { lifecycle: [designated('2022-05-23')] }),
      country('qatar', { iso2: 'QA', isoNumeric: '634', lifecycle: [designated('1996')] }),
    ],
  });

  test.each([ctx, es])('lists every file as a download, in $locale', (c) => {
    const dataset = nodes(dataRouteData(data, c).head.jsonLd)['Dataset'];
    expect(dataset).toMatchObject({
      url: `https://allies.example.org/${c.locale === 'es' ? 'es/' : ''}data/`,
      inLanguage: 'en',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      temporalCoverage: '1996/2022-05-23',
      dateModified: '2022-05-23T00:00:00-04:00',
      creator: { '@type': 'Organization', url: 'https://allies.example.org/' },
    });
    expect(dataset?.['distribution']).toEqual([
      expect.objectContaining({
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: 'https://allies.example.org/data/allies.json',
      }),
      expect.objectContaining({
        encodingFormat: 'text/csv',
        contentUrl: 'https://allies.example.org/data/allies.csv',
      }),
      expect.objectContaining({
        encodingFormat: 'application/schema+json',
        contentUrl: 'https://allies.example.org/data/allies.schema.json',
      }),
    ]);
  });

  test('has no temporal coverage without any dated step', () => {
    expect(temporalCoverage({ countries: [] })).toBeUndefined();
  });
});
