import { describe, expect, test } from 'vitest';
import { absoluteUrl, pathTo, type Route } from '../../src/lib/paths';

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
    [{ page: 'not-found' }, 'en', '/404/'],
    [{ page: 'sitemap' }, 'en', '/sitemap-index.xml'],
  ])('%o in %s is %s', (route, locale, expected) => {
    expect(pathTo(route, locale)).toBe(expected);
  });

  test.each(['Colombia', 'south_korea', 'a/b', '', '-x'])('refuses the slug "%s"', (slug) => {
    expect(() => pathTo({ page: 'ally', slug })).toThrow(/slug/);
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
