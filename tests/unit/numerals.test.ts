/**
 * The check over every built page (tests/dist/numerals.test.ts) that small counts are in words:
 * shown passing on good text and failing on figures.
 */
import { expect, test } from 'vitest';
import { smallFigureProblems } from '../support/numerals';

test('passes on counts in words, larger figures, dates and footnote marks', () => {
  expect(
    smallFigureProblems(
      'Five major non-NATO allies are also treaty allies. 21 countries hold it. ' +
        'It had 17 allies on March 9, 2022. Signed on 1 September 1951. About $2.56 billion 3 by 2003.',
    ),
  ).toEqual([]);
});

test('fails on a lone figure before a counted noun, in either language', () => {
  expect(
    smallFigureProblems('By these records, 5 major non-NATO allies are also treaty allies'),
  ).toHaveLength(1);
  expect(smallFigureProblems('including 1 revoked designation')).toHaveLength(1);
  expect(smallFigureProblems('Según los registros, 5 aliados principales')).toHaveLength(1);
});
