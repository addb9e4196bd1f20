/**
 * The social cards' fonts: Google's Noto fonts as Fontsource publishes them on npm (SIL Open Font
 * License 1.1; each package carries its LICENSE). Fontsource splits a family into one file per
 * script (`latin`, `cyrillic`, `arabic`…), and a Chinese, Japanese or Korean family into about a
 * hundred numbered slices, and lists the characters each file covers in its `unicode.json`.
 *
 * A card always gets Noto Sans and Noto Serif's Latin files. For any other character it gets the
 * one file that covers it, found in those lists, so a Latin card reads no other font and a Japanese
 * title reads only the slices its characters are in. A character no listed file covers gets no
 * font: satori then asks for one, and src/og/render.ts stops the build naming it.
 *
 * The fonts are decided from the card's text before satori runs, rather than handed over through
 * satori's `loadAdditionalAsset`: satori adds fonts loaded that way to a font loader it keeps
 * between renders, so which font drew a character would depend on the cards drawn before it on the
 * same thread, and builds would not be reproducible.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

export type Weight = 400 | 700;

/** A piece of a card's text and the face it is set in. */
export interface Run {
  text: string;
  weight: Weight;
  /** Set in Noto Serif, falling back to the sans-serif families for scripts it lacks. */
  serif: boolean;
}

/** What a card is drawn with: its fonts, and the `fontFamily` list for each face. */
export interface CardFonts {
  fonts: CardFont[];
  sans: string;
  serif: string;
}

interface Family {
  /** The family's name; each file is known to satori as this name and its subset. */
  name: string;
  /** The npm package, e.g. `@fontsource/noto-sans`. */
  package: string;
  /**
   * The subsets used, in the order they are tried, or `numbered` for a CJK family's slices. The
   * first of a Latin family is drawn with every card.
   */
  subsets: readonly string[] | 'numbered';
}

const EUROPEAN = ['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext', 'greek'];

const SERIF: Family = {
  name: 'Noto Serif',
  package: '@fontsource/noto-serif',
  subsets: [...EUROPEAN, 'greek-ext'],
};
/** Noto Sans also has Devanagari. */
const SANS: Family = {
  name: 'Noto Sans',
  package: '@fontsource/noto-sans',
  subsets: [...EUROPEAN, 'greek-ext', 'devanagari'],
};
const ARABIC: Family = {
  name: 'Noto Sans Arabic',
  package: '@fontsource/noto-sans-arabic',
  subsets: ['arabic'],
};
const HEBREW: Family = {
  name: 'Noto Sans Hebrew',
  package: '@fontsource/noto-sans-hebrew',
  subsets: ['hebrew'],
};
const JAPANESE: Family = {
  name: 'Noto Sans JP',
  package: '@fontsource/noto-sans-jp',
  subsets: 'numbered',
};
const KOREAN: Family = {
  name: 'Noto Sans KR',
  package: '@fontsource/noto-sans-kr',
  subsets: 'numbered',
};
const CHINESE: Family = {
  name: 'Noto Sans SC',
  package: '@fontsource/noto-sans-sc',
  subsets: 'numbered',
};

/** Every family a card may use, for the cache key and the README. */
export const FAMILIES: readonly Family[] = [SERIF, SANS, ARABIC, HEBREW, JAPANESE, KOREAN, CHINESE];

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * The CJK families in the order they are tried. A Han character (kanji, hanja, hanzi) is in all
 * three with different shapes: Japanese shapes when the card has kana, Korean when it has hangul,
 * otherwise simplified Chinese (which also draws traditional characters, in mainland shapes).
 */
function cjkOrder(text: string): Family[] {
  if (KANA.test(text)) return [JAPANESE, KOREAN, CHINESE];
  if (HANGUL.test(text)) return [KOREAN, JAPANESE, CHINESE];
  return [CHINESE, JAPANESE, KOREAN];
}

// Resolved from the project root: after bundling, import.meta.url no longer points here.
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

/** A package's own file, e.g. `unicode.json` or `files/noto-sans-latin-400-normal.woff`. */
const packageFile = (family: Family, file: string) =>
  requireFromRoot.resolve(`${family.package}/${file}`);

/** The installed version of each family's package, so an upgrade redraws the cards. */
export function fontVersions(): Record<string, string> {
  return Object.fromEntries(
    FAMILIES.map((family) => {
      const json = readFileSync(packageFile(family, 'package.json'), 'utf8');
      return [family.package, (JSON.parse(json) as { version: string }).version];
    }),
  );
}

/** Code point → subset, first subset first, per family; read once per thread. */
const coverages = new Map<Family, Map<number, string>>();

/** Parses a CSS `unicode-range` list such as `U+0000-00FF,U+0131` into [first, last] pairs. */
export function parseUnicodeRange(list: string): [number, number][] {
  return list.split(',').map((range) => {
    const [first = '', last] = range.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(first, 16);
    return [start, last === undefined ? start : Number.parseInt(last, 16)];
  });
}

function coverage(family: Family): Map<number, string> {
  let covered = coverages.get(family);
  if (covered) return covered;
  const ranges = JSON.parse(readFileSync(packageFile(family, 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  // `[12]` is slice 12 of a CJK family.
  const subsets =
    family.subsets === 'numbered'
      ? Object.keys(ranges).filter((key) => key.startsWith('['))
      : family.subsets;
  covered = new Map();
  for (const subset of subsets) {
    const list = ranges[subset];
    if (list === undefined) throw new Error(`${family.package} has no subset "${subset}"`);
    for (const [start, end] of parseUnicodeRange(list)) {
      for (let code = start; code <= end; code++) {
        if (!covered.has(code)) covered.set(code, subset.replace(/^\[(\d+)\]$/, '$1'));
      }
    }
  }
  coverages.set(family, covered);
  return covered;
}

/** Font files read so far on this thread, by path; satori parses each Buffer once. */
const files = new Map<string, Buffer>();

function font(family: Family, subset: string, weight: Weight): CardFont {
  const id = family.package.replace('@fontsource/', '');
  const path = packageFile(family, `files/${id}-${subset}-${weight}-normal.woff`);
  let data = files.get(path);
  if (!data) {
    data = readFileSync(path);
    files.set(path, data);
  }
  return { name: `${family.name} ${subset}`, data, weight, style: 'normal' };
}

/** The first subset of the first family in `chain` that covers `code`, if any. */
function find(chain: readonly Family[], code: number): [Family, string] | undefined {
  for (const family of chain) {
    const subset = coverage(family).get(code);
    if (subset !== undefined) return [family, subset];
  }
  return undefined;
}

/**
 * The fonts that draw `runs`: the Latin files of Noto Sans (400, 700) and Noto Serif (700), and
 * for each other character the first file that covers it, tried in this order: Noto Serif for a
 * serif run, then Noto Sans, Noto Sans Arabic, Noto Sans Hebrew and the CJK families (see
 * `cjkOrder`). The same text always gets the same fonts in the same order.
 */
export function fontsFor(runs: readonly Run[]): CardFonts {
  const sansChain = [SANS, ARABIC, HEBREW, ...cjkOrder(runs.map((run) => run.text).join(''))];
  const serifChain = [SERIF, ...sansChain];
  /** Family → subset → weights. */
  const needed = new Map<Family, Map<string, Set<Weight>>>();
  const need = (family: Family, subset: string, weight: Weight) => {
    const subsets = needed.get(family) ?? new Map<string, Set<Weight>>();
    subsets.set(subset, (subsets.get(subset) ?? new Set()).add(weight));
    needed.set(family, subsets);
  };
  need(SANS, 'latin', 400);
  need(SANS, 'latin', 700);
  need(SERIF, 'latin', 700);
  const latin = coverage(SANS);
  for (const run of runs) {
    const chain = run.serif ? serifChain : sansChain;
    for (const char of run.text) {
      const code = char.codePointAt(0) ?? 0;
      // Latin is always there: the common case looks no further.
      if (latin.get(code) === 'latin') continue;
      const found = find(chain, code);
      if (found) need(...found, run.weight);
    }
  }
  // In chain order, so the same text gets the same list (and satori the same font loader).
  const fonts: CardFont[] = [];
  const names = new Map<Family, string[]>();
  for (const family of serifChain) {
    const subsets = [...(needed.get(family) ?? [])].sort(
      ([a], [b]) => subsetOrder(family, a) - subsetOrder(family, b),
    );
    for (const [subset, weights] of subsets) {
      for (const weight of [400, 700] as const) {
        if (weights.has(weight)) fonts.push(font(family, subset, weight));
      }
    }
    names.set(
      family,
      subsets.map(([subset]) => `${family.name} ${subset}`),
    );
  }
  const list = (chain: readonly Family[]) =>
    chain.flatMap((family) => names.get(family) ?? []).join(', ');
  return { fonts, sans: list(sansChain), serif: list(serifChain) };
}

/** A subset's place in its family: the order of `subsets`, or a CJK slice's number. */
function subsetOrder(family: Family, subset: string): number {
  return family.subsets === 'numbered' ? Number(subset) : family.subsets.indexOf(subset);
}
