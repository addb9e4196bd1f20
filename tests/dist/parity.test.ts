/**
 * The two editions are equal in everything a reader or a machine can compare: for every English
 * page and its Spanish twin, the same layout sections in the same order, as many items in each
 * generated list (since then, figures, sources, timeline, related links), the same headings,
 * footnote marks, map links and table rows, and the same links apart from the `/es` prefix.
 * A difference names the page and what differs.
 */
import { describe, expect, test } from 'vitest';
import { pageOutline, parityProblems } from '../support/site-checks';
import { loadPages } from './built-site';

const pages = loadPages().filter((p) => p.path !== '/404.html');
const byPath = new Map(pages.map((p) => [p.path, p]));
const pairs = pages
  .filter((p) => !p.path.startsWith('/es/'))
  .map((en) => [en.path, en, byPath.get(`/es${en.path}`)] as const);

describe('every English page has a Spanish twin with the same outline', () => {
  test('every page has its twin', () => {
    expect(pairs.filter(([, , es]) => !es).map(([path]) => path)).toEqual([]);
  });

  test.each(pairs)('%s', (_path, en, es) => {
    const main = (page: typeof en) => {
      const found = page.root.querySelector('main');
      if (!found) throw new Error(`${page.path} has no <main>`);
      return found;
    };
    expect(parityProblems(pageOutline(main(en), '/es'), pageOutline(main(es!), '/es'))).toEqual([]);
  });
});
