/**
 * The base-path check (tests/support/base-path.ts), tried on the ways a build for a project site
 * goes wrong: each must be reported, so the check in tests/basepath cannot pass by missing them.
 */
import { describe, expect, test } from 'vitest';
import { ownUrls, urlsOutsideBase } from '../support/base-path';

const served = { origin: 'http://localhost:4567', base: '/repo/' };

describe('URLs that leave the base path', () => {
  test.each([
    ['a root-relative link', '<a href="/allies/">x</a>', '/allies/'],
    ['a stylesheet', "<link rel='stylesheet' href='/_astro/a.css'>", '/_astro/a.css'],
    ['a script', '<script type="module" src="/_astro/b.js"></script>', '/_astro/b.js'],
    ['a srcset candidate', '<img srcset="/repo/a.png 1x, /b.png 2x">', '/b.png'],
    ['a social image', '<meta property="og:image" content="/og/home.png">', '/og/home.png'],
    [
      'a canonical on the origin',
      '<link rel="canonical" href="http://localhost:4567/allies/">',
      'http://localhost:4567/allies/',
    ],
    ['a sitemap entry', '<loc>http://localhost:4567/es/</loc>', 'http://localhost:4567/es/'],
    [
      'robots.txt',
      'Sitemap: http://localhost:4567/sitemap-index.xml',
      'http://localhost:4567/sitemap-index.xml',
    ],
    ['a CSS url()', '.x{background:url(/img/a.svg)}', '/img/a.svg'],
    ['a JSON string', '{"url":"/allies/colombia/"}', '/allies/colombia/'],
    ['the bare origin', '{"url":"http://localhost:4567"}', 'http://localhost:4567'],
  ])('finds %s', (_, text, url) => {
    expect(urlsOutsideBase(text, served)).toEqual([url]);
  });

  test('lets through URLs under the base, fragments, other sites and lookalike ports', () => {
    const text = [
      '<a href="/repo/allies/">x</a><a href="#main">y</a><a href="https://example.org/">z</a>',
      '<a href="//cdn.example.org/x.js">w</a><img src="data:image/png;base64,AA">',
      '<link rel="canonical" href="http://localhost:4567/repo/">',
      '<loc>http://localhost:45670/allies/</loc>',
      '{"url":"http://localhost:4567/repo/data/allies.json","note":"a/b"}',
    ].join('\n');
    expect(urlsOutsideBase(text, served)).toEqual([]);
    expect(ownUrls(text, served.origin)).toContain('http://localhost:4567/repo/');
  });

  test('reads JSON strings only in JSON, not between the quotes of HTML', () => {
    expect(
      urlsOutsideBase('<meta content="x"/><link rel="icon" href="/repo/i.svg">', served),
    ).toEqual([]);
  });
});
