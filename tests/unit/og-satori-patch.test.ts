/**
 * satori places glyphs that shaping moves up or down on the wrong side (src/og/satori-patch.ts,
 * applied by npm's postinstall): in Arabic every dot is such a glyph.
 */
import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { fontsFor } from '../../src/og/fonts';
import { fixGlyphOffsets } from '../../src/og/satori-patch';

/** The top and bottom of what satori draws for `text` in Noto Sans Arabic at 100 px (y grows down). */
async function extent(text: string): Promise<{ top: number; bottom: number }> {
  const fonts = fontsFor([{ text, weight: 700, serif: false }]);
  const svg = await satori(
    {
      type: 'div',
      props: { style: { fontFamily: fonts.sans, fontSize: 100, fontWeight: 700 }, children: text },
    } as unknown as Parameters<typeof satori>[0],
    { width: 300, height: 300, fonts: fonts.fonts },
  );
  const d = [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]).join(' ');
  const numbers = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { top: Math.min(...ys), bottom: Math.max(...ys) };
}

describe('the installed satori (run `npm run postinstall` if this fails)', () => {
  // Unpatched, the two dots went up into the letters: في read as فى, قطر as ٯطر.
  test('draws the dots of ي in "في" under it, lower than ى in "فى", which has none', async () => {
    expect((await extent('في')).bottom).toBeGreaterThan((await extent('فى')).bottom + 10);
  });

  test('draws the dots of ق in "قطر" over it, higher than ٯ in "ٯطر", which has none', async () => {
    expect((await extent('قطر')).top).toBeLessThan((await extent('ٯطر')).top - 4);
  });
});

describe('the satori patch', () => {
  const buggy = 'for(;;){let K=r+Y.dx*b,z=c+Y.dy*b,_=fd(u.path.commands,K,z)}';
  const fixed = 'for(;;){let K=r+Y.dx*b,z=c-Y.dy*b,_=fd(u.path.commands,K,z)}';

  test('subtracts the vertical offset instead of adding it', () => {
    expect(fixGlyphOffsets(buggy, 'index.js')).toEqual({ code: fixed, changed: true });
  });

  test('leaves a bundle it already fixed alone', () => {
    expect(fixGlyphOffsets(fixed, 'index.js')).toEqual({ code: fixed, changed: false });
  });

  test('stops when satori no longer has the expression, naming the bundle', () => {
    expect(() => fixGlyphOffsets('let a=b;', 'standalone.cjs')).toThrow(
      /satori's standalone\.cjs no longer places glyph offsets .* update or remove the patch/,
    );
  });
});
