/**
 * Footnote numbering as readers meet it. A numbered reference (a link inside `<sup>` to a
 * fragment on the page) must show its target's position in the list, and sources must be
 * numbered in order of first citation in reading order, as Wikipedia and the Chicago Manual of
 * Style do: reading down the page, each reference to a source not cited before carries the next
 * number, so the cited sources are 1…k and sources listed but not cited come after.
 */

/** One numbered reference, in document order. */
export interface FootnoteRef {
  /** The number the reader sees, brackets removed ("[3]" → "3"). */
  shown: string;
  /** The fragment it links to. */
  href: string;
  /** The 1-based position of its target among the items of its list; null if it is not a list item. */
  position: number | null;
  /** Whether it sits right after another reference, as in "[2][3]" (a cluster). */
  adjacent: boolean;
}

/** Reads every numbered reference of the page, in document order. Runs inside the page. */
export function readFootnoteRefs(): FootnoteRef[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('sup a[href^="#"]')].map((a) => {
    const href = a.getAttribute('href') ?? '';
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    const list = target?.parentElement;
    const isItem = target?.tagName === 'LI' && (list?.tagName === 'OL' || list?.tagName === 'UL');
    const items = isItem && list ? [...list.children].filter((c) => c.tagName === 'LI') : [];
    let before = a.closest('sup')?.previousSibling;
    while (before && before.nodeType === Node.TEXT_NODE && !before.textContent?.trim()) {
      before = before.previousSibling;
    }
    return {
      shown: (a.textContent ?? '').replace(/[[\]\s]/g, ''),
      href,
      position: isItem && target ? items.indexOf(target) + 1 : null,
      adjacent: before instanceof Element && before.tagName === 'SUP',
    };
  });
}

/** What is wrong with a page's numbering, one sentence per problem; empty when all is well. */
export function checkFootnoteRefs(refs: readonly FootnoteRef[]): string[] {
  const problems: string[] = [];
  let highest = 0;
  refs.forEach((ref, i) => {
    const at = `reference ${i + 1} ("${ref.shown}" → ${ref.href})`;
    if (ref.position === null) {
      problems.push(`${at} does not point at an item of a numbered list`);
      return;
    }
    if (String(ref.position) !== ref.shown) {
      problems.push(
        `${at} shows ${ref.shown} but its source is number ${ref.position} in the list`,
      );
    }
    const n = Number(ref.shown);
    if (n > highest + 1) {
      problems.push(
        `${at} is the first citation of a source but is numbered ${n}, not ${highest + 1}`,
      );
    }
    const previous = refs[i - 1];
    if (previous && ref.adjacent && Number(previous.shown) > n) {
      problems.push(
        `${at} follows ${previous.shown} in the same cluster; write clusters in ascending order`,
      );
    }
    highest = Math.max(highest, n);
  });
  return problems;
}
