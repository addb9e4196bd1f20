import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  glossaryTermPath,
  hrefTo,
  pathTo,
  searchIndexPath,
  withBase,
  type Route,
} from '../../src/lib/paths';

describe('pathTo builds every URL on the site', () => {
  test.each<[Route, 'en' | 'es', string]>([
    [{ page: 'home' }, 'en', '/'],
    [{ page: 'home' }, 'es', '/es/'],
    [{ page: 'allies' }, 'en', '/allies/'],
    [{ page: 'ally', slug: 'south-korea' }, 'en', '/allies/south-korea/'],
    [{ page: 'ally', slug: 'colombia' }, 'es', '/es/allies/colombia/'],
    [{ page: 'topic', slug: 'plan-colombia' }, 'en', '/topics/plan-colombia/'],
    [
      { page: 'article', slug: 'colombia-major-non-nato-ally' },
      'en',
      '/articles/colombia-major-non-nato-ally/',
    ],
    [{ page: 'corrections' }, 'en', '/corrections/'],
    [{ page: 'correction', slug: 'x-2022-03-10' }, 'es', '/es/corrections/x-2022-03-10/'],
    [{ page: 'glossary' }, 'en', '/glossary/'],
    [{ page: 'glossary' }, 'es', '/es/glossary/'],
    [{ page: 'info', slug: 'about' }, 'en', '/about/'],
    [{ page: 'info', slug: 'methodology' }, 'es', '/es/methodology/'],
    [{ page: 'info', slug: 'corrections-policy' }, 'en', '/corrections-policy/'],
    [{ page: 'not-found' }, 'en', '/404/'],
    [{ page: 'sitemap' }, 'en', '/sitemap-index.xml'],
  ])('%o in %s is %s', (route, locale, expected) => {
    expect(pathTo(route, locale)).toBe(expected);
  });

  test.each(['Colombia', 'south_korea', 'a/b', '', '-x'])('refuses the slug "%s"', (slug) => {
    expect(() => pathTo({ page: 'ally', slug })).toThrow(/slug/);
  });
});

describe("glossaryTermPath links to a term's entry on the glossary page", () => {
  test.each<['en' | 'es', string]>([
    ['en', '/glossary/#mnna'],
    ['es', '/es/glossary/#mnna'],
  ])('in %s: %s', (locale, expected) => {
    expect(glossaryTermPath('mnna', locale)).toBe(expected);
  });

  test('refuses an id that is not a slug', () => {
    expect(() => glossaryTermPath('Title 10')).toThrow(/slug/);
  });
});

describe('absoluteUrl', () => {
  test.each([
    ['/allies/', 'https://example.org/', 'https://example.org/allies/'],
    ['/allies/', 'https://example.org', 'https://example.org/allies/'],
    ['/', 'http://localhost:4321/', 'http://localhost:4321/'],
    ['/allies/', 'https://example.org/mnna/', 'https://example.org/mnna/allies/'],
  ])('%s against %s is %s', (path, site, expected) => {
    expect(absoluteUrl(path, site)).toBe(expected);
  });
});

describe('withBase and hrefTo put a path under the base the site is served from', () => {
  test.each([
    ['/', '/', '/'],
    ['/allies/', '/', '/allies/'],
    ['/', '/allies-beyond-nato/', '/allies-beyond-nato/'],
    ['/es/allies/colombia/', '/allies-beyond-nato/', '/allies-beyond-nato/es/allies/colombia/'],
    ['/favicon.svg', '/a/b/', '/a/b/favicon.svg'],
    ['/sitemap-index.xml', '/mnna/', '/mnna/sitemap-index.xml'],
  ])('%s under %s is %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  test("a language's search index is a folder of its own, under the base like any file", () => {
    expect(searchIndexPath('en')).toBe('/pagefind/en/');
    expect(withBase(searchIndexPath('es'), '/mnna/')).toBe('/mnna/pagefind/es/');
  });

  test('hrefTo is pathTo under the base', () => {
    expect(hrefTo({ page: 'ally', slug: 'colombia' }, 'es', '/mnna/')).toBe(
      '/mnna/es/allies/colombia/',
    );
    expect(hrefTo({ page: 'home' }, 'en', '/')).toBe('/');
  });

  test.each(['', 'mnna/', '/mnna', 'en'])('refuses the base "%s"', (base) => {
    expect(() => withBase('/allies/', base)).toThrow(/base path/);
  });
});
