import { describe, expect, test } from 'vitest';
import { citePage } from '../../src/lib/citation';

/** A page published on the 5th of month `m` of 2022 and last modified on the 6th. */
const page = (m: number, locale: 'en' | 'es' = 'en') => {
  const day = (d: number) => `2022-${String(m).padStart(2, '0')}-0${d}`;
  return citePage({
    title: 'T',
    author: 'Desk',
    publisher: 'Site',
    published: { iso: day(5), precision: 'day' },
    updated: { iso: `${day(6)}T10:00:00-05:00`, precision: 'minute' },
    url: 'https://example.org/p/',
    locale,
  });
};

// Every month, as each style's manual writes it (APA and Chicago in full; MLA 9 abbreviates all
// but May, June and July; the Spanish editions in lower case).
const MONTHS: [number, string, string, string][] = [
  [1, 'January', 'Jan.', 'enero'],
  [2, 'February', 'Feb.', 'febrero'],
  [3, 'March', 'Mar.', 'marzo'],
  [4, 'April', 'Apr.', 'abril'],
  [5, 'May', 'May', 'mayo'],
  [6, 'June', 'June', 'junio'],
  [7, 'July', 'July', 'julio'],
  [8, 'August', 'Aug.', 'agosto'],
  [9, 'September', 'Sept.', 'septiembre'],
  [10, 'October', 'Oct.', 'octubre'],
  [11, 'November', 'Nov.', 'noviembre'],
  [12, 'December', 'Dec.', 'diciembre'],
];

describe.each(MONTHS)('month %i', (m, long, mla, es) => {
  test(`English: ${long}, MLA ${mla}`, () => {
    const c = page(m);
    expect(c.apa).toBe(`Desk. (2022, ${long} 5). T. Site. https://example.org/p/`);
    expect(c.mla).toBe(`“T.” Site, 5 ${mla} 2022, example.org/p/.`);
    expect(c.chicago).toBe(
      `“T.” Site. ${long} 5, 2022. Last modified ${long} 6, 2022. https://example.org/p/.`,
    );
  });

  test(`Spanish: ${es}`, () => {
    const c = page(m, 'es');
    expect(c.apa).toBe(`Desk. (2022, 5 de ${es}). T. Site. https://example.org/p/`);
    expect(c.mla).toBe(`«T». Site, 5 de ${es} de 2022, example.org/p/.`);
    expect(c.chicago).toBe(
      `«T». Site. 5 de ${es} de 2022. Última modificación: 6 de ${es} de 2022. https://example.org/p/.`,
    );
  });
});
