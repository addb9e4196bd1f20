/** What the build says when a social card's text has characters its fonts cannot draw. */
import { expect, test } from 'vitest';
import { undrawableMessage } from '../../src/og/render';

test('names each character once, with its code point, and says what to do', () => {
  const message = undrawableMessage(
    { kicker: 'News', title: 'Qatar (قطر) 🇶🇦', site: 'Allies Beyond NATO' },
    ['قطر', ' ', '🇶🇦', 'ق'],
  );
  expect(message).toContain(
    '"ق" (U+0642), "ط" (U+0637), "ر" (U+0631), "🇶" (U+1F1F6), "🇦" (U+1F1E6)',
  );
  expect(message).toContain('Qatar (قطر) 🇶🇦');
  expect(message).toMatch(/add a font that covers them .* or reword the text/);
});
