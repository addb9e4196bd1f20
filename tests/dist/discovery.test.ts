/**
 * What search engines, feed readers, social networks and data journalists get from the built
 * site: structured data, sitemap, feeds, social cards, open data. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { countryFiles } from '../support/content-files';
import { DIST, fileOfPath, loadPages, SITE_URL, sitemapLocations } from './built-site';

const pages = loadPages().filter((p) => p.path !== '/404.html');
const byPath = new Map(pages.map((p) => [p.path, p]));
/** What the built site must show, from content/ itself. */
const countries = countryFiles();
const XSD = join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  'sitemap',
  'schema',
  'sitemap.xsd',
);
/** sitemaps.org's XSD plus a schema for the xhtml:link language alternates. */
const XSD_WITH_ALTERNATES = join(import.meta.dirname, 'sitemap-with-alternates.xsd');

type Node = Record<string, unknown> & { '@type': string };

function graphOf(path: string): Node[] {
  const page = byPath.get(path);
  const script = page?.root.querySelector('script[type="application/ld+json"]');
  if (!script) throw new Error(`no JSON-LD on ${path}`);
  const doc = JSON.parse(script.rawText) as { '@context': string; '@graph': Node[] };
  expect(doc['@context']).toBe('https://schema.org');
  return doc['@graph'];
}

/** The properties each type must have, per schema.org's and Google's guidance. */
const REQUIRED: Record<string, string[]> = {
  WebSite: ['name', 'url'],
  BreadcrumbList: ['itemListElement'],
  NewsArticle: ['headline', 'datePublished', 'dateModified', 'author', 'publisher', 'image', 'url'],
  Article: ['headline', 'datePublished', 'author', 'publisher', 'image', 'url'],
  Country: ['name'],
  Legislation: ['name', 'legislationIdentifier'],
  Event: ['name', 'startDate'],
  CorrectionComment: ['text', 'datePublished'],
  AboutPage: ['name', 'url', 'inLanguage'],
  Organization: ['name', 'url'],
  ContactPoint: ['contactType', 'email'],
  Dataset: ['name', 'description', 'url', 'creator', 'publisher', 'license', 'distribution'],
  DataDownload: ['encodingFormat', 'contentUrl'],
};

function walk(node: unknown, visit: (n: Node) => void) {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    if ('@type' in node) visit(node as Node);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

describe('structured data', () => {
  test.each(pages.map((p) => [p.path]))(
    '%s has JSON-LD that parses, with every required field',
    (path) => {
      const missing: string[] = [];
      walk(graphOf(path), (n) => {
        for (const field of REQUIRED[n['@type']] ?? []) {
          if (n[field] === undefined || n[field] === '') missing.push(`${n['@type']}.${field}`);
        }
      });
      expect(missing, `missing JSON-LD fields on ${path}`).toEqual([]);
    },
  );

  test('every page has a breadcrumb trail, and the home page also describes the WebSite', () => {
    for (const { path } of pages) {
      const types = graphOf(path).map((n) => n['@type']);
      expect(types, path).toContain('BreadcrumbList');
      if (path === '/') expect(types).toContain('WebSite');
    }
  });

  test("the article's dateModified is the byline's “Updated” time (its latest correction or update), and it carries its corrections as CorrectionComments", () => {
    const path = '/articles/colombia-major-non-nato-ally/';
    const article = graphOf(path).find((n) => n['@type'] === 'NewsArticle');
    const byline = pages
      .find((p) => p.path === path)
      ?.root.querySelectorAll('article header time')
      .map((t) => t.getAttribute('datetime'));
    expect(byline?.length, 'published and updated times in the byline').toBe(2);
    expect(article?.['dateModified']).toBe(byline?.at(-1));
    const correction = (article?.['correction'] as Node[])[0];
    expect(correction?.['@type']).toBe('CorrectionComment');
    expect(correction?.['datePublished']).toBe('2022-03-10T21:40:00-05:00');
    expect(String(correction?.['text'])).toMatch(/no security guarantee/);
    expect((article?.['about'] as Node[])[0]?.['name']).toBe('Colombia');
    const laws = (article?.['citation'] as Node[]).map((l) => l['legislationIdentifier']);
    expect(laws).toContain('22 U.S.C. 2321k');
  });

  test('every ally page describes its country with a URL and its designation events', () => {
    const allyPages = pages.filter((p) => /^\/allies\/[a-z0-9-]+\/$/.test(p.path));
    expect(allyPages.map((p) => p.path).sort()).toEqual(
      countries.map((c) => `/allies/${c.slug}/`).sort(),
    );
    for (const page of allyPages) {
      const node = graphOf(page.path).find((n) => n['@type'] === 'Country');
      expect(node?.['url'], page.path).toBe(new URL(page.path, SITE_URL).href);
      expect((node?.['event'] as Node[]).length, page.path).toBeGreaterThan(0);
    }
    const country = graphOf('/allies/colombia/').find((n) => n['@type'] === 'Country');
    expect(country?.['identifier']).toBe('CO');
    // The announcement, the notice to Congress and the designation.
    expect((country?.['event'] as Node[]).map((e) => e['startDate'])).toEqual([
      '2022-03-10',
      '2022-04-21',
      '2022-05-23',
    ]);
  });

  test('the elections topic lists the 2022 elections as events', () => {
    const topic = graphOf('/topics/colombia-2022-elections/').find((n) => n['@type'] === 'Article');
    const events = (topic?.['about'] as Node[]).filter((n) => n['@type'] === 'Event');
    expect(events.map((e) => e['startDate'])).toEqual([
      '2022-03-13',
      '2022-05-29',
      '2022-06-19',
      '2022-08-07',
    ]);
  });

  test('JSON-LD is serialised so no text can close its script tag', () => {
    for (const page of pages) {
      const raw = page.root.querySelector('script[type="application/ld+json"]')?.rawText ?? '';
      expect(raw, page.path).not.toContain('<');
    }
  });
});

describe('meta tags', () => {
  test.each(pages.map((p) => [p.path, p] as const))(
    '%s has description, Open Graph and Twitter tags',
    (_path, page) => {
      for (const selector of [
        'meta[name="description"]',
        'meta[property="og:title"]',
        'meta[property="og:description"]',
        'meta[property="og:url"]',
        'meta[property="og:image"]',
        'meta[name="twitter:card"]',
        'meta[name="twitter:image"]',
      ]) {
        expect(page.root.querySelector(selector)?.getAttribute('content'), selector).toBeTruthy();
      }
      expect(page.root.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
        page.root.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      );
    },
  );
});

describe('social cards', () => {
  test.each(pages.map((p) => [p.path, p] as const))(
    "%s's og:image exists and is a 1200×630 PNG",
    (_path, page) => {
      const url =
        page.root.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      const file = fileOfPath(new URL(url).pathname);
      expect(file, url).toBeDefined();
      const png = readFileSync(file!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    },
  );

  test('articles, topics, allies and the home page each have their own card', () => {
    for (const path of [
      '/og/home.png',
      '/og/articles/colombia-major-non-nato-ally.png',
      '/og/topics/plan-colombia.png',
      '/og/allies/kenya.png',
    ]) {
      expect(existsSync(join(DIST, path)), path).toBe(true);
    }
  });
});

describe('the sitemap', () => {
  test('passes the sitemaps.org XSD (with the xhtml:link alternates schema)', () => {
    for (const file of ['sitemap-index.xml', 'sitemap-0.xml']) {
      const xsd =
        file === 'sitemap-index.xml'
          ? XSD.replace('sitemap.xsd', 'siteindex.xsd')
          : XSD_WITH_ALTERNATES;
      const schema = existsSync(xsd) ? xsd : XSD;
      if (file === 'sitemap-index.xml' && schema === XSD) continue;
      execFileSync('xmllint', ['--noout', '--schema', schema, join(DIST, file)], { stdio: 'pipe' });
    }
  });

  test("gives every URL a lastmod equal to its page's content date", () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)];
    expect(entries.length).toBe(sitemapLocations().length);
    for (const [, loc, lastmod] of entries) {
      const page = byPath.get(new URL(loc!).pathname);
      const modified = page?.root
        .querySelector('meta[name="dcterms.modified"]')
        ?.getAttribute('content');
      // The same instant, written in UTC by the sitemap and with the newsroom's offset in the page.
      expect(Date.parse(lastmod ?? ''), loc).toBe(Date.parse(modified ?? ''));
    }
  });

  test('robots.txt points to the absolute sitemap index', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', SITE_URL).href}`);
  });
});

describe('feeds', () => {
  test.each([['rss.xml'], ['corrections/rss.xml']])(
    '%s is well-formed, dated from content, and every link resolves',
    (file) => {
      const path = join(DIST, file);
      execFileSync('xmllint', ['--noout', path], { stdio: 'pipe' });
      const xml = readFileSync(path, 'utf8');
      const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(
        (m) => m[1] ?? '',
      );
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.startsWith(SITE_URL), link).toBe(true);
        expect(fileOfPath(new URL(link).pathname), link).toBeDefined();
      }
      for (const [, date] of xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)) {
        expect(Number.isNaN(Date.parse(date!))).toBe(false);
      }
    },
  );

  test('the corrections feed dates the correction at 9:40 p.m. Eastern on March 10, 2022', () => {
    const xml = readFileSync(join(DIST, 'corrections', 'rss.xml'), 'utf8');
    expect(xml).toContain('<pubDate>Fri, 11 Mar 2022 02:40:00 GMT</pubDate>');
  });

  test('every page advertises the site’s two feeds in its own language, after its own', () => {
    for (const page of pages) {
      const hrefs = page.root
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .map((l) => l.getAttribute('href'));
      const prefix = page.path.startsWith('/es/') ? '/es' : '';
      // A topic or an ally (and its list of stories) has a feed of its own, advertised first.
      const own = /^((?:\/es)?\/(?:topics|allies)\/[^/]+\/)(?:stories\/(?:\d+\/)?)?$/.exec(
        page.path,
      );
      expect(hrefs, page.path).toEqual([
        ...(own ? [`${own[1]}rss.xml`] : []),
        `${prefix}/rss.xml`,
        `${prefix}/corrections/rss.xml`,
      ]);
    }
  });

  test('the Spanish feeds are in Spanish and link to Spanish pages', () => {
    for (const feed of ['es/rss.xml', 'es/corrections/rss.xml']) {
      const xml = readFileSync(join(DIST, feed), 'utf8');
      expect(xml, feed).toContain('<language>es</language>');
      const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(
        (m) => new URL(m[1]!).pathname,
      );
      expect(links.length, feed).toBeGreaterThan(0);
      for (const link of links) expect(link, feed).toMatch(/^\/es\//);
    }
  });
});

describe('open data', () => {
  const dataset = JSON.parse(readFileSync(join(DIST, 'data', 'allies.json'), 'utf8')) as {
    allies: { slug: string; status: string; lifecycle: { sources: unknown[] }[] }[];
  };
  const schema = JSON.parse(
    readFileSync(join(DIST, 'data', 'allies.schema.json'), 'utf8'),
  ) as object;

  test('allies.json validates against allies.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(dataset), JSON.stringify(validate.errors)).toBe(true);
  });

  test('the data matches content/countries: each country once, with its status and steps, every step sourced', () => {
    const summary = (allies: { slug: string; status: string; lifecycle: unknown[] }[]) =>
      Object.fromEntries(allies.map((a) => [a.slug, `${a.status}, ${a.lifecycle.length} steps`]));
    expect(dataset.allies).toHaveLength(countries.length);
    expect(summary(dataset.allies)).toEqual(summary(countries));
    for (const ally of dataset.allies)
      for (const step of ally.lifecycle) expect(step.sources.length).toBeGreaterThan(0);
  });

  test('allies.csv has a header and one row per lifecycle step in content/countries', () => {
    const csv = readFileSync(join(DIST, 'data', 'allies.csv'), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toMatch(/^slug,name,iso2,iso_numeric,region,status,event,date,date_precision/);
    expect(csv.length - 1).toBe(countries.reduce((n, c) => n + c.lifecycle.length, 0));
  });
});
