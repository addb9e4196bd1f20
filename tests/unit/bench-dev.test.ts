/**
 * The pure parts of the dev-server benchmark (tests/bench/dev-edits.ts): an edit must change
 * exactly the sentence it names in a real synthetic article, the articles edited must all differ,
 * a `<Fact>`'s value must be read from the page as the dev server writes it, and the verdict on
 * the 1.5× target must follow the medians.
 */
import { describe, expect, test } from 'vitest';
import { articleMdx, lowerByATenth, readIds } from '../bench/corpus';
import {
  editedSentence,
  editTargets,
  factValues,
  formatMs,
  meetsTarget,
  median,
  ratioOf,
  rewriteSentence,
  summarize,
} from '../bench/dev-edits';
import { ROOT } from '../support/project-copy';

const ids = readIds(`${ROOT}/content`);

describe('an edit rewrites one sentence of the body', () => {
  test.each([1, 12, 999, 1000])(
    'synthetic article %i carries the token once, where the sentence was',
    (i) => {
      const mdx = articleMdx(i, ids);
      const edited = rewriteSentence(mdx, i, 'r1x0');
      expect(edited).toContain(`Benchmark paragraph 3 of briefing ${i}, revised as r1x0.`);
      expect(edited.split('r1x0')).toHaveLength(2);
      expect(edited).not.toContain(editedSentence(i));
      // Everything else is as it was: the frontmatter, and the rest of the body.
      const [before, after] = mdx.split(editedSentence(i));
      expect(edited.startsWith(before!)).toBe(true);
      expect(edited.endsWith(after!)).toBe(true);
    },
  );

  test('a second edit of the same article rewrites nothing, and says so', () => {
    const once = rewriteSentence(articleMdx(5, ids), 5, 'r1x0');
    expect(() => rewriteSentence(once, 5, 'r1x1')).toThrow(/exactly once/);
  });

  test('the sentence of article 1 is not found in article 12', () => {
    expect(() => rewriteSentence(articleMdx(12, ids), 1, 'r1x0')).toThrow(/Article 1's body/);
  });
});

describe('the edited articles', () => {
  test.each([
    [1000, 10],
    [100, 6],
    [10, 10],
    [7, 3],
  ])('of %i articles, %i edits land on different articles within the archive', (n, count) => {
    const targets = editTargets(n, count);
    expect(targets).toHaveLength(count);
    expect(new Set(targets).size).toBe(count);
    for (const i of targets) expect(i >= 1 && i <= n, `article ${i} of ${n}`).toBe(true);
  });

  test('are spread over the archive, not its first pages', () => {
    expect(editTargets(1000, 10)).toEqual([51, 151, 251, 351, 451, 551, 651, 751, 851, 951]);
  });

  test('cannot outnumber the articles', () => {
    expect(() => editTargets(3, 4)).toThrow(/4 different articles among 3/);
    expect(() => editTargets(10, 0)).toThrow();
  });
});

describe("a <Fact>'s value read from the page", () => {
  test('as the build writes it', () => {
    const html =
      '<p>The figure: <span class="fact"><strong>about 11,000</strong> <span class="text-muted" data-fact-as-of>(as of 2017)</span><sup><a href="#s1">1</a></sup></span>.</p>';
    expect(factValues(html)).toEqual(['about 11,000']);
  });

  test('with the attributes the dev server adds, several facts in page order', () => {
    const html = [
      '<span class="fact" data-astro-source-file="/x/Fact.astro" data-astro-source-loc="37:2">',
      '<strong data-astro-source-file="/x/Fact.astro">50.48%</strong></span>',
      '<span data-astro-cid-abc class="fact"><strong>about <em>2.8</em> million</strong></span>',
    ].join('\n');
    expect(factValues(html)).toEqual(['50.48%', 'about 2.8 million']);
  });

  test('none on a page without a <Fact>, nor from another element classed "fact-box"', () => {
    expect(
      factValues('<span class="fact-box"><strong>12</strong></span><p>No figure.</p>'),
    ).toEqual([]);
  });
});

describe('timings summed up', () => {
  test.each([
    [[], NaN],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('the median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test('a summary gives the count, median, fastest and slowest', () => {
    expect(summarize([186, 92, 143])).toEqual({ count: 3, median: 143, min: 92, max: 186 });
  });

  test('the ratio is the project’s median over bare Astro’s, and needs both', () => {
    expect(ratioOf(summarize([186]), summarize([92]))).toBeCloseTo(2.02, 2);
    expect(ratioOf(summarize([]), summarize([92]))).toBeUndefined();
    expect(ratioOf(summarize([186]), summarize([]))).toBeUndefined();
  });

  test.each([
    [1.5, true],
    [1.49, true],
    [1.51, false],
    [2.2, false],
    [undefined, false],
  ])('a ratio of %s meets the 1.5× target: %s', (ratio, meets) => {
    expect(meetsTarget(ratio)).toBe(meets);
  });

  test.each([
    [92, '92 ms'],
    [186.4, '186 ms'],
    [6120, '6.12 s'],
    [NaN, '–'],
  ])('%d ms reads as %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });
});

describe('a fact edit a reader can see', () => {
  test('lowers the value by a tenth, so a figure shown rounded changes too', () => {
    expect(lowerByATenth('54.91')).toBe('49.42');
    expect(lowerByATenth('2560000000')).toBe('2304000000');
    expect(lowerByATenth('11000')).toBe('9900');
    expect(lowerByATenth('4.2')).toBe('3.8');
  });

  test('never leaves a small value as it was', () => {
    expect(lowerByATenth('3')).toBe('2');
    expect(lowerByATenth('1')).toBe('0');
    expect(lowerByATenth('0.1')).toBe('0.0');
  });
});
