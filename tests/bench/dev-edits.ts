/**
 * The pure parts of the dev-server benchmark (tests/bench/dev.ts): which synthetic articles it
 * edits, the edit an author makes, how it recognises the page that shows the edit, and how it
 * sums up the timings. No file system, clock or network here, so tests/unit/bench-dev.test.ts
 * can try each on strings.
 */

/**
 * The sentence an edit rewrites in synthetic article `i`: the first sentence of its third
 * paragraph (`articleMdx` in tests/bench/corpus.ts), in the body, under a heading.
 */
export function editedSentence(i: number): string {
  return `Benchmark paragraph 3 of briefing ${i}.`;
}

/**
 * The MDX of synthetic article `i` with {@link editedSentence} rewritten to carry `token`, as an
 * author's save would: "… briefing 12, revised as r1a2b3." Throws when the sentence is not there
 * once, so an edit can never silently change nothing (or the wrong place).
 */
export function rewriteSentence(mdx: string, i: number, token: string): string {
  const sentence = editedSentence(i);
  const at = mdx.indexOf(sentence);
  if (at < 0 || mdx.indexOf(sentence, at + 1) >= 0)
    throw new Error(`Article ${i}'s body must hold "${sentence}" exactly once to be edited`);
  const revised = `${sentence.slice(0, -1)}, revised as ${token}.`;
  return mdx.slice(0, at) + revised + mdx.slice(at + sentence.length);
}

/**
 * `count` different article numbers among 1…n, spread evenly over the archive (the middle of
 * each of `count` equal slices), so no edit lands on a page an earlier edit warmed. Throws when
 * the archive has fewer articles than edits.
 */
export function editTargets(n: number, count: number): number[] {
  if (!Number.isInteger(n) || !Number.isInteger(count) || count < 1 || n < count)
    throw new Error(`Cannot pick ${count} different articles among ${n}`);
  return Array.from({ length: count }, (_, k) => Math.floor(((k + 0.5) * n) / count) + 1);
}

/**
 * The values `<Fact>` shows on a page, in page order: the text of each `<strong>` directly inside
 * a `<span class="fact">` (src/components/mdx/Fact.astro), tags and surrounding space removed,
 * whatever other attributes the dev server adds (`data-astro-source-file`, scoping ids). The
 * fact edit is served once the value shown differs from the one before the save.
 */
export function factValues(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(
    /<span\b[^>]*\bclass="fact"[^>]*>\s*<strong\b[^>]*>([\s\S]*?)<\/strong>/g,
  ))
    found.push((m[1] ?? '').replace(/<[^>]*>/g, '').trim());
  return found;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A set of timings (milliseconds) summed up: how many, their median, fastest and slowest. */
export interface Timings {
  count: number;
  /** Milliseconds; NaN when there are none. */
  median: number;
  min: number;
  max: number;
}

export function summarize(ms: readonly number[]): Timings {
  return {
    count: ms.length,
    median: median(ms),
    min: ms.length > 0 ? Math.min(...ms) : NaN,
    max: ms.length > 0 ? Math.max(...ms) : NaN,
  };
}

/**
 * This project's median over bare Astro's (2.2 means 2.2 times as long), or undefined when
 * either side has no timing (every edit timed out, or a server never started).
 */
export function ratioOf(project: Timings, bare: Timings): number | undefined {
  const r = project.median / bare.median;
  return Number.isFinite(r) && r > 0 ? r : undefined;
}

/**
 * Whether a ratio meets issue 16's dev-server target: an edit served in at most `target` times
 * (1.5 by default) bare Astro's time. A missing ratio never meets it.
 */
export function meetsTarget(ratio: number | undefined, target = 1.5): boolean {
  return ratio !== undefined && ratio <= target;
}

/** "186 ms", "6.12 s" from milliseconds; "–" for none. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
