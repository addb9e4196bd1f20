/**
 * Emoji on social cards are Twemoji pictures (© Twitter, Inc and other contributors, CC-BY 4.0),
 * from Iconify's npm package `@iconify-json/twemoji`: satori draws each emoji as an image, as
 * text fonts have none. The package lists its pictures by code points in `chars.json`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const EMOJI_PACKAGE = '@iconify-json/twemoji';

interface IconSet {
  icons: Record<string, { body: string; width?: number; height?: number }>;
  aliases?: Record<string, { parent: string }>;
  width?: number;
  height?: number;
}

// Resolved from the project root: after bundling, import.meta.url no longer points here.
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

let set: { chars: Record<string, string>; icons: IconSet } | undefined;

/** The package's lists, read on the first emoji a thread draws (about 10 MB, 30 ms). */
function twemoji() {
  const read = <T>(file: string) =>
    JSON.parse(readFileSync(requireFromRoot.resolve(`${EMOJI_PACKAGE}/${file}`), 'utf8')) as T;
  set ??= { chars: read('chars.json'), icons: read('icons.json') };
  return set;
}

/**
 * The name of an emoji's picture in `chars.json`: its code points in hex, at least four digits,
 * joined by `-`, without the variation selectors, which Iconify's names leave out. A flag is its
 * two regional indicators (🇶🇦 → `1f1f6-1f1e6`), a ZWJ sequence keeps its joiners (`200d`), and
 * a keycap its U+20E3.
 */
export function emojiKey(emoji: string): string {
  return [...emoji]
    .map((char) => char.codePointAt(0) ?? 0)
    .filter((code) => code !== 0xfe0f && code !== 0xfe0e)
    .map((code) => code.toString(16).padStart(4, '0'))
    .join('-');
}

/** The picture of one emoji (a grapheme) as an SVG data URI, or undefined if Twemoji has none. */
export function emojiImage(emoji: string): string | undefined {
  const { chars, icons } = twemoji();
  let name = chars[emojiKey(emoji)];
  if (name === undefined) return undefined;
  name = icons.aliases?.[name]?.parent ?? name;
  const icon = icons.icons[name];
  if (!icon) return undefined;
  const width = icon.width ?? icons.width ?? 16;
  const height = icon.height ?? icons.height ?? 16;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${icon.body}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** The installed version of the package, so an upgrade redraws the cards. */
export function emojiVersion(): Record<string, string> {
  const json = readFileSync(requireFromRoot.resolve(`${EMOJI_PACKAGE}/package.json`), 'utf8');
  return { [EMOJI_PACKAGE]: (JSON.parse(json) as { version: string }).version };
}
