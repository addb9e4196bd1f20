/**
 * The browser tiers visit every page, except lists of stories that repeat the archive's layout
 * and stories: the archive's first and last pages, and the first page of the first list of each
 * other kind in each edition.
 */
import { expect, test } from 'vitest';
import { sampledLists } from '../e2e/site-urls';

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
