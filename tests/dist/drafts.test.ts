/**
 * No draft reaches a production build: no page, listing, feed, sitemap entry, search record or
 * data file names it. The real content has none today; the fixture site has one
 * (tests/fixtures/content/articles/fixture-draft.mdx). The build step itself is also tested with
 * drafts added (tests/bad-content/drafts.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { draftLongforms } from '../support/content-files';
import { DIST } from './built-site';

/** Every text file of the build, Pagefind's compressed fragments unpacked. */
function builtText(): { file: string; text: string }[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' }).flatMap((file) => {
    const path = join(DIST, file);
    if (file.endsWith('.pf_fragment'))
      return [{ file, text: gunzipSync(readFileSync(path)).toString('utf8') }];
    return /\.(html|xml|json|csv|txt)$/.test(file)
      ? [{ file, text: readFileSync(path, 'utf8') }]
      : [];
  });
}

const drafts = draftLongforms();

test(`no draft (${String(drafts.length)} in the content) appears anywhere in the build`, () => {
  const files = builtText();
  const leaks = drafts.flatMap((draft) =>
    files
      .filter(
        ({ text }) =>
          text.includes(`/${draft.collection}/${draft.slug}/`) || text.includes(draft.title),
      )
      .map(({ file }) => `${draft.collection}/${draft.slug} in ${file}`),
  );
  expect(leaks).toEqual([]);
});
