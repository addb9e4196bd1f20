import { describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/integrity';
import {
  findPlaceholders,
  placeholderRemarkProblems,
  placeholderRemarks,
  withoutDrafts,
} from '../../src/lib/publication';
import { article, corpus, correction, country, designated, source, topic } from './fixtures';

describe('what a production build publishes', () => {
  test('leaves out draft articles and topics, and the corrections of draft articles', () => {
    const all = corpus({
      articles: [article('lead'), article('draft', { draft: true })],
      topics: [topic('background'), topic('draft-topic', { draft: true })],
      corrections: [correction('lead-fix'), correction('draft-fix', { article: 'draft' })],
    });
    const published = withoutDrafts(all);
    expect(published.articles.map((a) => a.id)).toEqual(['lead']);
    expect(published.topics.map((t) => t.id)).toEqual(['background']);
    expect(published.corrections.map((c) => c.id)).toEqual(['lead-fix']);
    expect(published.countries).toBe(all.countries);
  });
});

describe('placeholders left by `npm run new`', () => {
  test('a consistent corpus has none', () => {
    expect(findPlaceholders(corpus())).toEqual([]);
  });

  test('are reported with the file and the field, however deep, or the line of the body', () => {
    const problems = findPlaceholders(
      corpus({
        sources: [source('src'), source('new-source', { title: 'TODO: the title' })],
        countries: [
          country('colombia', {
            lifecycle: [designated('2022-05-23', { note: 'TODO: why the date is uncertain' })],
          }),
        ],
        articles: [article('lead', {}, 'Intro.\n\nTODO: write the article.')],
      }),
    );
    expect(formatProblems(problems)).toBe(
      [
        '  content/countries/colombia.yaml → lifecycle[0].note: still holds the placeholder "TODO: why the date is uncertain"; write what is true in its place before publishing (`npm run dev` and drafts show it meanwhile)',
        '  content/sources/new-source.yaml → title: still holds the placeholder "TODO: the title"; write what is true in its place before publishing (`npm run dev` and drafts show it meanwhile)',
        '  content/articles/lead.mdx → body (line 3 of the body): still holds the placeholder TODO; write what is true in its place before publishing (`npm run dev` and drafts show it meanwhile)',
      ].join('\n'),
    );
  });

  test.each([
    ['a URL', { sources: [source('src', { url: 'https://example.com/TODO' })] }],
    [
      'a translation',
      {
        countries: [
          country('colombia', {
            translations: {
              es: { name: 'Colombia', gender: 'feminine', summary: 'TODO: resumen' },
            },
          }),
        ],
      },
    ],
  ])('are found in %s', (_name, overrides) => {
    expect(findPlaceholders(corpus(overrides))).toHaveLength(1);
  });

  test.each(['TODOS LOS PAÍSES', 'todo el país', 'Todo', 'ATODO'])(
    '"%s" is prose, not the placeholder',
    (text) => {
      expect(findPlaceholders(corpus({ sources: [source('src', { note: text })] }))).toEqual([]);
    },
  );
});

describe('remarks beside guessed values', () => {
  test('a "# TODO" remark beside a value is found, with its line', () => {
    const yaml =
      'name: Indonesia\nregion: americas # TODO: choose the region\nstatus: designated\n';
    expect(placeholderRemarks(yaml)).toEqual([{ line: 2, remark: 'TODO: choose the region' }]);
    expect(placeholderRemarkProblems('content/countries/indonesia.yaml', yaml)).toEqual([
      expect.objectContaining({ file: 'content/countries/indonesia.yaml', field: 'line 2' }),
    ]);
  });

  test('in list items and MDX frontmatter too, but not in whole-line comments or the body', () => {
    const mdx =
      "---\ntitle: T\npublished: '2026-11-30' # TODO: the day it is published\n# note: TODO\n---\n\nBody # TODO is the body's business.\n";
    expect(placeholderRemarks(mdx)).toEqual([{ line: 3, remark: 'TODO: the day it is published' }]);
    expect(placeholderRemarks('lifecycle:\n  - kind: designated # TODO: what happened\n')).toEqual([
      { line: 2, remark: 'TODO: what happened' },
    ]);
  });

  test('a remark once checked and cleared, or a # inside a quoted value, is not', () => {
    expect(placeholderRemarks('region: oceania\ntitle: "Issue #TODO list"\n')).toEqual([]);
  });
});
