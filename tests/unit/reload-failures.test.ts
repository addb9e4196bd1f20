/** Saves `astro dev` could not read are remembered until the file reads again (src/loaders/reload-failures.ts). */
import { afterEach, expect, test } from 'vitest';
import {
  clearReloadFailure,
  recordReloadFailure,
  reloadFailures,
  reloadMessageFile,
} from '../../src/loaders/reload-failures';

afterEach(() => {
  for (const [file] of reloadFailures()) clearReloadFailure(file);
});

test("reads the file a glob loader's reload message is about, colours and all", () => {
  expect(
    reloadMessageFile(
      './content/facts',
      'Failed to reload \u001b[32mx.yaml\u001b[39m: **asOf**: "2022-02-30" is not a real date',
    ),
  ).toEqual({
    file: 'content/facts/x.yaml',
    failed: true,
    reason: '**asOf**: "2022-02-30" is not a real date',
  });
  expect(
    reloadMessageFile('./content/articles', 'Reloaded data from \u001b[32mes/a.mdx\u001b[39m'),
  ).toEqual({
    file: 'content/articles/es/a.mdx',
    failed: false,
  });
  expect(reloadMessageFile('./content/facts', 'Synced content')).toBeUndefined();
});

test('a failure stays until its file reads again, and any module instance sees it', () => {
  recordReloadFailure('content/facts/b.yaml', 'bad');
  recordReloadFailure('content/countries/a.yaml', 'worse');
  expect(reloadFailures()).toEqual([
    ['content/countries/a.yaml', 'worse'],
    ['content/facts/b.yaml', 'bad'],
  ]);
  clearReloadFailure('content/facts/b.yaml');
  expect(reloadFailures()).toEqual([['content/countries/a.yaml', 'worse']]);
});
