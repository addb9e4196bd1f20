import { expect, test } from '@playwright/test';
import { readStatements, statementProblems } from '../support/reader/statements';
import { READER_PAGES } from './pages';

for (const { path } of READER_PAGES.filter((p) => !p.ready)) {
  test(`${path} tells the truth about itself: reading time, each date said once`, async ({
    page,
  }) => {
    await page.goto(path);
    const statements = await page.evaluate(readStatements);
    expect(statementProblems(statements), `statements on ${path}`).toEqual([]);
  });
}
