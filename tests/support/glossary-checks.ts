/**
 * Checks over built pages for glossary links (src/lib/glossary.ts), pure so that each can be
 * shown failing on a broken page (tests/unit/glossary-checks.test.ts) before the dist tier runs
 * them over every page of both editions (tests/dist/glossary.test.ts):
 *
 * - a term is linked at most once on a page, and only in its body, at its first use there;
 * - every glossary link names its term and reaches that term's entry on a glossary page;
 * - each glossary page lists every entry, under its id, with its term in the page's language.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { glossaryUses, type GlossaryTerm } from '../../src/lib/glossary';

/** A glossary link found on a page. */
export interface GlossaryLink {
  /** The term it says it links (`data-glossary`). */
  id: string;
  href: string;
  /** The words it links. */
  text: string;
}

/** Every glossary link on a page. */
export function glossaryLinks(root: HTMLElement): GlossaryLink[] {
  return root.querySelectorAll('a[data-glossary]').map((a) => ({
    id: a.getAttribute('data-glossary') ?? '',
    href: a.getAttribute('href') ?? '',
    text: a.text,
  }));
}

/**
 * What is wrong with the glossary links of one page: `terms` are matched in the language of
 * its body (`[data-body]`, the text of an article or topic), which is `lang` unless the body
 * says otherwise.
 */
export function pageLinkProblems(
  html: string,
  terms: (lang: string) => readonly GlossaryTerm[],
  lang: string,
): string[] {
  const root = parse(html);
  const problems: string[] = [];
  const links = glossaryLinks(root);
  const counts = new Map<string, number>();
  for (const link of links) counts.set(link.id, (counts.get(link.id) ?? 0) + 1);
  for (const [id, n] of counts) {
    if (n > 1) problems.push(`"${id}" is linked ${n} times; only its first use may be`);
  }
  const bodies = root.querySelectorAll('[data-body]');
  const inBodies = bodies.reduce((n, b) => n + b.querySelectorAll('a[data-glossary]').length, 0);
  if (inBodies < links.length) {
    problems.push(`${links.length - inBodies} glossary link(s) outside the body of the page`);
  }
  for (const body of bodies) {
    const bodyLang = body.getAttribute('lang') ?? lang;
    const seen = new Set<string>();
    for (const use of glossaryUses(body.innerHTML, terms(bodyLang), bodyLang)) {
      if (seen.has(use.id)) continue;
      seen.add(use.id);
      if (!use.linked) {
        const later = counts.has(use.id) ? '; its link is on a later use' : '';
        problems.push(`the first use of "${use.id}" ("${use.text}") is not linked${later}`);
      }
    }
  }
  return problems;
}

/**
 * What is wrong with where a page's glossary links go: each must name the term it links and
 * reach an entry on a glossary page. `entriesAt(path)` gives the ids on the glossary page
 * served at `path` (none when there is no such page).
 */
export function linkTargetProblems(
  links: readonly GlossaryLink[],
  entriesAt: (path: string) => ReadonlySet<string> | undefined,
): string[] {
  return links.flatMap((link) => {
    const [path = '', fragment = ''] = link.href.split('#');
    const ids = entriesAt(path);
    if (!ids) return [`"${link.text}" links to ${link.href}, which is not a glossary page`];
    if (fragment !== link.id) {
      return [`"${link.text}" says it links "${link.id}" but goes to ${link.href}`];
    }
    return ids.has(fragment)
      ? []
      : [`"${link.text}" links to ${link.href}, which has no such entry`];
  });
}

/** What a glossary page lacks or has too many of: an entry per id, under its term. */
export function glossaryPageProblems(
  root: HTMLElement,
  entries: readonly { id: string; term: string }[],
): string[] {
  const listed = new Map(root.querySelectorAll('dl dt[id]').map((dt) => [dt.id, dt.text]));
  const problems = entries.flatMap(({ id, term }) => {
    const text = listed.get(id);
    if (text === undefined) return [`no entry for "${id}"`];
    return text.includes(term) ? [] : [`the entry "${id}" does not read "${term}"`];
  });
  const expected = new Set(entries.map((e) => e.id));
  for (const id of listed.keys()) {
    if (!expected.has(id)) problems.push(`an entry "${id}" that no glossary file holds`);
  }
  return problems;
}
