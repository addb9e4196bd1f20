/**
 * The map checks, tried on small pages that are broken on purpose: each must report the fault,
 * so no check passes because it cannot fail. One test per check and fault, each modelled on a
 * fault the site had (Bahrain's dot over Qatar's, 4 px targets at 375 px, focus drawn in the
 * background colour, New Zealand's locator outside its frame, Afghanistan's in the wrong colour).
 */
import { expect, test, type Page } from '@playwright/test';
import {
  faintChanges,
  measureLocatorMaps,
  measureMapTargets,
  measureTargetStates,
} from '../support/reader/maps';

const PAPER = '#fdfcf9';
const ALLY = '#0b4f8a';
const REVOKED = '#9a3412';

/** A figure with an SVG map (1 unit = 1 CSS px) holding `links`, then `after` inside the figure. */
function mapPage(links: string, after = '', style = ''): string {
  return `<!doctype html><html><head><style>
    :root { --color-ally: ${ALLY}; --color-ally-revoked: ${REVOKED}; }
    body { margin: 0; background: ${PAPER}; font: 16px/1.5 sans-serif; }
    svg a circle, svg a path { fill: ${ALLY}; stroke: ${PAPER}; stroke-width: 1; }
    ${style}
  </style></head><body><main><figure>
    <svg width="400" height="200" viewBox="0 0 400 200" role="group" aria-label="Map">
      <rect width="400" height="200" fill="#d9d4c7"></rect>${links}
    </svg>${after}
  </figure></main></body></html>`;
}

const dot = (name: string, href: string, x: number, y: number, r: number) =>
  `<a href="${href}" aria-label="${name}"><circle cx="${x}" cy="${y}" r="${r}"></circle></a>`;

/** A link list a finger can use: each link 30 px tall. */
const goodList = (...names: string[]) =>
  `<ul>${names.map((n) => `<li><a href="/${n.toLowerCase()}/" style="display:inline-block;min-height:30px;min-width:30px">${n}</a></li>`).join('')}</ul>`;

async function measureTargets(page: Page, html: string) {
  await page.setContent(html);
  return page.evaluate(measureMapTargets);
}

test.describe('the map target check', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize({ width: 1280, height: 600 }));

  test("reports a dot drawn wholly under another one (Bahrain's over Qatar's)", async ({
    page,
  }) => {
    const report = await measureTargets(
      page,
      mapPage(
        dot('Qatar', '/qatar/', 100, 100, 12) + dot('Bahrain', '/bahrain/', 100, 100, 13),
        goodList('Qatar', 'Bahrain'),
      ),
    );
    expect(report.problems).toEqual([
      '"Qatar" cannot be hit by a pointer anywhere: covered by "Bahrain"',
    ]);
    expect(report.hits[0]).toBeNull();
  });

  test('reports a dot left with only a sliver a pointer can reach', async ({ page }) => {
    const report = await measureTargets(
      page,
      mapPage(
        dot('Qatar', '/qatar/', 100, 100, 12) + dot('Bahrain', '/bahrain/', 97, 97, 12),
        goodList('Qatar', 'Bahrain'),
      ),
    );
    expect(report.problems).toEqual([
      expect.stringMatching(
        /^only \d+% of "Qatar" can be hit by a pointer: the rest is covered by "Bahrain"$/,
      ),
    ]);
  });

  test('reports a target smaller than 24 px with no link to the same page beside the map', async ({
    page,
  }) => {
    const report = await measureTargets(page, mapPage(dot('Kuwait', '/kuwait/', 50, 50, 2)));
    expect(report.problems).toEqual([
      '"Kuwait" is 4×4 px and has no visible link to the same page nearby',
    ]);
  });

  test('does not count a link hidden in a closed disclosure as the equivalent', async ({
    page,
  }) => {
    const report = await measureTargets(
      page,
      mapPage(
        dot('Kuwait', '/kuwait/', 50, 50, 2),
        `<details><summary>Data</summary>${goodList('Kuwait')}</details>`,
      ),
    );
    expect(report.problems.join()).toContain('has no visible link to the same page nearby');
  });

  test('does not count a link elsewhere on the page, away from the map', async ({ page }) => {
    await page.setContent(
      mapPage(dot('Kuwait', '/kuwait/', 50, 50, 2)).replace(
        '</main>',
        `</main><footer>${goodList('Kuwait')}</footer>`,
      ),
    );
    const report = await page.evaluate(measureMapTargets);
    expect(report.problems.join()).toContain('has no visible link to the same page nearby');
  });

  test('reports an equivalent link that is itself small and crowded by its neighbours', async ({
    page,
  }) => {
    const crowded = `<p style="font-size:10px;line-height:1"><a href="/kuwait/">KW</a><a href="/qatar/">QA</a></p>`;
    const report = await measureTargets(
      page,
      mapPage(dot('Kuwait', '/kuwait/', 50, 50, 2), crowded),
    );
    expect(report.problems).toEqual([
      expect.stringMatching(/^"Kuwait" is 4×4 px and its nearby link .* small and crowded \(.*QA/),
    ]);
  });

  test('accepts small targets with 24 px links beside the map or in the table the figure points to', async ({
    page,
  }) => {
    const table = `<table id="allies"><tr><th><a href="/qatar/">Qatar</a></th></tr>
      <tr><td style="height:60px"></td></tr><tr><th><a href="/kuwait/">Kuwait</a></th></tr></table>`;
    await page.setContent(
      mapPage(
        dot('Qatar', '/qatar/', 50, 50, 2) +
          dot('Kuwait', '/kuwait/', 80, 50, 2) +
          dot('Brazil', '/brazil/', 200, 100, 40),
        '<p>See <a href="#allies">the table of allies</a>.</p>',
      ).replace('</main>', `${table}</main>`),
    );
    const report = await page.evaluate(measureMapTargets);
    expect(report).toMatchObject({ targets: 3, problems: [] });
  });
});

test.describe('the focus and hover check', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize({ width: 1280, height: 600 }));

  async function states(page: Page, style: string) {
    await page.setContent(mapPage(dot('Qatar', '/qatar/', 100, 100, 12), goodList('Qatar'), style));
    const { hits } = await page.evaluate(measureMapTargets);
    const { focus, hover } = await measureTargetStates(page, hits);
    return [...faintChanges(focus, 'focus'), ...faintChanges(hover, 'hover')];
  }

  test('reports focus drawn in the background colour and a hover that changes nothing', async ({
    page,
  }) => {
    const problems = await states(
      page,
      `svg a:focus-visible { outline: none; } svg a:focus-visible circle { stroke: ${PAPER}; stroke-width: 2; }`,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^focus on "Qatar" changes \d+ px² by 3:1 or more; a 1 px line around it is 96 px²$/,
      ),
      expect.stringMatching(/^hover on "Qatar" changes 0 px² by 3:1 or more/),
    ]);
  });

  test('reports focus and hover that change the colour by less than 3:1', async ({ page }) => {
    // Grey #8a8a8a is about 2.4:1 against both the ally blue and the land around it.
    const problems = await states(
      page,
      `svg a:focus-visible { outline: none; } svg a:hover circle, svg a:focus-visible circle { stroke: #8a8a8a; stroke-width: 3; }`,
    );
    expect(problems).toHaveLength(2);
  });

  test('reports a map that shows hover but not keyboard focus', async ({ page }) => {
    const problems = await states(
      page,
      'svg a:focus-visible { outline: none; } svg a:hover { outline: 3px solid #1c1b19; }',
    );
    expect(problems).toEqual([expect.stringMatching(/^focus on "Qatar" changes 0 px²/)]);
  });

  test('accepts an outline and an ink edge on focus and hover', async ({ page }) => {
    const problems = await states(
      page,
      'svg a:focus-visible, svg a:hover { outline: 3px solid #0b4f8a; outline-offset: 2px; } svg a:focus-visible circle, svg a:hover circle { stroke: #1c1b19; stroke-width: 3; }',
    );
    expect(problems).toEqual([]);
  });
});

test.describe('the locator map check', () => {
  /** A 320×200 locator with the country's box and the dot where given. */
  function locator(country: string, x: number, y: number, fill = 'var(--color-ally)'): string {
    return `<!doctype html><html><head><style>
      :root { --color-ally: ${ALLY}; --color-ally-revoked: ${REVOKED}; }
      body { margin: 0; }
    </style></head><body><figure><svg viewBox="0 0 320 200" width="320" height="200" role="img" aria-label="Map" data-locator>
      <path d="M0,0L320,0L320,200L0,200Z" fill="#d9d4c7"></path>
      <path d="${country}" style="fill:${fill}" data-locator-part="country"></path>
      <circle cx="${x}" cy="${y}" r="4" style="fill:${fill}" data-locator-part="marker"></circle>
    </svg></figure></body></html>`;
  }

  test("reports New Zealand's fault: the country outside the frame and its dot too", async ({
    page,
  }) => {
    await page.setContent(locator('M500,100L540,100L540,160L500,160Z', 520, 130));
    const report = await page.evaluate(measureLocatorMaps, 'var(--color-ally)');
    expect(report.problems).toEqual([
      expect.stringContaining("the country's shape (40×60 px at 500,100) is not inside"),
      expect.stringContaining("the dot's centre (520,130) is outside the frame"),
    ]);
  });

  test('reports an empty outline, with the dot off the country', async ({ page }) => {
    await page.setContent(locator('', 160, 100));
    const report = await page.evaluate(measureLocatorMaps, 'var(--color-ally)');
    expect(report.problems).toEqual([
      expect.stringContaining("the country's shape (0×0 px"),
      expect.stringContaining('the dot is not on the country'),
    ]);
  });

  test("reports Afghanistan's fault: a revoked country drawn in the designated colour", async ({
    page,
  }) => {
    await page.setContent(locator('M140,80L180,80L180,120L140,120Z', 160, 100));
    const report = await page.evaluate(measureLocatorMaps, 'var(--color-ally-revoked)');
    expect(report.problems).toEqual([
      'locator map 1: the country is painted rgb(11, 79, 138), not the status colour rgb(154, 52, 18)',
      'locator map 1: the dot is painted rgb(11, 79, 138), not the status colour rgb(154, 52, 18)',
    ]);
  });

  test('accepts a country and dot inside the frame in the status colour', async ({ page }) => {
    await page.setContent(
      locator('M140,80L180,80L180,120L140,120Z', 160, 100, 'var(--color-ally-revoked)'),
    );
    const report = await page.evaluate(measureLocatorMaps, 'var(--color-ally-revoked)');
    expect(report).toEqual({ locators: 1, problems: [] });
  });
});
