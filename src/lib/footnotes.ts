/**
 * How an article or topic cites: its numbered source list and, for every `<Fact>` in its body,
 * the footnote number it shows and whether it prints its as-of date. Computed once per page so
 * the list and the footnotes cannot disagree (they once did on Spanish pages).
 *
 * Numbering follows the usual rule of Wikipedia and the Chicago Manual of Style's notes: sources
 * are numbered in order of first citation in reading order; a source cited again keeps its
 * number; sources listed but not cited in the text come after, in the order the entry lists them.
 */
import { formatPartialDate } from './dates';
import type { Fact, Source } from './entry';
import type { PartialDate } from '../schemas/dates';
import type { Locale } from '../settings';
import { dateFormat } from './intl';
import { intlLocale } from '../settings';
import { FACT_TAG } from './mdx-tags';

/** One `<Fact>` element of a body, in reading order. */
export interface FactCitation {
  /** Its position among the body's `<Fact>` elements, from 0 (the `n` the MDX plugin adds). */
  n: number;
  /** The fact's id. */
  id: string;
  /** The source it cites and that source's 1-based number in the list; absent if unknown. */
  source?: { id: string; number: number } | undefined;
  /**
   * Whether it prints its as-of date: false when the next figure of the same paragraph or list
   * has the same date (the date is said once, after the last), or when the paragraph or the
   * heading of its section already gives the date ("## May 29: the first round").
   */
  showAsOf: boolean;
}

export interface LongformCitations {
  /** The page's numbered source list, in order. */
  sources: Source[];
  /** Every `<Fact>` of the body, in reading order. */
  facts: FactCitation[];
}

/**
 * Blocks of an MDX body as a reader meets them: paragraphs and lists, split at blank lines. A
 * paragraph that ends with a colon is read with the list that follows it ("In the count:").
 * Returns each block's start and end offsets in the body.
 */
export function readingBlocks(body: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  const separator = /\n[ \t]*\n/g;
  let start = 0;
  for (const match of body.matchAll(separator)) {
    blocks.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  blocks.push({ start, end: body.length });
  const merged: { start: number; end: number }[] = [];
  for (const block of blocks) {
    const last = merged.at(-1);
    const startsList = /^\s*(?:[-*+]|\d+\.)\s/.test(body.slice(block.start, block.end));
    if (last && startsList && /:\s*$/.test(body.slice(last.start, last.end))) last.end = block.end;
    else merged.push({ ...block });
  }
  return merged;
}

/** Ways a text can already state a date: "May 29" / "29 de mayo", "August 2021", "2006". */
function dateWordings(date: PartialDate, locale: Locale): string[] {
  const [y, m = 1, d = 1] = date.iso.split('-').map(Number) as [number, number?, number?];
  const utc = new Date(Date.UTC(y, m - 1, d));
  if (date.precision === 'year') return [String(y)];
  const monthDay = dateFormat(intlLocale(locale), {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(utc);
  return date.precision === 'day' ? [monthDay] : [formatPartialDate(date, locale)];
}

/** Whether `text` already tells the reader the date (or span) a figure describes. */
function mentionsDate(text: string, fact: Fact, locale: Locale): boolean {
  const dates = [fact.data.asOf, ...(fact.data.periodStart ? [fact.data.periodStart] : [])];
  return dates.every((date) =>
    dateWordings(date, locale).some((w) =>
      new RegExp(
        // Any run of spaces matches any other: MDX bodies wrap lines inside a date.
        `(^|[^\\p{L}\\d])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}($|[^\\p{L}\\d])`,
        'iu',
      ).test(text),
    ),
  );
}

function asOfKey(fact: Fact): string {
  return `${fact.data.periodStart?.iso ?? ''}|${fact.data.asOf.iso}`;
}

/**
 * Cites a body: `declared` is the entry's own source list (a translation passes its original's),
 * `facts` and `sources` the corpus's, `locale` the language the body is written in (to recognise
 * dates it already states).
 */
export function citeLongform(
  body: string,
  declared: readonly string[],
  corpus: { facts: readonly Fact[]; sources: readonly Source[] },
  locale: Locale,
): LongformCitations {
  const facts = new Map(corpus.facts.map((f) => [f.id, f]));
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const blocks = readingBlocks(body);
  const blockOf = (index: number) => blocks.findIndex((b) => index >= b.start && index < b.end);
  const uses = [...body.matchAll(FACT_TAG)].map((m, n) => ({
    n,
    id: m[1] ?? m[2] ?? m[3] ?? '',
    block: blockOf(m.index),
  }));

  const order: string[] = [];
  for (const use of uses) {
    const source = facts.get(use.id)?.data.source.id;
    if (source && sources.has(source) && !order.includes(source)) order.push(source);
  }
  for (const id of declared) if (sources.has(id) && !order.includes(id)) order.push(id);

  const citations: FactCitation[] = uses.map((use, i) => {
    const fact = facts.get(use.id);
    const sourceId = fact?.data.source.id;
    const number = sourceId ? order.indexOf(sourceId) + 1 : 0;
    const next = uses[i + 1];
    const nextFact = next && facts.get(next.id);
    const block = blocks[use.block];
    // What the reader has in view: the paragraph or list, and the heading of its section.
    const heading = block
      ? ([...body.slice(0, block.start).matchAll(/^#{1,6}\s+(.+)$/gm)].at(-1)?.[1] ?? '')
      : '';
    const text = block
      ? `${heading}\n${body.slice(block.start, block.end)}`.replace(FACT_TAG, ' ')
      : '';
    const saidOnce =
      !!fact && !!nextFact && next.block === use.block && asOfKey(nextFact) === asOfKey(fact);
    const saidInText = !!fact && mentionsDate(text, fact, locale);
    return {
      n: use.n,
      id: use.id,
      source: sourceId && number > 0 ? { id: sourceId, number } : undefined,
      showAsOf: !saidOnce && !saidInText,
    };
  });
  return { sources: order.flatMap((id) => sources.get(id) ?? []), facts: citations };
}
