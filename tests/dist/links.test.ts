/**
 * linkinator crawls the built site from its home page, over its own static server: every
 * internal link and every #fragment on every page it can reach, English and Spanish, resolves.
 * External links (sources) are not fetched: CI has no internet, and their archive is the
 * source list. Run after `npm run build`.
 */
import { check, LinkState } from 'linkinator';
import { expect, test } from 'vitest';
import { DIST, loadPages } from './built-site';

const PORT = 4398;
const ORIGIN = `http://localhost:${PORT}`;

test('linkinator finds no broken internal link or fragment on any page', async () => {
  const result = await check({
    path: DIST,
    port: PORT,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    linksToSkip: async (link) => !link.startsWith(ORIGIN),
  });
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => `${l.url} (${l.status ?? 'no status'}) on ${l.parent ?? '?'}`);
  expect(broken).toEqual([]);

  // It reached every page the build wrote (the 404 page is linked from nowhere).
  // linkinator reports pages it served as paths under DIST, e.g. `<DIST>/allies/`.
  const crawled = new Set(
    result.links
      .filter((l) => l.state === LinkState.OK && l.url.startsWith(DIST))
      .map((l) => l.url.slice(DIST.length) || '/'),
  );
  const unreached = loadPages()
    .map((p) => p.path)
    .filter((path) => path !== '/404.html' && !crawled.has(path));
  expect(unreached).toEqual([]);
}, 120_000);
