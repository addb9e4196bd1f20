/** No page may use an id twice (src/integrations/unique-ids.ts). */
import { expect, test } from 'vitest';
import { repeatedIds } from '../../src/integrations/unique-ids';

test('names each id a page uses more than once', () => {
  const html =
    '<h2 id="sources">Sources</h2><section aria-labelledby="sources"><h2 id="sources">Sources</h2></section><p id="a"></p><p id="a"></p><p id="a"></p>';
  expect(repeatedIds(html)).toEqual(['sources', 'a']);
});

test('accepts unique ids, and ignores the inert copies inside a template', () => {
  const html = '<p id="result"></p><template><li id="result"></li></template><a id="x"></a>';
  expect(repeatedIds(html)).toEqual([]);
});

test('reads only id attributes, not words that end in "id"', () => {
  expect(repeatedIds('<a data-id="x" id="y"></a><a data-id="x" aria-describedby="y"></a>')).toEqual(
    [],
  );
});
