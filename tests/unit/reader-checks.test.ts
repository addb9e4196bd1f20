/**
 * The reader-view tier's pure checkers (tests/support/reader), tried on deliberately broken
 * input: each must report the fault, so no check passes because it cannot fail.
 */
import { describe, expect, test } from 'vitest';
import { checkFootnoteRefs, type FootnoteRef } from '../support/reader/footnotes';
import { statementProblems } from '../support/reader/statements';
import {
  findDoubledPunctuation,
  findJoinedWords,
  findEscapedMarkup,
  findNestedBrackets,
  findRepeatedWords,
} from '../support/reader/text';

describe('the joined-words check', () => {
  test.each([
    ['By theAllies Beyond NATO explainer desk.', 'theAllies'],
    ['Por laRedacción de Aliados fuera de la OTAN.', 'laRedacción'],
    ['IssuedMarch 10, 2022', 'IssuedMarch'],
    ['Emitida el10 de marzo de 2022', 'el10'],
    ['cooperative research with the PentagonInstrument', 'PentagonInstrument'],
    ['explainer desk.Published March 10', 'desk.Published'],
    ['(as of August 2021)in humanitarian aid', '(as of August 2021)in'],
    ['It was 2022about then', '2022about'],
    ['1987 · Designated[2] Legal track', 'Designated[2]'],
    ['(as of August 31, 2021)1, by the count', '2021)1'],
  ])('finds the join in "%s"', (text, token) => {
    // Reported as the token reads once its closing punctuation is trimmed.
    const reported = token.replace(/^\(as of August /, '').replace(/\]$/, '');
    expect(findJoinedWords(text)).toContain(reported);
  });

  test('leaves abbreviations, ordinals, statute sections, addresses and known names alone', () => {
    const text =
      'The U.S. (e.g. at 9:40 p.m. ET) 18th 22 U.S.C. 2321k R43813 https://www.state.gov/x iPhone 1990s 50.48% 1,842,390';
    expect(findJoinedWords(text)).toEqual([]);
  });

  test('accepts names spelt with an inner capital when they are passed as allowed', () => {
    expect(findJoinedWords('UrduPoint reported it', new Set(['UrduPoint']))).toEqual([]);
    expect(findJoinedWords('UrduPoint reported it')).toEqual(['UrduPoint']);
  });
});

describe('the repeated-words check', () => {
  test.each([
    ['The money built up: about about $2.56 billion.', 'about about'],
    ['fue cerca de cerca de US$2,56 mil millones', 'cerca de cerca de'],
    ['It is the the case.', 'the the'],
  ])('finds the repetition in "%s"', (text, phrase) => {
    expect(findRepeatedWords(text)).toEqual([phrase]);
  });

  test('reports an overlapping repetition once', () => {
    expect(findRepeatedWords('fue de cerca de cerca de US$2,56')).toHaveLength(1);
  });

  test('does not count table cells, line breaks, punctuation or numbers as repetition', () => {
    expect(findRepeatedWords('1990s\t1\n2000s\t1')).toEqual([]);
    expect(findRepeatedWords('Colombia. Colombia was designated.')).toEqual([]);
    expect(findRepeatedWords('Sources\nSources')).toEqual([]);
    expect(findRepeatedWords('votes: 10 10 times')).toEqual([]);
  });
});

describe('the footnote check', () => {
  const ref = (shown: string, position: number | null, adjacent = false): FootnoteRef => ({
    shown,
    href: `#source-${shown}`,
    position,
    adjacent,
  });

  test('accepts sources numbered in order of first citation, cited again by number', () => {
    expect(checkFootnoteRefs([ref('1', 1), ref('2', 2), ref('1', 1), ref('3', 3)])).toEqual([]);
  });

  test('reports a first citation that skips ahead (13, then 14, 17, 16)', () => {
    const refs = [ref('13', 13), ref('14', 14), ref('17', 17), ref('16', 16)];
    expect(checkFootnoteRefs(refs)).toEqual([
      expect.stringMatching(/numbered 13, not 1/),
      expect.stringMatching(/numbered 17, not 15/),
    ]);
  });

  test('reports a number that is not its target\'s position (Spanish "1" pointing at item 13)', () => {
    expect(checkFootnoteRefs([ref('1', 13)])).toEqual([
      expect.stringMatching(/shows 1 but its source is number 13/),
    ]);
  });

  test('reports a cluster written out of order ([3][2])', () => {
    expect(checkFootnoteRefs([ref('1', 1), ref('2', 2), ref('3', 3), ref('2', 2, true)])).toEqual([
      expect.stringMatching(/ascending/),
    ]);
  });

  test('reports a reference that does not point at a list item', () => {
    expect(checkFootnoteRefs([ref('1', null)])).toEqual([
      expect.stringMatching(/does not point at an item/),
    ]);
  });
});

describe('the statements check', () => {
  test('reports "1 min read" over 431 words', () => {
    expect(statementProblems({ minutes: 1, words: 431, asOfGroups: [] })).toEqual([
      expect.stringMatching(/says 1 min to read 431 words.* 2–3 min/),
    ]);
  });

  test('accepts a reading time a reader at 200–260 words a minute would meet', () => {
    expect(statementProblems({ minutes: 2, words: 431, asOfGroups: [] })).toEqual([]);
    expect(statementProblems({ minutes: 5, words: 1100, asOfGroups: [] })).toEqual([]);
  });

  test('reports the same as-of date said twice in one list', () => {
    const group = ['(as of May 29, 2022)', '(as of May 29, 2022)', '(as of June 1, 2022)'];
    expect(statementProblems({ minutes: null, words: 0, asOfGroups: [group] })).toEqual([
      'says (as of May 29, 2022) more than once in one paragraph or list',
    ]);
  });
});

describe('the doubled-punctuation check', () => {
  test.each([
    ['Why is Saudi Arabia a major non-NATO ally of the US?. Washington Examiner', 'US?.'],
    ['By the desk.. Published', 'desk..'],
    ['Colombia ,Qatar', ' ,'],
    ['the correction notice .', ' .'],
  ])('finds the slip in "%s"', (text, slip) => {
    expect(findDoubledPunctuation(text).join()).toContain(slip);
  });

  test('leaves ellipses, decimals and separators alone', () => {
    expect(findDoubledPunctuation('Wait... then 2.5 and .5 · Since then, 1,000. Done.')).toEqual(
      [],
    );
  });
});

describe('nested brackets', () => {
  test('finds a bracket opened inside another on one line', () => {
    const found = findNestedBrackets(
      'Corrección (10 de marzo de 2022, 21:40 (hora del Este)): Una',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('21:40 (hora del Este)');
    expect(findNestedBrackets('won. (Associated Press (via KION), W-Mappy)')).toHaveLength(1);
  });

  test('accepts brackets side by side, and brackets on separate lines', () => {
    expect(findNestedBrackets('Publimetro (2023) (2024)\n(one)\n(two)')).toEqual([]);
    expect(findNestedBrackets('Open (on one line\nclosed) (later)')).toEqual([]);
  });
});

describe('markup spelled out', () => {
  test('finds character references a reader would see as text', () => {
    expect(findEscapedMarkup("… allies & partners aren't &lt;treaty&gt; allies …")).toHaveLength(2);
    expect(findEscapedMarkup('Q&amp;A, &#39;quoted&#39;, &#x2014;')).toHaveLength(4);
  });

  test('accepts an ampersand in prose and in names', () => {
    expect(findEscapedMarkup('AT&T; Procter & Gamble; R&D; "A & B"')).toEqual([]);
  });
});
