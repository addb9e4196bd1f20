/**
 * Country names inside sentences: a name that takes an article in running text ("the
 * Philippines") must have it wherever a sentence uses the name. Labels (a link, a table cell, a
 * heading that is just the name) and quoted titles keep the bare name.
 */
import type { HTMLElement } from 'node-html-parser';

/** A name and the form a sentence must give it: `{ name: 'Philippines', inSentence: 'the Philippines' }`. */
export interface SentenceName {
  name: string;
  inSentence: string;
}

/** The elements whose text is running prose. */
const PROSE = 'p, li, dd, figcaption, caption, blockquote p';

/** Where the bare name is right: quotations, titles of cited works, and words in another language. */
const QUOTED = /“[^”]*”|«[^»]*»|"[^"]*"/gu;

/**
 * The sentences on a page (its `<main>` and the whole document when it has none) that use a
 * name without the article its sentence form has, each as `"…text…"`: empty when all is well.
 * `lang` is the page's language; text marked in another is skipped.
 */
export function bareNameProblems(
  root: HTMLElement,
  names: readonly SentenceName[],
  lang: string,
): string[] {
  const problems: string[] = [];
  const scope = root.querySelector('main') ?? root;
  const withArticle = names.filter((n) => n.inSentence !== n.name);
  if (withArticle.length === 0) return problems;
  for (const el of scope.querySelectorAll(PROSE)) {
    // Nested prose (a <p> inside an <li>) is read once, from the innermost element.
    if (el.querySelector(PROSE)) continue;
    const marked = el.closest('[lang]')?.getAttribute('lang');
    if (marked && marked !== lang && !marked.startsWith(`${lang}-`)) continue;
    if (el.closest('cite, q, code, svg, [aria-hidden="true"]')) continue;
    const text = el.text.replace(/\s+/gu, ' ').trim();
    for (const { name, inSentence } of withArticle) {
      // Just the name: a label, not a sentence.
      if (text === name) continue;
      const article = inSentence.slice(0, inSentence.length - name.length);
      const prose = text.replace(QUOTED, (q) => ' '.repeat(q.length));
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of prose.matchAll(pattern)) {
        const before = prose.slice(0, match.index);
        if (before.toLowerCase().endsWith(article.toLowerCase())) continue;
        // A compound modifier takes no article: "the U.S.–Philippines Mutual Defense Treaty".
        if (/[–-]$/u.test(before)) continue;
        const from = Math.max(0, match.index - 40);
        problems.push(
          `“…${text.slice(from, match.index + name.length + 40)}…” needs “${inSentence}”`,
        );
      }
    }
  }
  return problems;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
