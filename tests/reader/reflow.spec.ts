import { expect, test } from '@playwright/test';
import { measureReflow } from '../support/reader/reflow';
import { READER_PAGES } from './pages';

/** WCAG 1.4.10 asks for no sideways scrolling at 320 CSS px (1280 px zoomed to 400%). */
const WIDTH = 320;

for (const { path, ready } of READER_PAGES) {
  test(`${path} reflows at ${WIDTH}px: no sideways scrolling, wide tables scroll in their own region`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: WIDTH, height: 800 });
    await page.goto(path);
    if (ready) await page.locator(ready).first().waitFor();
    const report = await page.evaluate(measureReflow);
    expect(
      { ...report, overflow: Math.max(0, report.overflow) },
      `sideways scrolling on ${path} at ${WIDTH}px`,
    ).toEqual({ overflow: 0, culprits: [], tables: [] });
  });
}
