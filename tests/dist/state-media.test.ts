/**
 * Readers can weigh state media on every built page of both editions: each citation of a source
 * marked `stateMedia` shows the mark in the page's language, and no lifecycle step on an ally
 * page cites only state media without saying so. The checks are tried on broken pages in
 * tests/unit/state-media-checks.test.ts.
 */
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/settings';
import {
  markedSources,
  unacknowledgedSteps,
  unmarkedCitations,
} from '../support/state-media-checks';
import { isFallbackPage, loadPages } from './built-site';

const pages = loadPages();
const marked = markedSources();
const localeOf = (path: string): Locale => (path.startsWith('/es/') ? 'es' : 'en');

test('some sources are marked as state media, and some pages cite them', () => {
  expect(marked.length).toBeGreaterThan(0);
  const citing = pages.filter((p) => marked.some((s) => p.root.getElementById(`source-${s.id}`)));
  expect(citing.map((p) => p.path)).toEqual(
    expect.arrayContaining([
      '/sources/',
      '/es/sources/',
      '/allies/colombia/',
      '/es/allies/colombia/',
    ]),
  );
});

describe('every citation of a marked source shows the mark', () => {
  // A fallback page shows an untranslated entry; its interface words are still the page's.
  test.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
    expect(unmarkedCitations(page.root, localeOf(path), marked), path).toEqual([]);
  });
});

describe('no lifecycle step on an ally page rests on state media alone unremarked', () => {
  const allyPages = pages.filter((p) => /^(\/es)?\/allies\/[^/]+\/$/.test(p.path));
  test('there are ally pages in both editions', () => {
    expect(allyPages.some((p) => p.path.startsWith('/es/'))).toBe(true);
    expect(allyPages.some((p) => !p.path.startsWith('/es/') && !isFallbackPage(p))).toBe(true);
  });
  test.each(allyPages.map((p) => [p.path, p] as const))('%s', (path, page) => {
    expect(unacknowledgedSteps(page.root, localeOf(path), marked), path).toEqual([]);
  });
});
