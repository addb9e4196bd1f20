/**
 * Which font files a social card gets (src/og/fonts.ts): the Latin ones always, and for any other
 * character the one file that covers it, so ordinary cards read nothing more.
 */
import { describe, expect, test } from 'vitest';
import { fontsFor, parseUnicodeRange, type Run } from '../../src/og/fonts';

const title = (text: string): Run[] => [
  { text: 'STORY', weight: 700, serif: false },
  { text, weight: 700, serif: true },
  { text: 'Allies Beyond NATO', weight: 700, serif: false },
];

/** The fonts as `name weight`, e.g. `Noto Sans latin 400`. */
const files = (runs: Run[]) => fontsFor(runs).fonts.map((f) => `${f.name} ${f.weight}`);

describe('the fonts of a social card', () => {
  test('are the three Latin files for a card in English or Spanish', () => {
    expect(files(title('Colombia, aliado principal extra-OTAN — “¿qué cambia?”'))).toEqual([
      'Noto Serif latin 700',
      'Noto Sans latin 400',
      'Noto Sans latin 700',
    ]);
  });

  test.each([
    ['Ł and ğ', 'Łódź and Göğüs', ['Noto Serif latin-ext 700']],
    ['₩', '₩1,000', ['Noto Serif latin-ext 700']],
    ['Cyrillic', 'Україна', ['Noto Serif cyrillic 700']],
    ['Greek', 'Ελλάδα', ['Noto Serif greek 700']],
    ['Devanagari', 'भारत', ['Noto Sans devanagari 700']],
    ['Arabic', 'قطر', ['Noto Sans Arabic arabic 700']],
    ['Hebrew', 'ישראל', ['Noto Sans Hebrew hebrew 700']],
  ])('add the one file that covers %s, in the title’s weight', (_script, text, added) => {
    expect(files(title(text))).toEqual([
      'Noto Serif latin 700',
      ...added.filter((f) => f.startsWith('Noto Serif ')),
      'Noto Sans latin 400',
      'Noto Sans latin 700',
      ...added.filter((f) => !f.startsWith('Noto Serif ')),
    ]);
  });

  test('draw a serif title in Noto Serif where it has the script, and the rest in Noto Sans', () => {
    const { serif, sans } = fontsFor(title('Україна (قطر)'));
    expect(serif).toBe(
      'Noto Serif latin, Noto Serif cyrillic, Noto Sans latin, Noto Sans Arabic arabic',
    );
    expect(sans).toBe('Noto Sans latin, Noto Sans Arabic arabic');
  });

  test.each([
    ['Han alone, in simplified Chinese shapes', '国际关系', 'Noto Sans SC'],
    ['Han with kana, in Japanese shapes', '国際関係です', 'Noto Sans JP'],
    ['Han with hangul, in Korean shapes', '韓國 한국', 'Noto Sans KR'],
  ])('take %s', (_case, text, family) => {
    const cjk = fontsFor(title(text)).fonts.filter((f) => /Noto Sans (SC|JP|KR)/.test(f.name));
    expect(cjk.length).toBeGreaterThan(0);
    expect(cjk.every((f) => f.name.startsWith(`${family} `))).toBe(true);
  });

  test('read only the CJK slices the characters are in', () => {
    const slices = fontsFor(title('日本')).fonts.filter((f) => f.name.startsWith('Noto Sans SC'));
    expect(slices.length).toBeGreaterThan(0);
    expect(slices.length).toBeLessThanOrEqual(2);
  });

  test('add nothing for a character no file covers, which satori then reports', () => {
    expect(files(title('ᚑᚌᚐᚋ'))).toEqual(files(title('Ogham')));
  });
});

describe("Fontsource's unicode-range lists", () => {
  test('are read as ranges and single code points', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+1F00-1FFF')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x1f00, 0x1fff],
    ]);
  });
});
