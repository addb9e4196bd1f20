import { expect, test } from '@playwright/test';
import { ui } from '../../src/i18n/ui';
import { measureToc } from '../support/reader/toc';
import { READER_PAGES } from './pages';

/**
 * One page of each kind with a table of contents (the first ally, article, topic and correction;
 * every other page), in both editions: closed at the top on a phone (320 px), shown beside the
 * text and sticky on a wide screen (1280 px), never under the text. The pages of one kind share
 * one layout; the dist tier checks every page's list (tests/dist/table-of-contents.test.ts). The
 * fixture site's run visits every page it changed.
 */
const kind = (path: string) =>
  path.replace(/^((?:\/es)?\/(?:allies|articles|topics|corrections)\/)[^/]+\/$/, '$1*/');
const seen = new Set<string>();
// The fixture site visits only its changed pages, awkward headings among them: all of those.
const sampled = READER_PAGES.filter((p) => {
  if (!p.contents) return false;
  if (process.env['FIXTURE_SITE']) return true;
  if (seen.has(kind(p.path))) return false;
  seen.add(kind(p.path));
  return true;
});
const LAYOUTS = [
  { layout: 'phone', width: 320, height: 640 },
  { layout: 'wide', width: 1280, height: 800 },
] as const;

for (const { path } of sampled) {
  const label = ui(path.startsWith('/es/') ? 'es' : 'en').toc.label;
  for (const { layout, width, height } of LAYOUTS) {
    test(`${path} at ${width}px: the table of contents is ${
      layout === 'phone' ? 'closed at the top' : 'beside the text and stays in view'
    }`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(path);
      expect(await page.evaluate(measureToc, { label, layout }), `${path} at ${width}px`).toEqual(
        [],
      );
    });
  }
}
