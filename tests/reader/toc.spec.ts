import { expect, test } from '@playwright/test';
import { ui } from '../../src/i18n/ui';
import { measureToc } from '../support/reader/toc';
import { READER_PAGES } from './pages';

/**
 * Every page with a table of contents, in both editions: closed at the top on a phone (320 px),
 * shown beside the text and sticky on a wide screen (1280 px), never under the text.
 */
const LAYOUTS = [
  { layout: 'phone', width: 320, height: 640 },
  { layout: 'wide', width: 1280, height: 800 },
] as const;

for (const { path } of READER_PAGES.filter((p) => p.contents)) {
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
