/**
 * Social-card images (1200×630 PNG): satori lays out the card, resvg rasterises it. The fonts
 * (src/og/fonts.ts) and emoji (src/og/emoji.ts) come from npm packages, so builds need no network.
 * Output is deterministic and cached by content hash in node_modules/.cache/og, so unchanged cards
 * are not rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { emojiImage, emojiVersion } from './emoji.ts';
import { fontsFor, fontVersions, type CardFonts, type Run } from './fonts.ts';

export interface Card {
  /** Small line above the title, e.g. "Major non-NATO ally". */
  kicker: string;
  title: string;
  /** Key data under the title, e.g. "Designated May 23, 2022". */
  detail?: string;
  site: string;
}

/** Bump when the template changes, so cached cards are redrawn. */
const TEMPLATE_VERSION = 3;
/** OG_CACHE_DIR moves the cache (the reproducibility test gives each build an empty one). */
const CACHE = process.env['OG_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'og');

/** What the drawing depends on besides the card: the template and the font and emoji packages. */
let drawing: string | undefined;
function drawingVersion(): string {
  drawing ??= JSON.stringify({ v: TEMPLATE_VERSION, ...fontVersions(), ...emojiVersion() });
  return drawing;
}

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Letters of the right-to-left scripts, for `direction` (see `baseDirection`). */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/**
 * The direction of a line of text as `dir="auto"` gives it (as the site's own titles have it):
 * that of its first letter, so an Arabic or Hebrew title runs from the right, punctuation and
 * Latin words in it included, and an English title with an Arabic word stays left to right.
 */
export function baseDirection(text: string): 'ltr' | 'rtl' {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}

/** The card's text runs: each piece of text with its weight and face, for `fontsFor`. */
function runs(card: Card): Run[] {
  return [
    { text: card.kicker.toUpperCase(), weight: 700, serif: false },
    { text: card.title, weight: 700, serif: true },
    { text: card.detail ?? '', weight: 400, serif: false },
    { text: card.site, weight: 700, serif: false },
  ];
}

/**
 * A title or a line of data: a word too long for the card (a long URL, a 60-letter compound)
 * breaks anywhere rather than running off the edge, and the text takes its own direction.
 */
const paragraph = (text: string) => ({
  overflowWrap: 'anywhere',
  direction: baseDirection(text),
});

function layout(card: Card, fonts: CardFonts): Node {
  const size = card.title.length > 70 ? 56 : card.title.length > 40 ? 66 : 80;
  return h(
    'div',
    {
      width: 1200,
      height: 630,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#fdfcf9',
      borderTop: '16px solid #0b4f8a',
      fontFamily: fonts.sans,
      color: '#1c1b19',
    },
    [
      h(
        'div',
        { fontSize: 30, fontWeight: 700, color: '#0b4f8a', letterSpacing: 1 },
        card.kicker.toUpperCase(),
      ),
      h('div', { display: 'flex', flexDirection: 'column' }, [
        h(
          'div',
          {
            ...paragraph(card.title),
            fontFamily: fonts.serif,
            fontSize: size,
            fontWeight: 700,
            lineHeight: 1.15,
          },
          card.title,
        ),
        ...(card.detail
          ? [
              h(
                'div',
                { ...paragraph(card.detail), marginTop: 24, fontSize: 36, color: '#55524c' },
                card.detail,
              ),
            ]
          : []),
      ]),
      h('div', { fontSize: 28, fontWeight: 700, color: '#55524c' }, card.site),
    ],
  );
}

/**
 * The message for text no font of the cards can draw (satori would draw an empty box for each
 * character): the characters with their code points, and what to do.
 */
export function undrawableMessage(card: Card, segments: readonly string[]): string {
  const chars = [...new Set([...segments.join('')])].filter((c) => c.trim() !== '');
  const named = chars.map(
    (c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
  );
  return `the social card "${card.title}" has characters its fonts cannot draw: ${named.join(', ')}. The cards draw Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Chinese, Japanese and Korean script and Twemoji's emoji (src/og/fonts.ts, src/og/emoji.ts); add a font that covers them there (an npm package under its licence) or reword the text.`;
}

/** A drawn card, and what satori could not draw (empty when it drew everything). */
export interface Drawing {
  png: Buffer;
  /** satori's SVG, which the PNG is rasterised from. */
  svg: string;
  /** Text satori found no font or emoji picture for, as it reported it. */
  undrawable: string[];
}

/**
 * The card's words with invisible or look-alike characters the fonts lack put the way they look:
 * a soft hyphen (U+00AD) dropped, a hyphen or non-breaking hyphen (U+2010, U+2011) drawn as "-".
 * Line breaks on a card are satori's, so neither changes how it wraps.
 */
function drawable(card: Card): Card {
  const plain = (text: string) => text.replace(/\u00AD/g, '').replace(/[\u2010\u2011]/g, '-');
  return {
    ...card,
    kicker: plain(card.kicker),
    title: plain(card.title),
    ...(card.detail === undefined ? {} : { detail: plain(card.detail) }),
  };
}

/**
 * Draws a card without the cache, and reports rather than throws what it could not draw; for
 * `renderCard` and the tests.
 */
export async function drawCardImage(given: Card): Promise<Drawing> {
  const card = drawable(given);
  const fonts = fontsFor(runs(card));
  const undrawable: string[] = [];
  const svg = await satori(layout(card, fonts) as unknown as Parameters<typeof satori>[0], {
    width: 1200,
    height: 630,
    fonts: fonts.fonts,
    // satori asks for each run of text its fonts have no glyphs for: an emoji gets its picture,
    // anything else is reported. No fonts are handed over here (see src/og/fonts.ts).
    loadAdditionalAsset: (language, segment) => {
      const image = language === 'emoji' ? emojiImage(segment) : undefined;
      if (image === undefined) undrawable.push(segment);
      return Promise.resolve(image ?? []);
    },
  });
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: 1200 },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return { png, svg, undrawable };
}

/**
 * Renders a card to PNG bytes, from the cache when this exact card was drawn before. Throws
 * (see `undrawableMessage`) when the text has characters no font or emoji picture can draw,
 * rather than drawing empty boxes.
 */
export async function renderCard(card: Card): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify({ drawing: drawingVersion(), card }))
    .digest('hex');
  const cached = join(CACHE, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const { png, undrawable } = await drawCardImage(card);
  if (undrawable.length > 0) throw new Error(undrawableMessage(card, undrawable));
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
