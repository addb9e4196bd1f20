/**
 * The chart-label check, tried on small pages that are broken on purpose: each must report the
 * fault, so the check cannot pass because it cannot fail. One test per fault.
 */
import { expect, test, type Page } from '@playwright/test';
import { findLabelProblems, measureChartLabels } from '../support/reader/svg-labels';

async function problemsOn(page: Page, html: string): Promise<string[]> {
  await page.setContent(`<body style="margin:16px;font-family:sans-serif">${html}</body>`);
  return findLabelProblems(await page.evaluate(measureChartLabels));
}

test.describe('the chart-label check', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize({ width: 375, height: 700 }));

  test('reports 13px text in a 640-wide viewBox shown on a 375px screen', async ({ page }) => {
    const problems = await problemsOn(
      page,
      `<svg viewBox="0 0 640 200" style="width:100%" role="img" aria-label="Votes">
        <text x="20" y="100" font-size="13">Gustavo Petro</text></svg>`,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^"Gustavo Petro" in <svg> "Votes" renders at 7(\.\d)?px \(13px drawn at a scale of 0\.5\d?\), below 11px$/,
      ),
    ]);
  });

  test('reports a label that runs past the right edge of its drawing', async ({ page }) => {
    const problems = await problemsOn(
      page,
      `<svg width="300" height="60"><text x="200" y="30" font-size="14">more than $10 billion</text></svg>`,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^"more than \$10 billion" in <svg> runs outside its chart: \d+(\.\d)?px past the right edge$/,
      ),
    ]);
  });

  test('reports a label cut off at the top of its drawing', async ({ page }) => {
    const problems = await problemsOn(
      page,
      `<svg width="300" height="60"><text x="10" y="4" font-size="14">3M</text></svg>`,
    );
    expect(problems.join()).toContain('past the top edge');
  });

  test('reports a label shrunk by a transform, not only by a viewBox', async ({ page }) => {
    const problems = await problemsOn(
      page,
      `<svg width="300" height="60"><g transform="scale(0.6)"><text x="10" y="40" font-size="14">2021</text></g></svg>`,
    );
    expect(problems).toEqual([expect.stringContaining('renders at 8.4px')]);
  });

  test('measures text in a nested drawing against the outer one, which clips it', async ({
    page,
  }) => {
    const problems = await problemsOn(
      page,
      `<svg width="200" height="60"><svg x="150" width="200" height="60" overflow="visible">
        <text x="0" y="30" font-size="14">Rodolfo Hernández</text></svg></svg>`,
    );
    expect(problems.join()).toContain('past the right edge');
  });

  test('reports small HTML text in a chart drawn as HTML', async ({ page }) => {
    const problems = await problemsOn(
      page,
      `<div role="img" aria-label="Decades"><span style="font-size:9px">1980s</span></div>`,
    );
    expect(problems).toEqual(['"1980s" in <div> "Decades" renders at 9px, below 11px']);
  });

  test('reports an HTML label that sticks out of its chart', async ({ page }) => {
    const problems = await problemsOn(
      page,
      `<div role="img" aria-label="Funding" style="width:120px;font-size:14px;white-space:nowrap">
        <span>Años fiscales 2000–2016</span></div>`,
    );
    expect(problems).toEqual([expect.stringContaining('past the right edge')]);
  });

  test('accepts labels drawn at full size inside their charts, and skips what is not drawn', async ({
    page,
  }) => {
    await page.setContent(
      `<svg width="300" height="60"><text x="10" y="30" font-size="13">2021</text></svg>
       <svg viewBox="0 0 100 20" style="width:300px"><text x="5" y="12" font-size="5">Petro</text></svg>
       <svg viewBox="0 0 640 200" style="display:none"><text x="5" y="12" font-size="13">hidden</text></svg>
       <div role="img" aria-label="Decades" style="font-size:14px"><span>1980s</span> <b>5</b>
         <svg width="100%" height="16"><rect width="50%" height="100%"/></svg></div>`,
    );
    const labels = await page.evaluate(measureChartLabels);
    expect(labels.map((l) => `${l.kind}:${l.text}`)).toEqual([
      'svg:2021',
      'svg:Petro',
      'html:1980s',
      'html:5',
    ]);
    expect(findLabelProblems(labels)).toEqual([]);
  });
});
