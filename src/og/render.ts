/**
 * Social-card images (1200×630 PNG): satori lays out the card, resvg rasterises it. Fonts are
 * vendored in src/og/fonts (SIL Open Font License), so builds need no network. Output is
 * deterministic and cached by content hash in node_modules/.cache/og, so unchanged cards are
 * not rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export interface Card {
  /** Small line above the title, e.g. "Major non-NATO ally". */
  kicker: string;
  title: string;
  /** Key data under the title, e.g. "Designated May 23, 2022". */
  detail?: string;
  site: string;
}

/** Bump when the template changes, so cached cards are redrawn. */
const TEMPLATE_VERSION = 2;
// Resolved from the project root: after bundling, import.meta.url no longer points here.
const FONTS = join(process.cwd(), 'src', 'og', 'fonts');
/** OG_CACHE_DIR moves the cache (the reproducibility test gives each build an empty one). */
const CACHE = process.env['OG_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'og');

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  fonts ??= [
    {
      name: 'Noto Sans',
      data: readFileSync(join(FONTS, 'noto-sans-latin-400-normal.woff')),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Noto Sans',
      data: readFileSync(join(FONTS, 'noto-sans-latin-700-normal.woff')),
      weight: 700,
      style: 'normal',
    },
    {
      name: 'Noto Serif',
      data: readFileSync(join(FONTS, 'noto-serif-latin-700-normal.woff')),
      weight: 700,
      style: 'normal',
    },
  ];
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

function layout(card: Card): Node {
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
      fontFamily: 'Noto Sans',
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
          { fontFamily: 'Noto Serif', fontSize: size, fontWeight: 700, lineHeight: 1.15 },
          card.title,
        ),
        ...(card.detail
          ? [h('div', { marginTop: 24, fontSize: 36, color: '#55524c' }, card.detail)]
          : []),
      ]),
      h('div', { fontSize: 28, fontWeight: 700, color: '#55524c' }, card.site),
    ],
  );
}

/**
 * The message for text the card's fonts cannot draw (satori would draw an empty box for each
 * character): the characters with their code points, and what to do.
 */
export function undrawableMessage(card: Card, segments: readonly string[]): string {
  const chars = [...new Set([...segments.join('')])].filter((c) => c.trim() !== '');
  const named = chars.map(
    (c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
  );
  return `the social card "${card.title}" has characters its fonts cannot draw: ${named.join(', ')}. The vendored fonts in src/og/fonts cover Latin script only; add a font that covers them to src/og/render.ts (satori's fonts list, under its licence) or reword the text.`;
}

/**
 * Renders a card to PNG bytes, from the cache when this exact card was drawn before. Throws
 * (see `undrawableMessage`) when the text has characters no vendored font can draw, rather than
 * drawing empty boxes.
 */
export async function renderCard(card: Card): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify({ v: TEMPLATE_VERSION, card }))
    .digest('hex');
  const cached = join(CACHE, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  // satori asks for another font for each run of text its fonts lack glyphs for.
  const undrawable: string[] = [];
  const svg = await satori(layout(card) as unknown as Parameters<typeof satori>[0], {
    width: 1200,
    height: 630,
    fonts: loadFonts(),
    loadAdditionalAsset: (_language, segment) => {
      undrawable.push(segment);
      return Promise.resolve([]);
    },
  });
  if (undrawable.length > 0) throw new Error(undrawableMessage(card, undrawable));
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: 1200 },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
