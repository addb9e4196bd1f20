/** Right-to-left text is isolated from a left-to-right page (tests/support/bidi.ts). */
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { unisolatedRtl } from '../support/bidi';

const check = (html: string) => unisolatedRtl(parse(`<body>${html}</body>`).querySelector('body')!);

describe('right-to-left text', () => {
  test('an Arabic source title without dir is reported', () => {
    expect(check('<li><a href="#" lang="ar">قطر حليف (نص)</a>. Publisher.</li>')).toEqual([
      '<a lang="ar"> "قطر حليف (نص)"',
    ]);
  });

  test('a Hebrew name that starts a list item is reported, even without a lang mark', () => {
    expect(check('<ul><li>ישראל (1987)</li></ul>')).toEqual(['<li> "ישראל (1987)"']);
  });

  test('dir="auto" or <bdi> isolates it, and everything inside', () => {
    expect(check('<li><a href="#" lang="ar" dir="auto">قطر <span>حليف</span></a>.</li>')).toEqual(
      [],
    );
    expect(check('<p><bdi>ישראל</bdi> (1987) and more</p>')).toEqual([]);
  });

  test('a right-to-left word inside a sentence that starts left to right is fine', () => {
    expect(check('<p>Qatar is قطر in Arabic, and its capital is الدوحة.</p>')).toEqual([]);
  });

  test('other scripts written left to right need nothing', () => {
    expect(
      check('<li><a lang="ru" href="#">Россия</a> · <span lang="ja">日本</span></li>'),
    ).toEqual([]);
  });
});
