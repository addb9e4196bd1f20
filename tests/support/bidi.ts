/**
 * Right-to-left text (Arabic, Hebrew…) inside a left-to-right page must be isolated, or its
 * neighbours' punctuation lands on the wrong side: a source title "قطر حليف (نص)" printed in an
 * English list shows its closing bracket at the start. The HTML rule (W3C, "Inline markup and
 * bidirectional text in HTML", https://www.w3.org/International/articles/inline-bidi-markup/):
 * text whose direction may differ from its surroundings goes in an element with `dir` (`auto`
 * for data of unknown direction) or in `<bdi>`.
 *
 * `unisolatedRtl` reports, for one page, each element that holds right-to-left text without
 * such isolation when either
 * - the element is marked as being in a right-to-left language (`lang="ar"`: a source title, a
 *   publisher's name), or
 * - its own text begins with a right-to-left letter (so its direction is right to left while
 *   the page lays it out left to right).
 * Right-to-left words inside a sentence that starts left to right ("Qatar is قطر in Arabic")
 * are laid out correctly by the Unicode bidi algorithm and are not reported.
 */
import type { HTMLElement, Node } from 'node-html-parser';

/** Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko, their presentation forms. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
/** Languages written right to left (ISO 639-1, and Central Kurdish), as `lang` names them. */
const RTL_LANGUAGES = /^(ar|he|fa|ur|yi|ps|sd|ug|dv|ckb)(-|$)/i;
/** The first strongly directional character: a letter of any script. */
const STRONG = /\p{L}/u;

/** Whether `el` isolates its contents' direction: `dir` on it, or a `<bdi>`. */
function isolates(el: HTMLElement): boolean {
  return el.hasAttribute('dir') || el.tagName?.toLowerCase() === 'bdi';
}

/** The element's text, skipping descendants that isolate themselves, scripts and styles. */
function ownText(el: HTMLElement): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += node.text;
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as HTMLElement;
    if (child !== el && isolates(child)) return;
    if (['script', 'style', 'template', 'title'].includes(child.tagName?.toLowerCase() ?? ''))
      return;
    for (const c of child.childNodes) walk(c);
  };
  walk(el);
  return out;
}

/** A short description of `el` for a report: its tag and the start of its text. */
function describe(el: HTMLElement): string {
  return `<${el.tagName.toLowerCase()}${el.getAttribute('lang') ? ` lang="${el.getAttribute('lang')}"` : ''}> "${el.text.trim().slice(0, 40)}"`;
}

/** Every element of `body` that holds right-to-left text without isolating it (see above). */
export function unisolatedRtl(body: HTMLElement): string[] {
  const problems: string[] = [];
  const visit = (el: HTMLElement, isolated: boolean) => {
    const tag = el.tagName?.toLowerCase() ?? '';
    if (['script', 'style', 'template', 'svg'].includes(tag)) return;
    const here = isolated || isolates(el);
    // Only the element whose own text nodes hold the right-to-left text is judged.
    const holds = el.childNodes.some((c) => c.nodeType === 3 && RTL.test(c.text));
    if (!here && holds) {
      const text = ownText(el);
      if (RTL.test(text)) {
        const first = STRONG.exec(text)?.[0] ?? '';
        const rtlLanguage = RTL_LANGUAGES.test(el.getAttribute('lang') ?? '');
        if (rtlLanguage || RTL.test(first)) problems.push(describe(el));
      }
    }
    for (const child of el.childNodes) {
      if (child.nodeType === 1) visit(child as HTMLElement, here);
    }
  };
  visit(body, false);
  return problems;
}
