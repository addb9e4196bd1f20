import { expect, test } from 'vitest';
import { correctionsFor, lastUpdated, sortCorrections } from '../../src/lib/corrections';
import { article, correction } from './fixtures';

const early = correction('early', { issued: '2022-03-10T21:40:00-05:00' });
const late = correction('late', { issued: '2022-03-12T09:00:00-05:00' });
const other = correction('other', { article: 'another', issued: '2022-04-01T09:00:00-04:00' });

test('the corrections log lists the newest first', () => {
  expect(sortCorrections([early, other, late]).map((c) => c.id)).toEqual([
    'other',
    'late',
    'early',
  ]);
});

test('an article shows only its own corrections, oldest first', () => {
  expect(correctionsFor('lead', [late, other, early]).map((c) => c.id)).toEqual(['early', 'late']);
});

test("an article's updated time is its latest correction", () => {
  expect(lastUpdated(article('lead'), [early, late, other])?.iso).toBe('2022-03-12T09:00:00-05:00');
});

test('a typed update later than every correction wins; an uncorrected article has none', () => {
  expect(lastUpdated(article('lead', { updated: '2022-05-24T10:00:00-04:00' }), [early])?.iso).toBe(
    '2022-05-24T10:00:00-04:00',
  );
  expect(lastUpdated(article('lead'), [other])).toBeUndefined();
});
