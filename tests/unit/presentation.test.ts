import { describe, expect, test } from 'vitest';
import { timelineView } from '../../src/lib/chart-views';
import { citePage } from '../../src/lib/citation';
import { wordDiff } from '../../src/lib/diff';
import { eventsOnTopic } from '../../src/lib/events';
import { pathTo } from '../../src/lib/paths';
import { shareLinks } from '../../src/lib/share';
import { readableText, readingMinutes } from '../../src/route-data/longform';
import { AWKWARD, corpus, country, event } from './fixtures';

describe('citations', () => {
  const input = {
    title: 'Biden says he will make Colombia a major non-NATO ally',
    author: 'Allies Beyond NATO explainer desk',
    publisher: 'Allies Beyond NATO',
    published: { iso: '2022-03-10', precision: 'day' } as const,
    updated: { iso: '2022-03-10T21:40:00-05:00', precision: 'minute' } as const,
    url: 'https://example.org/articles/colombia-major-non-nato-ally/',
  };

  test('APA puts the organisation first and the date in parentheses', () => {
    expect(citePage(input).apa).toBe(
      'Allies Beyond NATO explainer desk. (2022, March 10). Biden says he will make Colombia a major non-NATO ally. Allies Beyond NATO. https://example.org/articles/colombia-major-non-nato-ally/',
    );
  });

  test('MLA starts with the quoted title and abbreviates the month', () => {
    expect(citePage(input).mla).toBe(
      '“Biden says he will make Colombia a major non-NATO ally.” Allies Beyond NATO, 10 Mar. 2022, example.org/articles/colombia-major-non-nato-ally/.',
    );
  });

  test('Chicago gives the last-modified date when the page was corrected', () => {
    expect(citePage(input).chicago).toContain('March 10, 2022. Last modified March 10, 2022.');
    expect(citePage({ ...input, updated: undefined }).chicago).not.toContain('Last modified');
  });
});

test('share links are plain URLs that carry the page address', () => {
  const links = shareLinks('A title', 'https://example.org/a/', 'Email');
  expect(links.map((l) => l.label)).toEqual([
    'Email',
    'Bluesky',
    'X',
    'Facebook',
    'LinkedIn',
    'WhatsApp',
  ]);
  for (const l of links) expect(l.href).toContain(encodeURIComponent('https://example.org/a/'));
});

test('the word diff marks what the correction deleted and inserted', () => {
  const segments = wordDiff('it does provide guarantees', 'it does not provide guarantees');
  expect(segments.filter((s) => s.kind === 'ins').map((s) => s.text.trim())).toEqual(['not']);
  expect(segments.map((s) => s.text).join('')).toContain('provide guarantees');
});

test('reading time counts words at 230 a minute, never less than one', () => {
  expect(readingMinutes('')).toBe(1);
  expect(readingMinutes('word '.repeat(690))).toBe(3);
  // Rounded up: 431 words are two minutes' reading, not one.
  expect(readingMinutes('word '.repeat(431))).toBe(2);
  expect(
    readingMinutes(readableText('<p>One <sup>12</sup> two</p><svg><text>x</text></svg>')),
  ).toBe(1);
  expect(
    readableText(
      '<p>Seen</p><details><summary>Data</summary><table>Hidden</table></details>',
    ).trim(),
  ).toBe('Seen');
});

describe('paths', () => {
  test('the new index routes', () => {
    expect(pathTo({ page: 'topics' })).toBe('/topics/');
    expect(pathTo({ page: 'sources' })).toBe('/sources/');
  });
});

describe('the designation timeline', () => {
  test('the timeline groups designations, the revocation and the law by year', () => {
    const all = corpus({
      countries: [country('colombia'), AWKWARD.revoked(), AWKWARD.treatedAs()],
    });
    const years = timelineView(all, { locale: 'en', base: '/' });
    expect(years.map((y) => y.year)).toEqual(['2002', '2012', '2022']);
    expect(years[2]?.entries.map((e) => e.text)).toEqual([
      'Colombia designated (Title 22)',
      'Afghanistan: designation revoked',
    ]);
  });
});

test('a topic timeline lists its events in date order', () => {
  const all = corpus({
    events: [
      event('later', { date: '2022-06-19', topics: ['background'] }),
      event('earlier', { date: '2022-03-13', topics: ['background'] }),
      event('elsewhere', { date: '2022-01-01' }),
    ],
  });
  expect(eventsOnTopic(all, 'background', 'en').map((e) => e.id)).toEqual(['earlier', 'later']);
});
