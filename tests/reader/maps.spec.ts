import { expect, test } from '@playwright/test';
import type { CountryStatus } from '../../src/schemas/country';
import {
  faintChanges,
  measureLocatorMaps,
  measureMapTargets,
  measureTargetStates,
} from '../support/reader/maps';
import { READER_PAGES } from './pages';

/** A phone and a desktop window, in CSS px. */
const WIDTHS = [375, 1280] as const;

/** The world map legend's colour for each status (its swatches use the same tokens). */
const STATUS_COLOUR = {
  designated: 'var(--color-ally)',
  revoked: 'var(--color-ally-revoked)',
  'treated-as': 'var(--color-ally-treated)',
} as const satisfies Record<CountryStatus, string>;

const ALLY_PAGE = /^\/(?:es\/)?allies\/([^/]+)\/$/;

/**
 * Where focus and hover are measured, the slowest check of the tier (three screenshots per
 * link): the English pages of the real site. The Spanish pages draw the same map with the same
 * styles, and the fixture site's maps differ only by a country drawn like the others; both still
 * get every other map check.
 */
const measuresStates = (path: string) =>
  !path.startsWith('/es/') && process.env['FIXTURE_SITE'] !== '1';

for (const { path, ready, mapLinks } of READER_PAGES) {
  for (const width of mapLinks ? WIDTHS : []) {
    test(`${path} at ${width}px: every map link is 24 px square or has a link to the same page beside the map, and a pointer can reach each`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      if (ready) await page.locator(ready).first().waitFor();
      const report = await page.evaluate(measureMapTargets);
      expect(report.problems, `map targets on ${path} at ${width}px`).toEqual([]);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    test.describe(`in the ${theme} theme`, () => {
      test.use({ colorScheme: theme });

      for (const width of mapLinks && measuresStates(path) ? WIDTHS : []) {
        test(`${path} at ${width}px: keyboard focus and hover change every map link by 3:1 over at least a 1 px line around it (${theme} theme)`, async ({
          page,
        }) => {
          // Three screenshots per link: two dozen links take a while on a busy machine.
          test.setTimeout(120_000);
          await page.setViewportSize({ width, height: 800 });
          await page.goto(path);
          if (ready) await page.locator(ready).first().waitFor();
          const { targets, hits } = await page.evaluate(measureMapTargets);
          if (targets === 0) return;
          expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
          const { focus, hover } = await measureTargetStates(page, hits);
          expect(
            [...faintChanges(focus, 'focus'), ...faintChanges(hover, 'hover')],
            `focus and hover on ${path} at ${width}px (${theme} theme)`,
          ).toEqual([]);
        });
      }
    });
  }

  test(`${path}: a locator map draws its country and dot inside the frame, in the colour of the country's status`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const slug = ALLY_PAGE.exec(path)?.[1];
    let colour: string = STATUS_COLOUR.designated;
    if (slug) {
      const data = (await (await request.get('/data/allies.json')).json()) as {
        allies: { slug: string; status: CountryStatus }[];
      };
      const status = data.allies.find((a) => a.slug === slug)?.status;
      expect(status, `${slug} is in /data/allies.json`).toBeDefined();
      colour = STATUS_COLOUR[status ?? 'designated'];
    }
    const report = await page.evaluate(measureLocatorMaps, colour);
    expect(report.problems, `locator map on ${path}`).toEqual([]);
    if (slug) expect(report.locators, `locator maps on ${path}`).toBe(1);
  });
}
