/**
 * The checks tests/dist/state-media.test.ts runs over every built page, tried on pages built to
 * pass and pages broken on purpose, so a check that can never fail would show here.
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import {
  markedSources,
  unacknowledgedSteps,
  unmarkedCitations,
  type MarkedSource,
} from '../support/state-media-checks';

const TASS: MarkedSource = { id: 'tass', url: 'https://tass.com/1', stateMedia: 'russia' };
const mark = (words: string) => `<strong data-state-media>${words}</strong>`;
const item = (credit: string) =>
  `<li id="source-tass"><a href="https://tass.com/1">US designates Colombia</a>. ${credit}, May 24, 2022.</li>`;

describe('every citation of a marked source shows the mark', () => {
  test.each([
    ['a source list item with the mark', item(`TASS, ${mark('Russian state media')}`), 'en'],
    ['the same in Spanish', item(`TASS, ${mark('medio estatal ruso')}`), 'es'],
    [
      'a figure-table credit linked to the source, with the mark',
      `<td><a href="https://tass.com/1">TASS, ${mark('Russian state media')}</a></td>`,
      'en',
    ],
  ] as const)('%s passes', (_, html, locale) => {
    expect(unmarkedCitations(parse(html), locale, [TASS])).toEqual([]);
  });

  test.each([
    ['a source list item without the mark', item('TASS'), 'en', /source list item "tass"/],
    [
      'the English mark on a Spanish page',
      item(`TASS, ${mark('Russian state media')}`),
      'es',
      /does not say "medio estatal ruso"/,
    ],
    [
      'the words typed without the mark element',
      item('TASS, Russian state media'),
      'en',
      /source list item/,
    ],
    [
      'a since-then credit without the mark',
      '<span>(<a href="https://tass.com/1">TASS</a>)</span>',
      'en',
      /a credit of "tass" \("TASS"\)/,
    ],
  ] as const)('%s fails', (_, html, locale, message) => {
    const problems = unmarkedCitations(parse(html), locale, [TASS]);
    expect(problems).toEqual([expect.stringMatching(message)]);
  });
});

describe('no lifecycle step rests on state media alone without saying so', () => {
  const step = (sources: string[], extra = '') =>
    `<ol><li><p><time datetime="2022-05-23">May 23, 2022</time> · Designated${sources
      .map((s, i) => `<sup><a href="#source-${s}">[${i + 1}]</a></sup>`)
      .join('')}</p>${extra}</li></ol>`;

  test('a step with an independent source passes', () => {
    expect(unacknowledgedSteps(parse(step(['tass', 'efe'])), 'en', [TASS])).toEqual([]);
  });

  test('a step citing only state media passes when it says so, in the page’s language', () => {
    const en = step(
      ['tass'],
      '<p>Only state media reported this; we found no independent source.</p>',
    );
    const es = step(
      ['tass'],
      '<p>Solo lo informaron medios estatales; no encontramos una fuente independiente.</p>',
    );
    expect(unacknowledgedSteps(parse(en), 'en', [TASS])).toEqual([]);
    expect(unacknowledgedSteps(parse(es), 'es', [TASS])).toEqual([]);
  });

  test('a step citing only state media without the sentence fails, naming its date', () => {
    expect(unacknowledgedSteps(parse(step(['tass'])), 'en', [TASS])).toEqual([
      'the step of May 23, 2022 cites only state media (tass) without saying so',
    ]);
  });
});

test('the real content marks TASS, Xinhua and Anadolu Agency’s story on TRT World', () => {
  expect(markedSources().map((s) => [s.id, s.stateMedia])).toEqual([
    ['tass-2022-05-24-colombia', 'russia'],
    ['trt-2022-07-07-afghanistan', 'turkey'],
    ['xinhua-2015-07-11-tunisia', 'china'],
  ]);
});
