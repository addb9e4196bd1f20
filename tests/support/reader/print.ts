/**
 * Print: what a reader gets on paper. Run with the page emulating print media. Every link into
 * the site prints its full address (a bare "/allies/colombia/" is useless on paper), but for a
 * glossary link, which reads as the word it marks; an email link shows its address as its text;
 * and boxes
 * (notices, callouts, quotes, figures, table rows) never split across pages. Contrast on paper
 * is checked with axe's color-contrast rule under the same emulation (tests/reader/print.spec.ts).
 */

/** What `measurePrint` found, one description per problem. */
export interface PrintReport {
  /** Links whose printed address is missing or not a full URL. */
  links: string[];
  /** Boxes that may break across pages. */
  boxes: string[];
}

/** Measures the page as printed. Runs inside the page. */
export function measurePrint(): PrintReport {
  const links: string[] = [];
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#') || a.closest('svg') || a.getClientRects().length === 0) continue;
    // A glossary link reads as the word it marks, with no address after it.
    if (a.hasAttribute('data-glossary')) {
      const printed = getComputedStyle(a, '::after').content;
      if (printed !== 'none' && printed !== 'normal') {
        links.push(`glossary link "${(a.textContent ?? '').trim()}" prints ${printed}`);
      }
      continue;
    }
    // An email link that shows its address (the corrections address) prints it already.
    if (href.startsWith('mailto:') && (a.textContent ?? '').trim() === href.slice(7)) continue;
    const after = getComputedStyle(a, '::after').content;
    if (!/https?:\/\//.test(after)) {
      links.push(`"${(a.textContent ?? '').trim().slice(0, 40)}" (${href}) prints ${after}`);
    }
  }
  const boxes: string[] = [];
  for (const el of document.querySelectorAll('main aside, main figure, main blockquote, main tr')) {
    if (el.getClientRects().length === 0) continue;
    if (getComputedStyle(el).breakInside !== 'avoid') {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      boxes.push(`<${el.tagName.toLowerCase()}> "${text}" may split across pages`);
    }
  }
  return { links, boxes };
}
