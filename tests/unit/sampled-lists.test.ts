/**
 * The browser tiers visit every page, except lists of stories that repeat the archive's layout
 * and stories: the archive's first and last pages, and the first page of the first list of each
 * other kind in each edition.
 */
import { describe, expect, test } from 'vitest';
import { fixtureSample, fixtureSlugs, pageKind, sampledLists } from '../e2e/site-urls';

test('the archive’s first and last pages, one list of each other kind per edition, and every other page', () => {
  const paths = [
    '/',
    '/archive/',
    '/archive/2/',
    '/archive/3/',
    '/archive/2021/',
    '/archive/2022/',
    '/archive/2022/2/',
    '/es/archive/2022/',
    '/es/archive/2022/2/',
    '/topics/a/',
    '/topics/a/stories/',
    '/topics/a/stories/2/',
    '/topics/b/stories/',
    '/allies/x/',
    '/allies/x/stories/',
    '/es/allies/x/stories/',
    '/es/allies/x/stories/2/',
    '/corrections/2/',
  ];
  expect(paths.filter(sampledLists(paths))).toEqual([
    '/',
    '/archive/',
    '/archive/3/',
    '/archive/2021/',
    '/es/archive/2022/',
    '/topics/a/',
    '/topics/a/stories/',
    '/allies/x/',
    '/allies/x/stories/',
    '/es/allies/x/stories/',
    '/corrections/2/',
  ]);
});

describe('the fixture site’s sample of the pages it changed', () => {
  test('a page’s kind stands for every page of its layout, in its edition', () => {
    expect(pageKind('/allies/japan/')).toBe('/allies/*/');
    expect(pageKind('/es/allies/fiji/')).toBe('/es/allies/*/');
    expect(pageKind('/allies/colombia/stories/2/')).toBe('/allies/*/stories/#/');
    expect(pageKind('/archive/2022/3/')).toBe('/archive/yyyy/#/');
    expect(pageKind('/archive/5/')).toBe('/archive/#/');
    expect(pageKind('/glossary/')).toBe('/glossary/');
  });

  test('keeps every page naming a fixture, and the most changed page of each other kind', () => {
    const candidates = [
      { path: '/allies/japan/', change: 40 },
      { path: '/allies/australia/', change: 900 },
      { path: '/allies/fiji/', change: Number.POSITIVE_INFINITY },
      { path: '/es/allies/japan/', change: 40 },
      { path: '/articles/fixture-bare/', change: Number.POSITIVE_INFINITY },
      { path: '/articles/colombia-major-non-nato-ally/', change: 12 },
      { path: '/glossary/', change: 3 },
    ];
    const keep = fixtureSample(candidates, new Set(['fiji', 'fixture-bare']));
    expect(candidates.map((c) => c.path).filter(keep)).toEqual([
      '/allies/australia/',
      '/allies/fiji/',
      '/es/allies/japan/',
      '/articles/fixture-bare/',
      '/articles/colombia-major-non-nato-ally/',
      '/glossary/',
    ]);
  });

  test('knows the fixture entries by their file names', () => {
    expect(fixtureSlugs()).toContain('fiji');
    expect(fixtureSlugs()).toContain('fixture-bare');
  });
});
