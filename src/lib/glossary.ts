/**
 * Glossary terms in running text: which phrases count as a use of a term, where a term is first
 * used in a rendered body, and the link from that first use to the term's glossary entry.
 *
 * A phrase matches as whole words (a letter or digit may not touch either end), across any
 * whitespace a line break leaves. A word written with two or more capitals (MNNA, NATO, PPT) is
 * an acronym and matches only as written; every other letter matches in either case, so a phrase
 * also matches at the start of a sentence ("Treaty allies…").
 *
 * Text is never linked inside a heading, a link, a quotation (a `<blockquote>`, a `<q>`, or
 * words inside quotation marks), code, an SVG, a footnote mark, text marked in another language
 * than the body's, or an element marked `data-glossary` (the opt-out, which glossary links
 * carry themselves).
 */
import { textRuns, type OpenElement, type TextRun } from './html-text';

/** A glossary term as a page's text is matched against it. */
export interface GlossaryTerm {
  /** The entry's id: the fragment of its entry on the glossary page. */
  id: string;
  /** The phrases that count as a use of it, in the text's language. */
  phrases: readonly string[];
  /** Where its link goes: its entry on the glossary page, under the site's base path. */
  href: string;
}

/** One use of a term in a body. */
export interface TermUse {
  id: string;
  /** The words as written. */
  text: string;
  /** Where the use starts in the HTML string. */
  offset: number;
  /** Whether it is a glossary link's own text (in an `<a data-glossary>`). */
  linked: boolean;
  /** For a link: where it goes. */
  href?: string;
}

/** Where glossary links never go (see the module comment). */
const SKIPPED = new Set(
  'a h1 h2 h3 h4 h5 h6 blockquote q cite code pre kbd samp var svg math button label select option sup sub'.split(
    ' ',
  ),
);

/** The capitals an acronym starts with: two or more ("MNNA" in "MNNAs", "NATO" in "non-NATO"). */
const ACRONYM = /^(\p{Lu}{2,})(.*)$/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `text` matched in either case, letter by letter. */
function caseInsensitive(text: string): string {
  return [...text]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      return lower === upper || lower.length !== 1 || upper.length !== 1
        ? escapeRegExp(ch)
        : `[${lower}${upper}]`;
    })
    .join('');
}

/** A part of a word between hyphens: an acronym's capitals as written, the rest in either case. */
function wordPart(part: string): string {
  const acronym = ACRONYM.exec(part);
  return acronym ? escapeRegExp(acronym[1]!) + caseInsensitive(acronym[2]!) : caseInsensitive(part);
}

/** The regular expression source of one phrase (see the module comment). */
export function phrasePattern(phrase: string): string {
  const body = phrase
    .trim()
    .split(/\s+/u)
    .map((word) => word.split('-').map(wordPart).join('-'))
    .join('\\s+');
  return `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
}

/** A term with one pattern for all its phrases, longest first, so the longest wins at a place. */
interface CompiledTerm extends GlossaryTerm {
  pattern: RegExp;
}

/**
 * Each phrase list's pattern, built once: every run of text on every page is matched against
 * the same few terms (`matchAll` copies a global pattern, so sharing one is safe).
 */
const PATTERNS = new Map<string, RegExp>();

function patternOf(phrases: readonly string[]): RegExp {
  const key = phrases.join('\u0000');
  let pattern = PATTERNS.get(key);
  if (!pattern) {
    pattern = new RegExp(
      [...phrases]
        .sort((a, b) => b.length - a.length)
        .map(phrasePattern)
        .join('|'),
      'gu',
    );
    PATTERNS.set(key, pattern);
  }
  return pattern;
}

function compile(terms: readonly GlossaryTerm[]): CompiledTerm[] {
  return terms
    .filter((t) => t.phrases.length > 0)
    .map((term) => ({ ...term, pattern: patternOf(term.phrases) }));
}

/** A match in one run of text: `start` and `end` index the run's decoded text. */
interface Match {
  id: string;
  start: number;
  end: number;
}

/**
 * The uses of any term in `text`, outside quotation marks, in order and never overlapping:
 * where two overlap, the one that starts first wins, then the longer.
 */
export function matchTerms(
  text: string,
  terms: readonly GlossaryTerm[],
  quoted: readonly boolean[] = [],
): Match[] {
  const candidates: Match[] = [];
  for (const term of compile(terms)) {
    for (const m of text.matchAll(term.pattern)) {
      if (quoted[m.index]) continue;
      candidates.push({ id: term.id, start: m.index, end: m.index + m[0].length });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Match[] = [];
  let end = 0;
  for (const c of candidates) {
    if (c.start < end) continue;
    chosen.push(c);
    end = c.end;
  }
  return chosen;
}

/** The primary language subtag of a `lang` value, in lower case. */
function primary(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}

/**
 * Whether text inside `ancestors` is out of bounds for glossary links in a body written in
 * `lang` (see the module comment).
 */
function isSkipped(ancestors: readonly OpenElement[], lang: string): boolean {
  return ancestors.some(
    (e) =>
      SKIPPED.has(e.name) ||
      e.attributes.has('data-glossary') ||
      e.attributes.has('hidden') ||
      e.attributes.get('aria-hidden') === 'true' ||
      primary(e.attributes.get('lang') || lang) !== primary(lang),
  );
}

/** The glossary link a run of text is inside, if any. */
function glossaryLinkOf(ancestors: readonly OpenElement[]): OpenElement | undefined {
  return ancestors.find((e) => e.name === 'a' && e.attributes.has('data-glossary'));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** What {@link linkGlossaryTerms} needs besides the HTML and the terms. */
export interface LinkOptions {
  /** The language the body is written in (`lang` attributes that differ are skipped). */
  lang: string;
  /** The link's accessible name, from the words it links: "MNNA (glossary)". */
  label: (words: string) => string;
}

/** The uses, linkable or not, in runs of text that are not skipped. */
function usesIn(run: TextRun, terms: readonly GlossaryTerm[]): Match[] {
  return matchTerms(run.text, terms, run.quoted);
}

/**
 * `html` with the first use of each term linked to its glossary entry, and nothing else changed.
 * Only the first use of a term is linked; a term already linked in `html` is not linked again.
 */
export function linkGlossaryTerms(
  html: string,
  terms: readonly GlossaryTerm[],
  { lang, label }: LinkOptions,
): string {
  if (terms.length === 0) return html;
  const byId = new Map(terms.map((t) => [t.id, t]));
  const used = new Set<string>();
  const inserts: { at: number; text: string }[] = [];
  const runs = textRuns(html);
  for (const run of runs) {
    const existing = glossaryLinkOf(run.ancestors)?.attributes.get('data-glossary');
    if (existing) used.add(existing);
  }
  for (const run of runs) {
    if (isSkipped(run.ancestors, lang)) continue;
    for (const match of usesIn(run, terms)) {
      if (used.has(match.id)) continue;
      used.add(match.id);
      const term = byId.get(match.id)!;
      // The words as one line: a phrase may wrap in the source.
      const words = run.text.slice(match.start, match.end).replace(/\s+/gu, ' ');
      inserts.push({
        at: run.offsets[match.start]!,
        text: `<a href="${escapeAttribute(term.href)}" data-glossary="${escapeAttribute(term.id)}" aria-label="${escapeAttribute(label(words))}">`,
      });
      inserts.push({ at: run.offsets[match.end]!, text: '</a>' });
    }
  }
  let out = '';
  let from = 0;
  for (const { at, text } of inserts.sort((a, b) => a.at - b.at)) {
    out += html.slice(from, at) + text;
    from = at;
  }
  return out + html.slice(from);
}

/**
 * Every use of a term in `html`, in document order: the words of each glossary link (linked),
 * and each use where a link could go (not linked). What the build's checks read a page with.
 */
export function glossaryUses(
  html: string,
  terms: readonly GlossaryTerm[],
  lang: string,
): TermUse[] {
  const uses: TermUse[] = [];
  for (const run of textRuns(html)) {
    const link = glossaryLinkOf(run.ancestors);
    if (link) {
      uses.push({
        id: link.attributes.get('data-glossary') ?? '',
        text: run.text.trim(),
        offset: run.start,
        linked: true,
        href: link.attributes.get('href') ?? '',
      });
      continue;
    }
    if (isSkipped(run.ancestors, lang)) continue;
    for (const match of usesIn(run, terms)) {
      uses.push({
        id: match.id,
        text: run.text.slice(match.start, match.end),
        offset: run.offsets[match.start]!,
        linked: false,
      });
    }
  }
  return uses;
}
