/**
 * Social cards draw every script an author may use: each card below is really drawn (satori and
 * resvg, the fonts from their npm packages), and must come out as a 1200×630 PNG with nothing
 * reported undrawable and its text inside the margins. Characters no font has still stop the build.
 */
import { describe, expect, test } from 'vitest';
import { baseDirection, drawCardImage, undrawableMessage, type Card } from '../../src/og/render';

const SITE = 'Allies Beyond NATO';
const card = (title: string, detail?: string): Card => ({
  kicker: 'Story',
  title,
  ...(detail === undefined ? {} : { detail }),
  site: SITE,
});

/** The PNG's width and height, from its IHDR chunk; throws if the bytes are not a PNG. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** The x and y coordinates of every glyph outline satori drew in `fill`, or in any colour. */
function outlines(svg: string, fill?: string): { xs: number[]; ys: number[] } {
  const paths = [...svg.matchAll(/<path fill="([^"]+)" d="([^"]+)"/g)].filter(
    ([, colour]) => fill === undefined || colour === fill,
  );
  const numbers = paths.flatMap(([, , d]) =>
    [...(d ?? '').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0])),
  );
  // The path data is coordinate pairs: M, L, Q and C take (x, y) points.
  return {
    xs: numbers.filter((_, i) => i % 2 === 0),
    ys: numbers.filter((_, i) => i % 2 === 1),
  };
}

/** The title's colour in the card template (src/og/render.ts). */
const TITLE = '#1c1b19';

const LONG_WORD = 'Ab' + 'c'.repeat(56) + 'de';

const CASES: { name: string; title: string; detail?: string }[] = [
  { name: 'Arabic', title: 'قطر حليف رئيسي من خارج الناتو' },
  { name: 'Hebrew', title: 'ישראל, בעלת ברית מרכזית מחוץ לנאט״ו' },
  { name: 'Cyrillic', title: 'Україна і США: хто є союзником?', detail: 'Обновлено 23 мая 2022' },
  { name: 'Greek', title: 'Η Ελλάδα και οι σύμμαχοι εκτός ΝΑΤΟ' },
  { name: 'Japanese', title: '日本は主要な非NATO同盟国です' },
  { name: 'Korean', title: '대한민국, 주요 비나토 동맹국' },
  { name: 'Chinese', title: '台湾与美国的关系' },
  { name: 'Devanagari', title: 'भारत और अमेरिका के संबंध' },
  { name: 'Latin beyond Latin-1', title: 'Łódź, Göğüs, ₩1,000 and Đà Nẵng' },
  { name: 'Latin and Arabic in one title', title: 'Qatar (قطر) and Colombia become allies' },
  {
    name: 'emoji: flags, a ZWJ sequence, a keycap, a skin tone, a variation selector',
    title: 'Qatar 🇶🇦 and Colombia 🇨🇴 👨‍👩‍👧 1️⃣ 👍🏽 ❤️',
  },
  { name: 'markup characters', title: `Tom & Jerry say "hi" 'there' <b>not bold</b>` },
  {
    name: 'a non-breaking hyphen and a soft hyphen',
    title: 'Non\u2011NATO allies, re\u00ADdesignated',
  },
  { name: 'a 60-letter word', title: `${LONG_WORD} in a title`, detail: `Filed as ${LONG_WORD}` },
];

describe('a social card', () => {
  test.each(CASES)('draws $name', async ({ title, detail }) => {
    const { png, svg, undrawable } = await drawCardImage(card(title, detail));
    expect(undrawable, `nothing undrawable in "${title}"`).toEqual([]);
    expect(pngSize(png)).toEqual([1200, 630]);
    // Text (glyphs and emoji pictures) stays inside the card's 72-pixel side margins: a word too
    // long for a line breaks rather than running off the edge. 2 px of slack for overhangs.
    const { xs } = outlines(svg);
    expect(Math.min(...xs), `left edge of "${title}"`).toBeGreaterThanOrEqual(70);
    expect(Math.max(...xs), `right edge of "${title}"`).toBeLessThanOrEqual(1130);
  });

  test('breaks a 60-letter word over lines instead of clipping it', async () => {
    const { svg } = await drawCardImage(card(LONG_WORD));
    const { ys } = outlines(svg, TITLE);
    // Two lines of 80-pixel type at least.
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(120);
  });

  test('sets an Arabic or Hebrew title from the right margin, an English one from the left', async () => {
    const right = outlines((await drawCardImage(card('ישראל, בעלת ברית'))).svg, TITLE).xs;
    expect(Math.max(...right)).toBeGreaterThan(1120);
    expect(Math.min(...right)).toBeGreaterThan(300);
    const left = outlines((await drawCardImage(card('Israel (ישראל) and Qatar'))).svg, TITLE).xs;
    expect(Math.min(...left)).toBeLessThan(80);
  });

  test('embeds each emoji as its Twemoji picture', async () => {
    const { svg } = await drawCardImage(card('Qatar 🇶🇦 and Colombia 🇨🇴'));
    expect(svg.match(/<image [^>]*href="data:image\/svg\+xml;base64,/g)).toHaveLength(2);
  });

  test('is the same picture whatever cards the thread drew before', async () => {
    // satori keeps fonts between renders; a Japanese card drawn in between must not change which
    // font draws the Chinese card's Han characters.
    const chinese = card('美国与日本：同盟国', '中国');
    const before = (await drawCardImage(chinese)).png;
    await drawCardImage(card('日本は同盟国です', '美国'));
    expect((await drawCardImage(chinese)).png.equals(before)).toBe(true);
  });

  test.each([
    ['Ogham', 'ᚑᚌᚐᚋ', ['ᚑ', 'ᚌ', 'ᚐ', 'ᚋ']],
    ['Linear B', 'Knossos 𐀀𐀁', ['𐀀', '𐀁']],
    ['a private-use character', 'Logo \uE000', ['\uE000']],
  ])('reports %s, which no font covers, as undrawable', async (_name, title, chars) => {
    const { undrawable } = await drawCardImage(card(title));
    expect([...undrawable.join('')].filter((c) => c.trim() !== '').sort()).toEqual(
      [...chars].sort(),
    );
  });
});

describe('the message for characters no font can draw', () => {
  test('names each character once, with its code point, and says what to do', () => {
    const message = undrawableMessage(card('The Ogham stone ᚑᚌᚐᚋ'), ['ᚑᚌ', ' ', 'ᚐᚋ', 'ᚑ']);
    expect(message).toContain('"ᚑ" (U+1691), "ᚌ" (U+168C), "ᚐ" (U+1690), "ᚋ" (U+168B)');
    expect(message).toContain('The Ogham stone ᚑᚌᚐᚋ');
    expect(message).toMatch(/add a font that covers them .* or reword the text/);
  });

  test('gives a character outside the Basic Multilingual Plane its full code point', () => {
    expect(undrawableMessage(card('x'), ['𐀀'])).toContain('"𐀀" (U+10000)');
  });
});

describe('the direction of a line of card text', () => {
  test.each([
    ['قطر (Qatar)', 'rtl'],
    ['ישראל 2022', 'rtl'],
    ['«قطر»', 'rtl'],
    ['Qatar (قطر)', 'ltr'],
    ['2022: قطر', 'rtl'],
    ['1987', 'ltr'],
    ['', 'ltr'],
  ] as const)('of "%s" is %s, from its first letter', (text, direction) => {
    expect(baseDirection(text)).toBe(direction);
  });
});
