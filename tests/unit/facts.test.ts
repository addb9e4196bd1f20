import { expect, test } from 'vitest';
import { factSeries, formatFactAsOf, formatFactValue } from '../../src/lib/facts';
import { citeLongform } from '../../src/lib/footnotes';
import { fact, source } from './fixtures';

test.each([
  [{ value: 1842390 }, 'en', '1,842,390'],
  [{ value: 1842390 }, 'es', '1.842.390'],
  [{ value: 10e9, unit: 'usd', qualifier: 'more-than' }, 'en', 'more than $10 billion'],
  [{ value: 2.8e6, qualifier: 'about' }, 'en', 'about 2.8 million'],
  [{ value: 2.87e6, qualifier: 'about' }, 'es', 'cerca de 2,87 millones'],
  [{ value: 50.48, unit: 'percent' }, 'en', '50.48%'],
  [{ value: 954e6, unit: 'usd' }, 'en', '$954 million'],
] as const)('%o in %s reads "%s"', (raw, locale, expected) => {
  expect(formatFactValue(fact('f', raw).data, locale)).toBe(expected);
});

test('a figure says when it was true, or the span it covers', () => {
  expect(formatFactAsOf(fact('f').data, 'en')).toBe('as of August 31, 2021');
  expect(formatFactAsOf(fact('f', { asOf: 2016, periodStart: 2000 }).data, 'en')).toBe(
    '2000 to 2016',
  );
});

test('a series lists its figures in date order', () => {
  const facts = [
    fact('b', { series: 'v', asOf: '2022-12' }),
    fact('a', { series: 'v', asOf: '2021-08-31' }),
    fact('c', { series: 'other' }),
  ];
  expect(factSeries(facts, 'v').map((f) => f.id)).toEqual(['a', 'b']);
});

test('a figure whose date the sentence already states does not repeat it, even across a line break', () => {
  const cite = (body: string, locale: 'en' | 'es') =>
    citeLongform(body, [], { facts: [fact('f')], sources: [source('src')] }, locale).facts[0]
      ?.showAsOf;
  expect(cite('On 31 August 2021 there were <Fact id="f" />.', 'en')).toBe(true);
  expect(cite('On August 31, 2021 there were <Fact id="f" />.', 'en')).toBe(false);
  expect(cite('On August\n31, 2021 there were <Fact id="f" />.', 'en')).toBe(false);
  expect(cite('El 31 de\nagosto de 2021 había <Fact id="f" />.', 'es')).toBe(false);
  expect(cite('En 2020 había <Fact id="f" />.', 'es')).toBe(true);
});
