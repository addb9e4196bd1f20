/**
 * Treaty allies on the built site, in both editions: every ally page carries a treaty line if and
 * only if content/treaties names the country, with the right standing; the allies table's column
 * agrees with the files; the explainer lists every treaty; the world map's legend names the treaty
 * allies. The checks are in tests/support/treaty-checks.ts (and fail on broken pages in
 * tests/unit/treaty-checks.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { LOCALES, type Locale } from '../../src/settings';
import { countryFiles } from '../support/content-files';
import {
  allyPageTreatyProblems,
  alliesTableTreatyProblems,
  expectedStandings,
  mapLegendProblems,
  treatyFiles,
  treatyListProblems,
} from '../support/treaty-checks';
import { loadPages } from './built-site';

const pages = loadPages();
const treaties = treatyFiles();
const standings = expectedStandings(treaties);
const countries = countryFiles();
const prefix = (locale: Locale) => (locale === 'en' ? '/' : `/${locale}/`);
const page = (path: string) => pages.find((p) => p.path === path);
/** The edition a page belongs to: `/es/…` is Spanish, the rest English. */
const localeOf = (path: string): Locale =>
  LOCALES.find((l) => l !== 'en' && path.startsWith(`/${l}/`)) ?? 'en';

describe.each(LOCALES)('treaty allies in %s', (locale) => {
  const allyPages = pages.flatMap((p) => {
    const slug = new RegExp(`^${prefix(locale)}allies/([^/]+)/$`).exec(p.path)?.[1];
    return slug ? [{ ...p, slug }] : [];
  });

  test('every ally has a page here', () => {
    expect(allyPages.map((p) => p.slug).sort()).toEqual(countries.map((c) => c.slug).sort());
  });

  test("each party's page carries its treaty line, and no other ally page does", () => {
    expect(
      allyPages.flatMap((p) => allyPageTreatyProblems(p.path, p.root, standings.get(p.slug) ?? [])),
    ).toEqual([]);
  });

  test("the allies table's treaty column matches content/treaties", () => {
    const allies = page(`${prefix(locale)}allies/`);
    expect(allies).toBeDefined();
    expect(
      alliesTableTreatyProblems(allies!.path, allies!.root, standings, ui(locale).treaty.column),
    ).toEqual([]);
  });

  test('the explainer lists every treaty, linking to its parties', () => {
    const topic = page(`${prefix(locale)}topics/what-mnna-status-means/`);
    expect(topic).toBeDefined();
    expect(treatyListProblems(topic!.path, topic!.root, treaties)).toEqual([]);
  });

  test('every world map legend names the formal allies that are treaty allies', () => {
    const names = countries
      .filter((c) => c.status === 'designated' && (standings.get(c.slug) ?? []).includes('bound'))
      .map((c) => (locale === 'en' ? c.name : (c.translations?.[locale]?.name ?? c.name)));
    const withMap = pages.filter(
      (p) => localeOf(p.path) === locale && p.root.querySelector('#world-map-title'),
    );
    expect(withMap.length).toBeGreaterThan(0);
    expect(withMap.flatMap((p) => mapLegendProblems(p.path, p.root, names))).toEqual([]);
  });
});
