/**
 * Glossary links (src/lib/glossary.ts): which words count as a use of a term, and that only a
 * term's first use in a body is linked, never inside a heading, a link, a quotation or code.
 */
import { describe, expect, test } from 'vitest';
import {
  glossaryUses,
  linkGlossaryTerms,
  matchTerms,
  type GlossaryTerm,
} from '../../src/lib/glossary';

const TERMS: GlossaryTerm[] = [
  {
    id: 'mnna',
    phrases: ['major non-NATO ally', 'major non-NATO allies', 'MNNA', 'MNNAs'],
    href: '/glossary/#mnna',
  },
  { id: 'treaty-ally', phrases: ['treaty ally', 'treaty allies'], href: '/glossary/#treaty-ally' },
  { id: 'title-10', phrases: ['Title 10'], href: '/glossary/#title-10' },
  { id: 'ppt', phrases: ['Temporary Protection Permit', 'PPT'], href: '/glossary/#ppt' },
  {
    id: 'etpv',
    phrases: [
      'Temporary Protection Statute',
      'Temporary Protection Statute for Venezuelan Migrants',
    ],
    href: '/glossary/#etpv',
  },
];

const SPANISH: GlossaryTerm[] = [
  {
    id: 'mnna',
    phrases: ['aliado principal extra-OTAN', 'aliados principales extra-OTAN'],
    href: '/es/glossary/#mnna',
  },
  {
    id: 'treaty-ally',
    phrases: ['aliado por tratado', 'aliados de Estados Unidos por tratado'],
    href: '/es/glossary/#treaty-ally',
  },
  { id: 'title-10', phrases: ['título 10'], href: '/es/glossary/#title-10' },
];

/** The words matched in `text`, as `id:words`. */
function matched(text: string, terms = TERMS): string[] {
  return matchTerms(text, terms).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
}

describe('a phrase counts as a use of its term', () => {
  test.each<[string, string, string[]]>([
    ['as written', 'Colombia became a major non-NATO ally.', ['mnna:major non-NATO ally']],
    [
      'at the start of a sentence',
      'Major non-NATO allies gain access.',
      ['mnna:Major non-NATO allies'],
    ],
    ['across a line break', 'a major\n  non-NATO ally', ['mnna:major\n  non-NATO ally']],
    ['as an acronym in capitals', 'The MNNA list grew.', ['mnna:MNNA']],
    ['as an acronym’s plural', 'Seventeen MNNAs.', ['mnna:MNNAs']],
    ['with punctuation after it', 'It is a treaty ally, not…', ['treaty-ally:treaty ally']],
    [
      'the longest phrase where two start together',
      'the Temporary Protection Statute for Venezuelan Migrants',
      ['etpv:Temporary Protection Statute for Venezuelan Migrants'],
    ],
    [
      'each of several terms',
      'An MNNA is not a treaty ally under Title 10.',
      ['mnna:MNNA', 'treaty-ally:treaty ally', 'title-10:Title 10'],
    ],
  ])('%s', (_, text, expected) => {
    expect(matched(text)).toEqual(expected);
  });
});

describe('words that merely contain a phrase are not a use', () => {
  test.each<[string, string]>([
    ['an acronym in lower case', 'the what-mnna-status-means topic'],
    ['an acronym in mixed case', 'Mnna and Ppt are not acronyms here'],
    ['a phrase inside a longer word', 'PPTX files; retreaty allyship'],
    ['a number that goes on', 'Title 100 of nothing'],
    ['an acronym with letters before it', 'XMNNA'],
    ['a case-changed acronym inside a phrase', 'a major non-nato ally'],
  ])('%s', (_, text) => {
    expect(matched(text)).toEqual([]);
  });
});

describe('Spanish phrases', () => {
  test.each<[string, string, string[]]>([
    ['with an accented letter', 'el Título 10 del Código', ['title-10:Título 10']],
    ['in lower case', 'en el título 10', ['title-10:título 10']],
    [
      'in the plural',
      'los aliados principales extra-OTAN',
      ['mnna:aliados principales extra-OTAN'],
    ],
    [
      'split by words the phrase lists',
      'son aliados de Estados Unidos por tratado',
      ['treaty-ally:aliados de Estados Unidos por tratado'],
    ],
    ['not an English phrase', 'a major non-NATO ally', []],
    ['not OTAN in lower case', 'aliado principal extra-otan', []],
  ])('%s', (_, text, expected) => {
    expect(matched(text, SPANISH)).toEqual(expected);
  });
});

const link = (html: string, terms = TERMS, lang = 'en') =>
  linkGlossaryTerms(html, terms, { lang, label: (w) => `${w} (glossary)` });

describe('linkGlossaryTerms links the first use of each term on the page', () => {
  test('the first use only, with an accessible name, leaving every other byte alone', () => {
    const html = '<p>An MNNA is a <em>major non-NATO ally</em>.</p><p>Every MNNA&#39;s status.</p>';
    expect(link(html)).toBe(
      '<p>An <a href="/glossary/#mnna" data-glossary="mnna" aria-label="MNNA (glossary)">MNNA</a> is a <em>major non-NATO ally</em>.</p><p>Every MNNA&#39;s status.</p>',
    );
  });

  test('each term once, in the same paragraph', () => {
    expect(link('<p>MNNA, treaty ally, MNNA, treaty allies.</p>')).toBe(
      '<p><a href="/glossary/#mnna" data-glossary="mnna" aria-label="MNNA (glossary)">MNNA</a>, <a href="/glossary/#treaty-ally" data-glossary="treaty-ally" aria-label="treaty ally (glossary)">treaty ally</a>, MNNA, treaty allies.</p>',
    );
  });

  test('a phrase that wraps keeps its line break, and its accessible name is one line', () => {
    expect(link('<p>a major\nnon-NATO ally</p>')).toBe(
      '<p>a <a href="/glossary/#mnna" data-glossary="mnna" aria-label="major non-NATO ally (glossary)">major\nnon-NATO ally</a></p>',
    );
  });

  test('words with entities around them keep their entities', () => {
    expect(link('<p>Q&amp;A: Title&nbsp;10?</p>')).toBe(
      '<p>Q&amp;A: <a href="/glossary/#title-10" data-glossary="title-10" aria-label="Title 10 (glossary)">Title&nbsp;10</a>?</p>',
    );
  });

  test.each<[string, string]>([
    ['a heading', '<h2>Title 10</h2><p>Title 10.</p>'],
    ['a link', '<p><a href="/x/">Title 10</a>, then Title 10.</p>'],
    ['a blockquote', '<blockquote><p>Title 10</p></blockquote><p>Title 10.</p>'],
    ['curly quotation marks', '<p>“under Title 10,” then Title 10.</p>'],
    ['guillemets', '<p>«Title 10», then Title 10.</p>'],
    [
      'straight quotation marks, as Astro escapes them',
      '<p>&quot;Title 10&quot; then Title 10.</p>',
    ],
    [
      'a quotation that runs across a link',
      '<p>“see <a href="/y/">it</a> under Title 10” then Title 10.</p>',
    ],
    ['code', '<p><code>Title 10</code> and Title 10.</p>'],
    ['text in another language', '<p><span lang="es">Title 10</span> and Title 10.</p>'],
    ['an opted-out element', '<div data-glossary="off"><p>Title 10</p></div><p>Title 10.</p>'],
    [
      'an SVG label',
      '<svg viewBox="0 0 1 1"><text>Title 10</text><path d="M0 0"/></svg><p>Title 10.</p>',
    ],
  ])('skips %s and links the next use instead', (_, html) => {
    const out = link(html);
    expect(out.match(/data-glossary="title-10"/g)).toHaveLength(1);
    expect(out).toContain(
      '<a href="/glossary/#title-10" data-glossary="title-10" aria-label="Title 10 (glossary)">Title 10</a>.',
    );
  });

  test('a quotation ends with its paragraph, even when its closing mark is missing', () => {
    expect(link('<p>He said “under Title 10.</p><p>Title 10 here.</p>')).toContain(
      '<p><a href="/glossary/#title-10" data-glossary="title-10" aria-label="Title 10 (glossary)">Title 10</a> here.</p>',
    );
  });

  test('a term already linked is not linked again', () => {
    const html = '<p><a href="/glossary/#mnna" data-glossary="mnna">MNNA</a> and MNNA.</p>';
    expect(link(html)).toBe(html);
  });

  test('Spanish phrases on a Spanish body; English words marked English are left alone', () => {
    const html =
      '<p>El <span lang="en">major non-NATO ally</span>: un aliado principal extra-OTAN.</p>';
    expect(link(html, SPANISH, 'es')).toBe(
      '<p>El <span lang="en">major non-NATO ally</span>: un <a href="/es/glossary/#mnna" data-glossary="mnna" aria-label="aliado principal extra-OTAN (glossary)">aliado principal extra-OTAN</a>.</p>',
    );
  });

  test('a script or a style is never read as text', () => {
    const html = '<script type="application/ld+json">{"a":"Title 10 <b>"}</script><p>Title 10</p>';
    expect(link(html)).toContain('<p><a href="/glossary/#title-10"');
  });

  test('no terms, no change', () => {
    expect(link('<p>MNNA</p>', [])).toBe('<p>MNNA</p>');
  });
});

describe('glossaryUses reads what a built page links and leaves unlinked', () => {
  test('lists links and unlinked uses in document order', () => {
    const html = link('<h2>MNNA</h2><p>An MNNA, a treaty ally, another MNNA.</p>');
    expect(
      glossaryUses(html, TERMS, 'en').map((u) => `${u.id}:${u.linked ? 'link' : 'text'}`),
    ).toEqual(['mnna:link', 'treaty-ally:link', 'mnna:text']);
  });
});
