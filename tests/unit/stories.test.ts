/**
 * Which stories a list holds and in what order (src/lib/stories.ts): the rule every list page,
 * its paths, its feed and its last-modified date follow, made once per corpus and list.
 */
import { describe, expect, test } from 'vitest';
import { archiveYears, storiesOn } from '../../src/lib/stories';
import { article, corpus } from './fixtures';

const TZ = 'America/New_York';

const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

function archive() {
  return corpus({
    articles: [
      article('b-old', {
        published: '2021-12-31',
        countries: ['colombia'],
        topics: ['background'],
      }),
      article('c-new', { published: '2022-05-23', countries: ['qatar'] }),
      article('a-tie', { published: '2022-05-23', countries: ['colombia'] }),
      // 00:30 UTC on January 1 is still December 31 in New York: the 2021 list holds it.
      article('d-late', { published: '2022-01-01T00:30:00Z', topics: ['background'] }),
      article('c-new-es', {
        published: '2022-05-23',
        countries: ['qatar'],
        locale: 'es',
        translationKey: 'c-new',
      }),
    ],
  });
}

describe('a list of stories', () => {
  test('holds originals only, newest first, a tie broken by id', () => {
    expect(ids(storiesOn(archive(), { page: 'archive' }, TZ))).toEqual([
      'a-tie',
      'c-new',
      'd-late',
      'b-old',
    ]);
  });

  test("a topic's, an ally's and a year's lists are the archive's order, filtered", () => {
    const c = archive();
    expect(ids(storiesOn(c, { page: 'topic-stories', slug: 'background' }, TZ))).toEqual([
      'd-late',
      'b-old',
    ]);
    expect(ids(storiesOn(c, { page: 'ally-stories', slug: 'colombia' }, TZ))).toEqual([
      'a-tie',
      'b-old',
    ]);
    expect(ids(storiesOn(c, { page: 'archive', year: 2021 }, TZ))).toEqual(['d-late', 'b-old']);
    expect(ids(storiesOn(c, { page: 'archive', year: 2022 }, TZ))).toEqual(['a-tie', 'c-new']);
    expect(archiveYears(c, TZ)).toEqual([2022, 2021]);
  });

  test('every page of a list gets the same list, made once, which no page can change', () => {
    const c = archive();
    const first = storiesOn(c, { page: 'ally-stories', slug: 'colombia', n: 1 }, TZ);
    expect(storiesOn(c, { page: 'ally-stories', slug: 'colombia', n: 2 }, TZ)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  test('a corpus loaded again after an edit gets lists of its own, never the old ones', () => {
    const before = archive();
    const listed = storiesOn(before, { page: 'archive' }, TZ);
    const after = corpus({
      articles: [...archive().articles, article('e-newest', { published: '2026-11-30' })],
    });
    expect(storiesOn(after, { page: 'archive' }, TZ)).not.toBe(listed);
    expect(ids(storiesOn(after, { page: 'archive' }, TZ))[0]).toBe('e-newest');
  });
});
