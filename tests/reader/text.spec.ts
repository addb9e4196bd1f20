import { expect, test } from '@playwright/test';
import { sourceNames } from '../support/reader/proper-names';
import {
  findDoubledPunctuation,
  findEscapedMarkup,
  findJoinedWords,
  findNestedBrackets,
  findRepeatedWords,
  readRenderedText,
} from '../support/reader/text';
import { READER_PAGES } from './pages';

const names = sourceNames();

for (const { path, ready } of READER_PAGES) {
  test(`${path} reads cleanly: no words run together, no word or stop said twice, no bracket in a bracket, no markup spelled out`, async ({
    page,
  }) => {
    await page.goto(path);
    if (ready) await page.locator(ready).first().waitFor();
    const text = await page.evaluate(readRenderedText);
    expect(
      {
        joined: findJoinedWords(text, names),
        repeated: findRepeatedWords(text),
        punctuation: findDoubledPunctuation(text),
        nested: findNestedBrackets(text),
        escaped: findEscapedMarkup(text),
      },
      `visible text on ${path}`,
    ).toEqual({ joined: [], repeated: [], punctuation: [], nested: [], escaped: [] });
  });
}
