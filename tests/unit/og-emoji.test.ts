/** Emoji on social cards are Twemoji pictures, found by their code points (src/og/emoji.ts). */
import { describe, expect, test } from 'vitest';
import { emojiImage, emojiKey } from '../../src/og/emoji';

describe('the Twemoji picture of an emoji', () => {
  test.each([
    ['a flag (two regional indicators)', '🇶🇦', '1f1f6-1f1e6'],
    ['a subdivision flag (tag sequence)', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '1f3f4-e0067-e0062-e0073-e0063-e0074-e007f'],
    ['a ZWJ sequence', '👨‍👩‍👧', '1f468-200d-1f469-200d-1f467'],
    ['a ZWJ sequence with a variation selector', '🏳️‍🌈', '1f3f3-200d-1f308'],
    ['a heart with its emoji variation selector', '❤️', '2764'],
    ['a keycap', '1️⃣', '0031-20e3'],
    ['a skin tone', '👍🏽', '1f44d-1f3fd'],
    ['a character below U+1000', '©️', '00a9'],
  ])('of %s is found by its code points', (_case, emoji, key) => {
    expect(emojiKey(emoji)).toBe(key);
    const uri = emojiImage(emoji);
    expect(uri, `a picture for ${key}`).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(uri!.split(',')[1]!, 'base64').toString();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 36 36">/);
  });

  test('of a sequence Twemoji does not have is undefined', () => {
    // A regional indicator pair that is no country.
    expect(emojiImage('🇿🇿')).toBeUndefined();
  });
});
