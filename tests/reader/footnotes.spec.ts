import { expect, test } from '@playwright/test';
import { checkFootnoteRefs, readFootnoteRefs } from '../support/reader/footnotes';
import { READER_PAGES } from './pages';

for (const { path } of READER_PAGES.filter((p) => !p.ready)) {
  test(`${path} numbers its sources in order of first citation, each number its item's`, async ({
    page,
  }) => {
    await page.goto(path);
    const refs = await page.evaluate(readFootnoteRefs);
    expect(checkFootnoteRefs(refs), `footnotes on ${path}`).toEqual([]);
  });
}
