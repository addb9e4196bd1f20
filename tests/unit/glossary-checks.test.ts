/**
 * The dist tier's glossary checks (tests/support/glossary-checks.ts) catch each fault they
 * exist for, on small broken pages: a term linked twice, a link that is not at the first use,
 * a link outside the body, a link to no entry, and a glossary page missing an entry.
 */
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { linkGlossaryTerms, type GlossaryTerm } from '../../src/lib/glossary';
import {
  glossaryLinks,
  glossaryPageProblems,
  linkTargetProblems,
  pageLinkProblems,
} from '../support/glossary-checks';

const TERMS: Record<string, GlossaryTerm[]> = {
  en: [
    { id: 'mnna', phrases: ['major non-NATO ally', 'MNNA'], href: '/glossary/#mnna' },
    { id: 'title-10', phrases: ['Title 10'], href: '/glossary/#title-10' },
  ],
  es: [{ id: 'mnna', phrases: ['aliado principal extra-OTAN'], href: '/es/glossary/#mnna' }],
};
const terms = (lang: string) => TERMS[lang] ?? [];
const a = (id: string, words: string, href = `/glossary/#${id}`) =>
  `<a href="${href}" data-glossary="${id}">${words}</a>`;
const page = (body: string, around = '') =>
  `<html lang="en"><body><main>${around}<div class="prose" data-body>${body}</div></main></body></html>`;

describe('pageLinkProblems', () => {
  test('passes a body the layout linked', () => {
    const body = linkGlossaryTerms('<p>An MNNA under Title 10, another MNNA.</p>', TERMS['en']!, {
      lang: 'en',
      label: (w) => w,
    });
    expect(pageLinkProblems(page(body), terms, 'en')).toEqual([]);
  });

  test('passes a page without a body or a term', () => {
    expect(pageLinkProblems('<html><main><p>Nothing here.</p></main></html>', terms, 'en')).toEqual(
      [],
    );
  });

  test.each<[string, string, RegExp]>([
    [
      'a term linked twice',
      page(`<p>${a('mnna', 'MNNA')} and ${a('mnna', 'MNNA')}.</p>`),
      /"mnna" is linked 2 times/,
    ],
    [
      'a link on a later use',
      page(`<p>An MNNA, then ${a('mnna', 'MNNA')}.</p>`),
      /first use of "mnna" \("MNNA"\) is not linked; its link is on a later use/,
    ],
    [
      'a term not linked at all',
      page('<p>Under Title 10.</p>'),
      /first use of "title-10" \("Title 10"\) is not linked$/,
    ],
    [
      'a link outside the body',
      page('<p>MNNA</p>', `<p>${a('title-10', 'Title 10')}</p>`),
      /outside the body/,
    ],
    [
      'a Spanish use left unlinked, matched by its Spanish phrase',
      '<html lang="es"><main><div data-body><p>Un aliado principal extra-OTAN.</p></div></main></html>',
      /first use of "mnna" \("aliado principal extra-OTAN"\)/,
    ],
  ])('fails on %s', (_, html, problem) => {
    expect(pageLinkProblems(html, terms, html.includes('lang="es"') ? 'es' : 'en')).toEqual(
      expect.arrayContaining([expect.stringMatching(problem)]),
    );
  });

  test('reads an untranslated body in its own language', () => {
    const html =
      '<html lang="es"><main><div data-body lang="en"><p>A major non-NATO ally.</p></div></main></html>';
    expect(pageLinkProblems(html, terms, 'es')).toEqual([
      'the first use of "mnna" ("major non-NATO ally") is not linked',
    ]);
  });
});

describe('linkTargetProblems', () => {
  const entriesAt = (path: string) =>
    path === '/glossary/' || path === '/es/glossary/' ? new Set(['mnna']) : undefined;
  const links = (html: string) => glossaryLinks(parse(html));

  test('passes a link to an entry', () => {
    expect(linkTargetProblems(links(a('mnna', 'MNNA')), entriesAt)).toEqual([]);
  });

  test.each<[string, string, RegExp]>([
    ['a link to no entry', a('ppt', 'PPT'), /which has no such entry/],
    ['a link to another page', a('mnna', 'MNNA', '/topics/#mnna'), /not a glossary page/],
    [
      'a link to another term than it names',
      a('mnna', 'MNNA', '/glossary/#ppt'),
      /says it links "mnna"/,
    ],
  ])('fails on %s', (_, html, problem) => {
    expect(linkTargetProblems(links(html), entriesAt)).toEqual([expect.stringMatching(problem)]);
  });
});

describe('glossaryPageProblems', () => {
  const entries = [
    { id: 'mnna', term: 'major non-NATO ally' },
    { id: 'ppt', term: 'Temporary Protection Permit' },
  ];
  const glossary = (items: string) => parse(`<main><dl>${items}</dl></main>`);
  const full =
    '<dt id="mnna"><dfn>major non-NATO ally</dfn> (MNNA)</dt><dd>…</dd><dt id="ppt"><dfn>Temporary Protection Permit</dfn></dt><dd>…</dd>';

  test('passes a page that lists every entry', () => {
    expect(glossaryPageProblems(glossary(full), entries)).toEqual([]);
  });

  test.each<[string, string, RegExp]>([
    ['a missing entry', '<dt id="mnna">major non-NATO ally</dt>', /no entry for "ppt"/],
    [
      'an entry under the wrong words',
      full.replace('Temporary Protection Permit', 'Permiso'),
      /"ppt" does not read/,
    ],
    ['an entry no file holds', `${full}<dt id="old">Old</dt>`, /"old" that no glossary file holds/],
  ])('fails on %s', (_, items, problem) => {
    expect(glossaryPageProblems(glossary(items), entries)).toEqual([
      expect.stringMatching(problem),
    ]);
  });
});
