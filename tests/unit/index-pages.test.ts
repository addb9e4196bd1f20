import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { searchIndexPath } from '../../src/lib/paths';
import { bundleFolder, indexLanguage } from '../../src/postbuild/index-pages';
import { LOCALES } from '../../src/settings';

const page = (html: string, body: string) => `<!doctype html><html${html}><head></head>${body}`;

describe('which built pages go into which language’s search index', () => {
  test.each([
    ['an article', page(' lang="es"', '<article><div data-pagefind-body>x</div></article>'), 'es'],
    [
      'an ally page',
      page(' class="a" lang="EN"', '<h1 class="x" data-pagefind-body="">x</h1>'),
      'en',
    ],
    ['a listing', page(' lang="en"', '<main><h1>Topics</h1></main>'), undefined],
    // A fallback page: the English text in the Spanish frame, marked nowhere for search.
    [
      'a fallback page',
      page(' lang="es"', '<div class="prose" lang="en" data-body>x</div>'),
      undefined,
    ],
    // The words, written about in a page, are not the attribute.
    [
      'a page that quotes it',
      page(' lang="en"', '<code>&lt;div data-pagefind-body&gt;</code>'),
      undefined,
    ],
  ])('%s: %s', (_name, html, expected) => {
    expect(indexLanguage(html, 'x/index.html')).toBe(expected);
  });

  test('a page marked for search without a language is an error that names it', () => {
    expect(() =>
      indexLanguage(page('', '<p data-pagefind-body>x</p>'), 'allies/x/index.html'),
    ).toThrow(/allies\/x\/index\.html.*lang/);
  });

  test.each(LOCALES)('the %s bundle is written where the search page loads it from', (locale) => {
    const folder = relative('/site', bundleFolder('/site', locale));
    expect(`/${folder}/`).toBe(searchIndexPath(locale));
  });
});
