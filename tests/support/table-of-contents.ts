/**
 * The table-of-contents rule, read from a built page's HTML: a page whose main content has three
 * or more sections has one table of contents, a `<nav>` named "On this page" in the page's
 * language, whose links are those sections' headings, in order, by id, text and language; a page
 * with fewer has none. A section is an `h2` of `<main>`, unless it titles an item of a list (a
 * story in the archive, a topic on /topics/) or a block of links (`<nav>`). A pure function over parsed HTML, so it can be tried
 * on broken pages (tests/unit/table-of-contents-check.test.ts); tests/dist applies it to every page.
 */
import { HTMLElement } from 'node-html-parser';
import { MIN_SECTIONS } from '../../src/lib/toc';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The language an element is in: its own `lang`, or its nearest ancestor's. */
function langOf(el: HTMLElement): string | undefined {
  return el.closest('[lang]')?.getAttribute('lang');
}

/**
 * A heading's language: that of the one element that holds all its words
 * (`<h2><span lang="en">Sources</span></h2>`), or the one it is in.
 */
function headingLangOf(h: HTMLElement): string | undefined {
  const [only, ...more] = h.childNodes.filter((n) => n.text.trim() !== '');
  const inner = more.length === 0 && only instanceof HTMLElement ? only.getAttribute('lang') : null;
  return inner ?? langOf(h);
}

/** The accessible name a `<nav>` gets from `aria-labelledby` or `aria-label`. */
function navName(nav: HTMLElement, root: HTMLElement): string {
  const ids = nav.getAttribute('aria-labelledby');
  if (ids) {
    return squash(
      ids
        .split(/\s+/)
        .map((id) => root.querySelector(`[id="${id}"]`)?.text ?? '')
        .join(' '),
    );
  }
  return squash(nav.getAttribute('aria-label') ?? '');
}

/** The page's sections: the `h2`s of `<main>` outside list items and outside any contents. */
export function pageSections(main: HTMLElement): HTMLElement[] {
  return main.querySelectorAll('h2').filter((h) => !h.closest('li') && !h.closest('nav'));
}

/**
 * What is wrong with the table of contents of the page `root`, whose contents are named `label`
 * (the dictionary's "On this page" in the page's language); [] when nothing is.
 */
export function tocProblems(root: HTMLElement, label: string): string[] {
  const main = root.querySelector('main');
  if (!main) return ['has no <main>'];
  const sections = pageSections(main);
  const navs = root.querySelectorAll('nav').filter((n) => navName(n, root) === label);
  if (sections.length < MIN_SECTIONS) {
    return navs.length > 0
      ? [`has ${sections.length} section(s), fewer than ${MIN_SECTIONS}, but a table of contents`]
      : [];
  }
  const [nav, ...extra] = navs;
  if (!nav) {
    return [
      `has ${sections.length} sections but no <nav> named “${label}”: ${sections
        .map((h) => squash(h.text))
        .join(' | ')}`,
    ];
  }
  const problems: string[] = [];
  if (extra.length > 0) problems.push(`has ${navs.length} tables of contents`);
  if (!nav.closest('main')) problems.push('has its table of contents outside <main>');
  const describe = (text: string, href: string, lang: string | undefined) =>
    `${href} “${text}”${lang ? ` (${lang})` : ''}`;
  const pageLang = root.querySelector('html')?.getAttribute('lang');
  const foreign = (lang: string | undefined) => (lang === pageLang ? undefined : lang);
  const expected = sections.map((h) => {
    const id = h.getAttribute('id');
    if (!id) problems.push(`section “${squash(h.text)}” has no id to link to`);
    return describe(squash(h.text), `#${id ?? ''}`, foreign(headingLangOf(h)));
  });
  const listed = nav
    .querySelectorAll('a')
    .map((a) => describe(squash(a.text), a.getAttribute('href') ?? '', foreign(langOf(a))));
  if (listed.join('\n') !== expected.join('\n')) {
    problems.push(
      `lists ${listed.join(' | ') || 'nothing'}; the sections are ${expected.join(' | ')}`,
    );
  }
  return problems;
}
