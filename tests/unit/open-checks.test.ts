/**
 * The checks that every page says how the site works (tests/support/open-checks.ts), each tried
 * on a broken page: a check that cannot fail proves nothing.
 */
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import {
  correctionPageProblems,
  datasetProblems,
  footerProblems,
  noticeProblems,
} from '../support/open-checks';

const EMAIL = 'corrections@example.org';
const LINKS = { about: '/about/', methodology: '/methodology/', policy: '/corrections-policy/' };
const MAILTO = `<a href="mailto:${EMAIL}">${EMAIL}</a>`;
const FOOTER = `<footer><p>Write to ${MAILTO}.</p><a href="/about/">About</a><a href="/methodology/">Methodology</a><a href="/corrections-policy/">Corrections policy</a></footer>`;

describe('the footer check', () => {
  test('passes a footer with the three links and the address', () => {
    expect(footerProblems(parse(FOOTER), { links: LINKS, email: EMAIL })).toEqual([]);
  });

  test.each([
    ['no footer at all', '<main></main>', /no <footer>/],
    [
      'a link missing',
      FOOTER.replace('<a href="/methodology/">Methodology</a>', ''),
      /methodology/,
    ],
    ['a link in the other language', FOOTER.replace('"/about/"', '"/es/about/"'), /about page/],
    ['no address', FOOTER.replace(MAILTO, 'us'), /mailto:corrections@example\.org/],
    ['another address', FOOTER.replaceAll(EMAIL, 'corrections@localhost'), /corrections address/],
    [
      'the address not shown',
      FOOTER.replace(`>${EMAIL}</a>`, '>email us</a>'),
      /corrections address/,
    ],
  ])('fails a footer with %s', (_case, html, message) => {
    const problems = footerProblems(parse(html), { links: LINKS, email: EMAIL });
    expect(problems.join('\n')).toMatch(message);
  });
});

describe('the correction notice check', () => {
  const notice = (inside: string) =>
    `<aside data-correction-notice="full"><p>Correction.</p>${inside}</aside>`;

  test('passes notices that give the address, and pages without notices', () => {
    expect(noticeProblems(parse(notice(`<p>${MAILTO}</p>`).repeat(2)), EMAIL)).toEqual([]);
    expect(noticeProblems(parse('<main><p>No notices.</p></main>'), EMAIL)).toEqual([]);
  });

  test('names the notice that does not', () => {
    const page = parse(notice(`<p>${MAILTO}</p>`) + notice(''));
    expect(noticeProblems(page, EMAIL)).toEqual([
      expect.stringMatching(/^correction notice 2 .*mailto:corrections@example\.org/),
    ]);
  });
});

describe('the correction page check', () => {
  test('passes a page whose main text gives the address', () => {
    expect(correctionPageProblems(parse(`<main>${MAILTO}</main>${FOOTER}`), EMAIL)).toEqual([]);
  });

  test('fails a page that gives it only in the footer', () => {
    expect(correctionPageProblems(parse(`<main></main>${FOOTER}`), EMAIL)).toHaveLength(1);
  });
});

describe('the Dataset check', () => {
  const SITE = 'https://example.org/repo/';
  const built = new Set(['/data/allies.json', '/data/allies.csv']);
  const exists = (path: string) => built.has(path);
  const download = (file: string, format = 'application/json') => ({
    '@type': 'DataDownload',
    encodingFormat: format,
    contentUrl: `${SITE}data/${file}`,
  });
  const dataset = {
    '@type': 'Dataset',
    name: 'Allies',
    description: 'Every ally.',
    url: `${SITE}data/`,
    creator: { '@type': 'Organization' },
    publisher: { '@type': 'Organization' },
    dateModified: '2026-01-01T00:00:00-05:00',
    license: 'https://creativecommons.org/licenses/by/4.0/',
    inLanguage: 'en',
    distribution: [download('allies.json'), download('allies.csv', 'text/csv')],
  };

  test('passes a Dataset whose downloads are built files', () => {
    expect(datasetProblems([dataset], SITE, exists)).toEqual([]);
  });

  test.each([
    ['no Dataset', [], /no Dataset/],
    ['no dateModified', [{ ...dataset, dateModified: undefined }], /no dateModified/],
    ['no distribution', [{ ...dataset, distribution: [] }], /no distribution/],
    [
      'a download that was not built',
      [{ ...dataset, distribution: [download('allies.xlsx')] }],
      /allies\.xlsx is not a built file/,
    ],
    [
      'a download on another site',
      [{ ...dataset, distribution: [{ ...download('x'), contentUrl: 'https://other.org/x' }] }],
      /is not on/,
    ],
    [
      'a download without its media type',
      [{ ...dataset, distribution: [download('allies.json', 'JSON')] }],
      /no media type/,
    ],
  ])('fails %s', (_case, graph, message) => {
    expect(datasetProblems(graph, SITE, exists).join('\n')).toMatch(message);
  });
});
