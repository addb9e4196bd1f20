/**
 * The house style for reader-facing text, as pure functions over strings: typographic quotes and
 * apostrophes (English ’ “ ”, Spanish « » and ’), American spelling, and the internal jargon
 * readers must never meet. The fix script (`npm run style:fix`), the source check
 * (`npm run test:style`) and the check over the built pages (tests/dist/typography.test.ts) all
 * read their rules from here, so they cannot disagree.
 */

export type Lang = 'en' | 'es';

/** A half-open span [start, end) of a string. */
export interface Span {
  start: number;
  end: number;
}

/** Characters after which a quote opens rather than closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013/“‘«]/u;
/** Markdown emphasis and link brackets, skipped when looking for what a quote follows. */
const MARKUP = /[*_[]/u;

/**
 * Whether a quote at `index` opens a quotation: it does at the start, after a space, an opening
 * bracket, a dash or another opening quote (markdown emphasis in between is looked through).
 */
function opensAt(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && MARKUP.test(text[i] ?? '')) i -= 1;
  return i < 0 || OPENS_AFTER.test(text[i] ?? '');
}

/**
 * Replaces straight quotes with typographic ones, in `text` as a whole or only at the positions
 * inside `within` (the rest of the text is read for context but left alone). English gets “ ”
 * and ‘ ’; Spanish gets « » (and “ ” nested inside them). An apostrophe is always ’. A single
 * quote that opens (after a space, before a letter) becomes ‘, which is wrong for an elided
 * year ('90s): write ’90s by hand.
 */
export function smartenQuotes(text: string, lang: Lang, within?: readonly Span[]): string {
  const inside = (i: number) => !within || within.some((s) => i >= s.start && i < s.end);
  let out = '';
  // Spanish nests “ ” inside « »: the quotes still open decide which pair a straight " becomes.
  const open: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (c === '«' || c === '“') open.push(c);
    if (c === '»' || c === '”') open.pop();
    if (!inside(i) || (c !== '"' && c !== "'")) {
      out += c;
      continue;
    }
    const opening = opensAt(text, i) && /\S/u.test(text[i + 1] ?? '');
    if (c === "'") {
      out += opening && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') ? '‘' : '’';
    } else if (opening) {
      const mark = lang === 'es' && open.length === 0 ? '«' : '“';
      open.push(mark);
      out += mark;
    } else {
      out += open.pop() === '«' ? '»' : '”';
    }
  }
  return out;
}

/**
 * Where quotations are in `text`: “…”, «…», ‘…’ after a space, and "…" not yet made typographic.
 * A quotation keeps its own spelling: a quoted source, or the wording a correction replaced.
 */
export function quotationSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(QUOTATION)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** The quotations `quotationSpans` finds, as one pattern (cspell's ignoreRegExpList uses it). */
export const QUOTATION = /“[^”]*”|«[^»]*»|(?<=^|[\s(])‘[^’]*’(?![\p{L}])|"[^"]*"/gu;

/**
 * Proper names that keep a British spelling wherever they appear: a foreign government's own
 * name for itself. Add to this list rather than misspell a name.
 */
export const BRITISH_NAMES =
  /\b(?:(?:Ministry|Department|Secretary|Minister) (?:of|for) Defence|Defence (?:Force|Forces|Ministry|Department|Minister)|Labour Party)\b/gu;

/** Words spelled the British way, each with its American spelling. */
const BRITISH_WORDS: Record<string, string> = {
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
  licence: 'license',
  licences: 'licenses',
  pretence: 'pretense',
  programme: 'program',
  programmes: 'programs',
  judgement: 'judgment',
  judgements: 'judgments',
  catalogue: 'catalog',
  catalogues: 'catalogs',
  whilst: 'while',
  amongst: 'among',
  towards: 'toward',
  enrol: 'enroll',
  enrols: 'enrolls',
  enrolment: 'enrollment',
  fulfil: 'fulfill',
  fulfils: 'fulfills',
  fulfilment: 'fulfillment',
  instil: 'instill',
  grey: 'gray',
  cheque: 'check',
  cheques: 'checks',
  aluminium: 'aluminum',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  sceptic: 'skeptic',
  sceptical: 'skeptical',
  storey: 'story',
  storeys: 'stories',
  plough: 'plow',
  mould: 'mold',
  tyre: 'tire',
  tyres: 'tires',
  analyse: 'analyze',
  analysed: 'analyzed',
  analyses: 'analyzes',
  analysing: 'analyzing',
  paralyse: 'paralyze',
  paralysed: 'paralyzed',
};

/** -our words (American -or), each with the endings it takes. */
const OUR_STEMS = [
  'arbo',
  'ardo',
  'armo',
  'behavio',
  'cando',
  'clamo',
  'colo',
  'endeavo',
  'favo',
  'fervo',
  'flavo',
  'harbo',
  'hono',
  'humo',
  'labo',
  'neighbo',
  'odo',
  'parlo',
  'rigo',
  'rumo',
  'savo',
  'splendo',
  'tumo',
  'valo',
  'vapo',
  'vigo',
];
const OUR_ENDINGS = ['ur', 'urs', 'ured', 'uring', 'urable', 'urably', 'urite', 'urites', 'urful'];

/** -re words (American -er). */
const RE_STEMS = ['cent', 'met', 'theat', 'fib', 'calib', 'lit', 'spect', 'somb', 'manoeuv'];
const RE_ENDINGS = ['re', 'res', 'red'];

/** -ise words (American -ize): only stems whose -ise form is British, never "promise" or "rise". */
const ISE_STEMS = [
  'apolog',
  'author',
  'capital',
  'categor',
  'central',
  'character',
  'civil',
  'colon',
  'critic',
  'crystall',
  'decentral',
  'democrat',
  'digit',
  'economic',
  'emphas',
  'equal',
  'familiar',
  'final',
  'formal',
  'global',
  'harmon',
  'hospital',
  'industrial',
  'internal',
  'international',
  'jeopard',
  'legal',
  'legitim',
  'liberal',
  'maxim',
  'memor',
  'militar',
  'minim',
  'mobil',
  'modern',
  'national',
  'neutral',
  'normal',
  'optim',
  'organ',
  'penal',
  'polar',
  'prior',
  'privat',
  'publicis',
  'rational',
  'real',
  'recogn',
  'revital',
  'scrutin',
  'special',
  'stabil',
  'standard',
  'subsid',
  'summar',
  'symbol',
  'sympath',
  'terror',
  'util',
  'visual',
];
const ISE_ENDINGS = ['ise', 'ises', 'ised', 'ising', 'isation', 'isations', 'iser', 'isers'];

/** -ll- before -ed/-ing/-er where American writes one l. */
const LL_STEMS = ['cancel', 'counsel', 'fuel', 'label', 'model', 'signal', 'total', 'travel'];
const LL_ENDINGS = ['led', 'ling', 'ler', 'lers'];

function expand(
  stems: readonly string[],
  endings: readonly string[],
  american: (e: string) => string,
) {
  return stems.flatMap((stem) => endings.map((e) => [stem + e, stem + american(e)] as const));
}

/** Every British spelling this project forbids, lower case, with its American spelling. */
export const AMERICAN_SPELLING: ReadonlyMap<string, string> = new Map([
  ...Object.entries(BRITISH_WORDS),
  ...expand(OUR_STEMS, OUR_ENDINGS, (e) => e.slice(1)),
  ...expand(RE_STEMS, RE_ENDINGS, (e) => 'er' + e.slice(2)),
  ...expand(ISE_STEMS, ISE_ENDINGS, (e) => 'iz' + e.slice(2)),
  ...expand(LL_STEMS, LL_ENDINGS, (e) => e.slice(1)),
]);

/** `american` with the capitals of `british`: "Defence" → "Defense", "DEFENCE" → "DEFENSE". */
function matchCase(british: string, american: string): string {
  if (british === british.toUpperCase()) return american.toUpperCase();
  if (british[0] === british[0]?.toUpperCase())
    return american[0]?.toUpperCase() + american.slice(1);
  return american;
}

function outside(spans: readonly Span[], start: number, end: number): boolean {
  return !spans.some((s) => start < s.end && end > s.start);
}

/**
 * Rewrites British spellings in English `text` the American way, except inside quotations and
 * the proper names in `BRITISH_NAMES`, and only at positions inside `within` when it is given.
 */
export function americanize(text: string, within?: readonly Span[]): string {
  const kept = [
    ...quotationSpans(text),
    ...[...text.matchAll(BRITISH_NAMES)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    })),
  ];
  return text.replace(/\p{L}+/gu, (word, offset: number) => {
    const american = AMERICAN_SPELLING.get(word.toLowerCase());
    if (!american || !outside(kept, offset, offset + word.length)) return word;
    if (within && outside(within, offset, offset + word.length)) return word;
    return matchCase(word, american);
  });
}

/** One place where reader-facing text breaks the house style. */
export interface StyleProblem {
  /** What is wrong, for the message: "straight quote", "jargon “stored report”". */
  rule: string;
  /** A few words around it, for finding it. */
  excerpt: string;
  index: number;
}

/** Web addresses, whose quotes and words are not prose. */
const URL = /\bhttps?:\/\/\S+/gu;

/**
 * Internal jargon: words about how this site is made (its files, its stored copies of sources)
 * that mean nothing to a reader. A source's own "fact sheet" (the embassy's) is a document's
 * name and is fine; "our fact sheet" is not.
 */
export const JARGON: readonly { pattern: RegExp; lang: Lang }[] = [
  {
    pattern: /\bstored (?:cop(?:y|ies)|reports?|versions?|sources?|pages?|files?)\b/giu,
    lang: 'en',
  },
  { pattern: /\bour (?:fact ?sheet|sources? file|records? file|data file)s?\b/giu, lang: 'en' },
  {
    pattern: /\b(?:the )?fact sheet(?= (?:says|shows|records) (?:that )?(?:this site|we))/giu,
    lang: 'en',
  },
  { pattern: /\bfacts\.md\b|\bseed (?:article|story)\b/giu, lang: 'en' },
  {
    pattern: /\b(?:copias?|versi(?:ón|ones)|informes?) (?:guardad|almacenad)[oa]s?\b/giu,
    lang: 'es',
  },
  {
    pattern: /\bnuestr[oa]s? (?:hoja (?:informativa|de datos)|archivo de fuentes|ficha)\b/giu,
    lang: 'es',
  },
];

function excerptAt(text: string, index: number, length = 1): string {
  const from = Math.max(0, index - 30);
  const to = Math.min(text.length, index + length + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/gu, ' ')}${to < text.length ? '…' : ''}`;
}

/**
 * What is wrong with reader-facing `text` in `lang`: straight quotes and apostrophes (outside web
 * addresses) and internal jargon. Spelling is cspell's job (`npm run test:style`).
 */
export function styleProblems(text: string, lang: Lang): StyleProblem[] {
  const urls = [...text.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const problems: StyleProblem[] = [];
  for (const m of text.matchAll(/["']/gu)) {
    if (!outside(urls, m.index, m.index + 1)) continue;
    problems.push({
      rule: m[0] === '"' ? 'straight double quote (use “ ” or « »)' : 'straight apostrophe (use ’)',
      excerpt: excerptAt(text, m.index),
      index: m.index,
    });
  }
  // Each language's own quote marks: « » in Spanish (“ ” only nested inside them), “ ” in English.
  const foreignQuote = lang === 'es' ? /“/gu : /[«»]/gu;
  const guillemets = lang === 'es' ? [...text.matchAll(/«[^»]*»/gu)] : [];
  for (const m of text.matchAll(foreignQuote)) {
    if (guillemets.some((g) => m.index > g.index && m.index < g.index + g[0].length)) continue;
    problems.push({
      rule:
        lang === 'es'
          ? 'English quote mark in Spanish (use « »)'
          : 'Spanish quote mark in English (use “ ”)',
      excerpt: excerptAt(text, m.index),
      index: m.index,
    });
  }
  for (const { pattern, lang: l } of JARGON) {
    if (l !== lang && lang === 'en') continue;
    for (const m of text.matchAll(pattern)) {
      problems.push({
        rule: `internal jargon “${m[0]}”`,
        excerpt: excerptAt(text, m.index, m[0].length),
        index: m.index,
      });
    }
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** The words of `text`, lower case, letters and digits only. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Whether `next` (the paragraph after a callout) says again what the callout says: it repeats
 * the callout's title (of two words or more), or a run of `run` words of its text. Returns the
 * repeated words, or undefined.
 */
export function repeatedFromCallout(
  callout: { title: string; text: string },
  next: string,
  run = 5,
): string | undefined {
  const said = ` ${wordsOf(next).join(' ')} `;
  const title = wordsOf(callout.title);
  if (title.length >= 2 && said.includes(` ${title.join(' ')} `)) return title.join(' ');
  const words = wordsOf(callout.text);
  for (let i = 0; i + run <= words.length; i += 1) {
    const phrase = words.slice(i, i + run).join(' ');
    if (said.includes(` ${phrase} `)) return phrase;
  }
  return undefined;
}
