import { expect, test } from '@playwright/test';
import { findLabelProblems, measureChartLabels, MIN_LABEL_PX } from '../support/reader/svg-labels';
import { READER_PAGES } from './pages';

/** A phone and a desktop screen, in CSS px. */
const WIDTHS = [375, 1280] as const;

for (const { path, ready } of READER_PAGES) {
  test(`${path} draws every chart label inside its chart at ${MIN_LABEL_PX}px or more, at ${WIDTHS.join(' and ')}px`, async ({
    page,
  }) => {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      if (ready) await page.locator(ready).first().waitFor();
      const labels = await page.evaluate(measureChartLabels);
      problems.push(...findLabelProblems(labels).map((p) => `at ${width}px: ${p}`));
    }
    expect(problems, `unreadable chart labels on ${path}`).toEqual([]);
  });
}
