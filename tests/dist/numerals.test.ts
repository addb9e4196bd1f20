/**
 * Every page, both editions, writes small counts in words ("five allies"), as news style does:
 * the check is in tests/support/numerals.ts, shown failing in tests/unit/numerals.test.ts.
 */
import { expect, test } from 'vitest';
import { smallFigureProblems } from '../support/numerals';
import { loadPages } from './built-site';

const pages = loadPages().filter((p) => p.path.endsWith('/'));

test.each(pages.map((p) => [p.path, p] as const))(
  '%s counts small numbers in words',
  (path, page) => {
    const main = page.root.querySelector('main');
    const text = main ? main.structuredText : '';
    expect(smallFigureProblems(text), path).toEqual([]);
  },
);
