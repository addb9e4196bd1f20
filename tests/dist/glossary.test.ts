/**
 * The glossary in the built site, both editions: every page links each term at most once, in
 * its body, at the term's first use there; every glossary link reaches an entry; each glossary
 * page lists every entry in content/glossary/ under its id, with its term in the page's
 * language. The checks are in tests/support/glossary-checks.ts, shown failing on broken pages
 * in tests/unit/glossary-checks.test.ts.
 */
import { describe, expect, test } from 'vitest';
import type { GlossaryTerm } from '../../src/lib/glossary';
import { glossaryFiles } from '../support/content-files';
import {
  glossaryLinks,
  glossaryPageProblems,
  linkTargetProblems,
  pageLinkProblems,
} from '../support/glossary-checks';
import { loadPages } from './built-site';

const pages = loadPages();
const files = glossaryFiles();
const LOCALES = ['en', 'es'] as const;
type Lang = (typeof LOCALES)[number];

/** The glossary page of each edition, by the path it is served at. */
const glossaryPath = (lang: Lang) => (lang === 'en' ? '/glossary/' : '/es/glossary/');
const glossaryPages = new Map(
  pages.filter((p) => LOCALES.some((l) => glossaryPath(l) === p.path)).map((p) => [p.path, p]),
);
const entryIds = new Map(
  [...glossaryPages].map(([path, p]) => [
    path,
    new Set(p.root.querySelectorAll('dl dt[id]').map((dt) => dt.id)),
  ]),
);

/** The terms as content/glossary words them in `lang`; where a link goes is not matched. */
const terms = (lang: string): GlossaryTerm[] =>
  files.map((f) => ({
    id: f.slug,
    phrases: f.words[lang === 'es' ? 'es' : 'en'].phrases,
    href: '',
  }));

const htmlPages = pages.filter((p) => p.path.endsWith('/'));

describe('the glossary pages', () => {
  test('there are glossary entries to check', () => expect(files.length).toBeGreaterThan(0));

  test.each(LOCALES)(
    'the %s glossary lists every entry, with its term in that language',
    (lang) => {
      const page = glossaryPages.get(glossaryPath(lang));
      expect(page, `${glossaryPath(lang)} was built`).toBeDefined();
      const entries = files.map((f) => ({ id: f.slug, term: f.words[lang].term }));
      expect(glossaryPageProblems(page!.root, entries), glossaryPath(lang)).toEqual([]);
    },
  );

  test('the glossary links no term of its own', () => {
    for (const [path, page] of glossaryPages) {
      expect(glossaryLinks(page.root), path).toEqual([]);
    }
  });
});

describe('glossary links on every page', () => {
  test('articles, topics, ally pages and correction notices link the glossary', () => {
    const linked = htmlPages.filter((p) => glossaryLinks(p.root).length > 0).map((p) => p.path);
    expect(linked).toEqual(
      expect.arrayContaining([
        '/articles/colombia-major-non-nato-ally/',
        '/es/articles/colombia-major-non-nato-ally/',
        '/topics/what-mnna-status-means/',
        '/es/topics/what-mnna-status-means/',
        '/allies/colombia/',
        '/es/allies/colombia/',
        '/corrections/colombia-major-non-nato-ally-2022-03-10/',
        '/es/corrections/colombia-major-non-nato-ally-2022-03-10/',
      ]),
    );
  });

  test('every page whose own text is built from data marks it, so the check below reads it', () => {
    const unmarked = htmlPages
      // An ally or a correction, not a page of a list (`/corrections/2/`).
      .filter((p) => /^(?:\/es)?\/(?:allies|corrections)\/(?!\d+\/$)[^/]+\/$/.test(p.path))
      .filter((p) => !p.root.querySelector('[data-body]'))
      .map((p) => p.path);
    expect(unmarked).toEqual([]);
  });

  test.each(htmlPages.map((p) => [p.path, p] as const))('%s', (path, page) => {
    const lang = page.root.querySelector('html')?.getAttribute('lang') ?? 'en';
    const problems = [
      ...pageLinkProblems(page.html, terms, lang),
      ...linkTargetProblems(glossaryLinks(page.root), (target) => entryIds.get(target)),
    ];
    expect(problems, `glossary links on ${path}`).toEqual([]);
  });
});
