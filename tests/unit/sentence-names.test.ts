/**
 * The check over every built page (tests/dist/sentence-names.test.ts) that a name taking an
 * article in a sentence has it: shown passing on good text and failing on bare names.
 */
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { bareNameProblems } from '../support/sentence-names';

const NAMES = [
  { name: 'Philippines', inSentence: 'the Philippines' },
  { name: 'Thailand', inSentence: 'Thailand' },
];
const page = (main: string) => parse(`<html lang="en"><body><main>${main}</main></body></html>`);

describe('a country name inside a sentence', () => {
  test('passes with its article, as a label, in a compound or in a quotation', () => {
    const root = page(
      [
        '<p>Australia, Japan, the Philippines and Thailand are treaty allies.</p>',
        '<p>The Philippines was designated in 2003.</p>',
        '<ul><li><a href="/allies/philippines/">Philippines</a></li></ul>',
        '<p>Under the U.S.–Philippines Mutual Defense Treaty.</p>',
        '<p>A report titled “Philippines joins list” said so.</p>',
        '<table><tr><td>Philippines</td></tr></table>',
        '<p lang="es">Filipinas y Philippines.</p>',
      ].join(''),
    );
    expect(bareNameProblems(root, NAMES, 'en')).toEqual([]);
  });

  test('fails on a generated list or a line that drops the article', () => {
    const root = page(
      '<p>Australia, Japan, Philippines and Thailand are treaty allies.</p>' +
        '<ol><li>October 6, 2003 · Philippines designated (Title 22)</li></ol>',
    );
    const problems = bareNameProblems(root, NAMES, 'en');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/Japan, Philippines and.*needs “the Philippines”/);
  });
});
