/**
 * Charts as built must agree with the page they sit on. The decade chart on the allies page once
 * added up to 22 while the page said 21 countries: it counted a revoked designation without
 * saying so. Read from the built HTML of each edition. Run after `npm run build`.
 */
import { describe, expect, test } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { LOCALES, type Locale } from '../../src/settings';
import { countryFiles } from '../support/content-files';
import { loadPages } from './built-site';

const pages = new Map(loadPages().map((p) => [p.path, p]));
const countries = countryFiles();
const firstNumber = (text: string | undefined) => Number(/\d+/.exec(text ?? '')?.[0] ?? NaN);

describe.each(LOCALES.map((l) => [l] as [Locale]))('the allies page in %s', (locale) => {
  const path = locale === 'en' ? '/allies/' : `/${locale}/allies/`;
  const root = pages.get(path)?.root;
  if (!root) throw new Error(`no built page at ${path}: run \`npm run build\` first`);
  const figure = root.querySelector('#decades-title')?.closest('figure');
  if (!figure) throw new Error(`${path}: no decade chart (figure labelled by #decades-title)`);
  const decadeTotal = figure
    .querySelectorAll('tbody tr')
    .map((row) => firstNumber(row.querySelectorAll('td')[0]?.text))
    .reduce((sum, n) => sum + n, 0);

  test('states the same number of allies in its introduction as the decade chart adds up to', () => {
    const intro = root.querySelector('main h1')?.nextElementSibling;
    expect(intro?.tagName, `${path}: the paragraph after the <h1>`).toBe('P');
    expect(
      decadeTotal,
      `${path}: the decade chart adds up to ${decadeTotal}, the introduction says "${intro?.text.slice(0, 60)}…"`,
    ).toBe(firstNumber(intro?.text));
  });

  test('gives that total in the chart title and counts the designated rows of its own table', () => {
    expect(firstNumber(root.querySelector('#decades-title')?.text), `${path}: chart title`).toBe(
      decadeTotal,
    );
    // The label agrees with the country name's gender in Spanish: "Designada", "Designado".
    const labels = new Set(
      ['feminine', 'masculine'].map((gender) => ui(locale).status.designated({ gender })),
    );
    // The status column, found by its heading (the treaty column follows it).
    const headings = root.querySelectorAll('#allies-table thead th').map((th) => th.text.trim());
    const status = headings.indexOf(ui(locale).allies.columns.status);
    expect(status, `${path}: the allies table has a status column`).toBeGreaterThan(0);
    const designated = root
      .querySelectorAll('#allies-table tbody tr')
      .filter((row) => labels.has(row.querySelectorAll('th, td').at(status)?.text.trim() ?? ''));
    expect(designated.length, `${path}: rows of the allies table marked designated`).toBe(
      decadeTotal,
    );
  });

  test('that total is the number of countries content/countries marks designated, and the table has a row for each country', () => {
    expect(decadeTotal, `${path}: the decade chart's total`).toBe(
      countries.filter((c) => c.status === 'designated').length,
    );
    expect(
      root.querySelectorAll('#allies-table tbody tr').length,
      `${path}: rows of the allies table`,
    ).toBe(countries.length);
  });
});
