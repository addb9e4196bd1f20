/**
 * Checks that the built pages say what content/treaties says about treaty allies: each party's
 * ally page carries its line (and no other ally page does), the allies table's "Treaty ally"
 * column agrees with the files, and the explainer lists every treaty with links to its parties.
 * Pure functions over parsed HTML, so tests/unit/treaty-checks.test.ts can show each one fails on
 * a broken page; tests/dist/treaties.test.ts runs them over every built page of both editions.
 *
 * What a page must show is read from the YAML as written (tests/support/content-files.ts), not
 * through the build, so a page that drops or invents a line fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { HTMLElement } from 'node-html-parser';
import { CONTENT } from './content-files';

/** Where a party stands under one treaty: bound by it, or its obligations suspended. */
export type TreatyStatus = 'bound' | 'suspended';

/** A treaty file's fields these checks read. */
export interface TreatyFile {
  slug: string;
  countries: string[];
  suspensions: { country: string }[];
}

/** Every treaty file in `folder` (content/treaties of the build under test), as written. */
export function treatyFiles(folder = join(CONTENT, 'treaties')): TreatyFile[] {
  return readdirSync(folder, { encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => {
      const data = load(readFileSync(join(folder, file), 'utf8'), { schema: CORE_SCHEMA }) as {
        countries: string[];
        suspensions?: { country: string }[];
      };
      return {
        slug: file.replace(/\.ya?ml$/, ''),
        countries: data.countries,
        suspensions: data.suspensions ?? [],
      };
    });
}

/**
 * Each party's standing under each treaty that names it, by country slug. The build refuses a
 * treaty or a suspension dated after today, so every one in the files has taken effect.
 */
export function expectedStandings(treaties: readonly TreatyFile[]): Map<string, TreatyStatus[]> {
  const standings = new Map<string, TreatyStatus[]>();
  for (const treaty of treaties) {
    const suspended = new Set(treaty.suspensions.map((s) => s.country));
    for (const country of treaty.countries) {
      standings.set(country, [
        ...(standings.get(country) ?? []),
        suspended.has(country) ? 'suspended' : 'bound',
      ]);
    }
  }
  return standings;
}

/** What the table's cell says of a country: bound by any treaty wins over a suspension. */
export function expectedCell(standings: readonly TreatyStatus[]): 'bound' | 'suspended' | 'none' {
  if (standings.includes('bound')) return 'bound';
  return standings.includes('suspended') ? 'suspended' : 'none';
}

const sorted = (items: readonly string[]) => [...items].sort().join(', ') || 'none';

/**
 * Problems with the treaty lines of an ally page (`[data-treaty]`): one per treaty naming the
 * country, each with its standing, its text and at least one footnote to a source on the page;
 * none on the page of a country no treaty names.
 */
export function allyPageTreatyProblems(
  path: string,
  root: HTMLElement,
  expected: readonly TreatyStatus[],
): string[] {
  const lines = root.querySelectorAll('main [data-treaty]');
  const problems: string[] = [];
  const found = lines.map((l) => l.getAttribute('data-treaty') ?? '');
  if (sorted(found) !== sorted(expected)) {
    problems.push(
      `${path}: treaty lines ${sorted(found)}, but content/treaties says ${sorted(expected)}`,
    );
  }
  for (const line of lines) {
    if (line.text.trim().length < 40) problems.push(`${path}: a treaty line has no sentence`);
    const notes = line.querySelectorAll('a[href^="#source-"]');
    if (notes.length === 0) problems.push(`${path}: a treaty line cites no source`);
    for (const a of notes) {
      const id = a.getAttribute('href')?.slice(1) ?? '';
      if (!root.getElementById(id)) {
        problems.push(`${path}: a treaty line's footnote points at #${id}, which the page lacks`);
      }
    }
  }
  return problems;
}

/**
 * Problems with the allies table's treaty column (`#allies-table`): a column headed `heading`,
 * and for each country's row a cell whose `data-treaty` is what the files say, with words in it.
 */
export function alliesTableTreatyProblems(
  path: string,
  root: HTMLElement,
  standings: ReadonlyMap<string, readonly TreatyStatus[]>,
  heading: string,
): string[] {
  const table = root.querySelector('#allies-table');
  if (!table) return [`${path}: no #allies-table`];
  const headings = table.querySelectorAll('thead th').map((th) => th.text.trim());
  const column = headings.indexOf(heading);
  if (column < 0)
    return [`${path}: the allies table has no "${heading}" column (${headings.join(' | ')})`];
  const problems: string[] = [];
  for (const row of table.querySelectorAll('tbody tr')) {
    const href = row.querySelector('a')?.getAttribute('href') ?? '';
    const slug = /\/allies\/([^/]+)\/$/.exec(href)?.[1] ?? href;
    const cell = row.querySelectorAll('th, td').at(column);
    const want = expectedCell(standings.get(slug) ?? []);
    const got = cell?.getAttribute('data-treaty') ?? 'missing';
    if (got !== want)
      problems.push(`${path}: ${slug}'s "${heading}" cell is ${got}, the files say ${want}`);
    if (!cell?.text.trim()) problems.push(`${path}: ${slug}'s "${heading}" cell is empty`);
  }
  return problems;
}

/**
 * Problems with the explainer's list of treaties (`[data-computed="treaty-allies"]`): one item per
 * treaty file, each linking to the page of every party it binds.
 */
export function treatyListProblems(
  path: string,
  root: HTMLElement,
  treaties: readonly TreatyFile[],
): string[] {
  const list = root.querySelector('[data-computed="treaty-allies"]');
  if (!list) return [`${path}: no list of treaties`];
  const items = list.querySelectorAll('li[data-treaty-id]');
  const problems: string[] = [];
  const ids = items.map((li) => li.getAttribute('data-treaty-id') ?? '');
  if (sorted(ids) !== sorted(treaties.map((t) => t.slug))) {
    problems.push(
      `${path}: the list holds ${sorted(ids)}, content/treaties has ${sorted(treaties.map((t) => t.slug))}`,
    );
  }
  for (const treaty of treaties) {
    const item = items.find((li) => li.getAttribute('data-treaty-id') === treaty.slug);
    const links = (item?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href') ?? '');
    for (const country of treaty.countries) {
      if (item && !links.some((href) => href.endsWith(`/allies/${country}/`))) {
        problems.push(`${path}: ${treaty.slug} does not link to ${country}'s page`);
      }
    }
  }
  return problems;
}

/**
 * Problems with a world map's legend (`[data-map-treaties]`): it must name each of `names`, the
 * formal allies bound by a treaty, in the page's language.
 */
export function mapLegendProblems(
  path: string,
  root: HTMLElement,
  names: readonly string[],
): string[] {
  const note = root.querySelector('[data-map-treaties]');
  if (names.length === 0)
    return note ? [`${path}: the map legend mentions treaty allies, but there are none`] : [];
  if (!note) return [`${path}: the map legend does not mention treaty allies`];
  return names
    .filter((name) => !note.text.includes(name))
    .map((name) => `${path}: the map legend does not name ${name} among the treaty allies`);
}
