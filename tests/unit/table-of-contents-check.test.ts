/**
 * The dist tier's table-of-contents rule (tests/support/table-of-contents.ts), tried on pages
 * broken on purpose: each fault must be reported, so the check cannot pass because it cannot fail.
 */
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { tocProblems } from '../support/table-of-contents';

const LABEL = 'On this page';

/** A page in English with `toc` (a nav's HTML) before `body` in its main column. */
const page = (toc: string, body: string, lang = 'en') =>
  parse(`<html lang="${lang}"><body><main>${toc}${body}</main></body></html>`);

const nav = (links: string) =>
  `<nav aria-labelledby="contents-label"><p id="contents-label">${LABEL}</p><details><summary>${LABEL}</summary><ol>${links}</ol></details></nav>`;
const link = (id: string, text: string, lang = '') =>
  `<li><a href="#${id}"${lang ? ` lang="${lang}"` : ''}>${text}</a></li>`;
const h2 = (id: string, text: string) => `<h2 id="${id}">${text}</h2><p>Text.</p>`;

const THREE = h2('a', 'Alpha') + h2('b', 'Beta') + h2('c', 'Gamma');
const GOOD = nav(link('a', 'Alpha') + link('b', 'Beta') + link('c', 'Gamma'));

describe('the table-of-contents check', () => {
  test('accepts a page whose contents list its three sections in order', () => {
    expect(tocProblems(page(GOOD, THREE), LABEL)).toEqual([]);
  });

  test('accepts a page with two sections and no contents', () => {
    expect(tocProblems(page('', h2('a', 'Alpha') + h2('b', 'Beta')), LABEL)).toEqual([]);
  });

  test('does not count the titles of list items as sections', () => {
    const list = `<ul>${['x', 'y', 'z'].map((t) => `<li><h2>${t}</h2></li>`).join('')}</ul>`;
    expect(tocProblems(page('', list), LABEL)).toEqual([]);
  });

  test.each([
    ['a page with three sections and no contents', page('', THREE), /no <nav> named/],
    [
      'a page with two sections and contents',
      page(nav(link('a', 'Alpha') + link('b', 'Beta')), h2('a', 'Alpha') + h2('b', 'Beta')),
      /fewer than 3, but a table of contents/,
    ],
    [
      'contents that leave a section out',
      page(nav(link('a', 'Alpha') + link('b', 'Beta')), THREE),
      /lists #a “Alpha” \| #b “Beta”; the sections are/,
    ],
    [
      'contents in the wrong order',
      page(nav(link('b', 'Beta') + link('a', 'Alpha') + link('c', 'Gamma')), THREE),
      /lists #b/,
    ],
    [
      'a link to the wrong id',
      page(nav(link('a', 'Alpha') + link('b', 'Beta') + link('gamma', 'Gamma')), THREE),
      /#gamma “Gamma”; the sections are .*#c “Gamma”/,
    ],
    [
      'a link whose words differ from its heading',
      page(nav(link('a', 'Alpha') + link('b', 'Beta') + link('c', 'Gama')), THREE),
      /“Gama”/,
    ],
    [
      'a section without an id',
      page(GOOD, h2('a', 'Alpha') + h2('b', 'Beta') + '<h2>Gamma</h2>'),
      /“Gamma” has no id/,
    ],
    [
      'an English heading on a Spanish page listed without its language',
      page(
        nav(link('a', 'Alfa') + link('b', 'Beta') + link('c', 'Gamma')),
        h2('a', 'Alfa') + h2('b', 'Beta') + `<div lang="en">${h2('c', 'Gamma')}</div>`,
        'es',
      ),
      /the sections are .*#c “Gamma” \(en\)/,
    ],
    ['two tables of contents', page(GOOD + GOOD, THREE), /has 2 tables of contents/],
    [
      'contents named in the other language',
      page(GOOD.replaceAll(LABEL, 'En esta página'), THREE),
      /no <nav> named “On this page”/,
    ],
  ])('reports %s', (_case, root, problem) => {
    expect(tocProblems(root, LABEL).join('\n')).toMatch(problem);
  });
});
