/**
 * Body headings and the layout can never share an id (src/lib/heading-ids.ts): the layout's ids
 * must all be on its list, so the body's slugger knows to step around them. An id the layouts
 * start using without adding it to the list fails here, on the page that shows it.
 */
import { expect, test } from 'vitest';
import { isLayoutId } from '../../src/lib/heading-ids';
import { loadPages } from './built-site';

const pages = loadPages();

test.each(pages.map((p) => [p.path, p] as const))(
  '%s: every id outside the body is on the layouts’ list',
  (_path, page) => {
    const inBody = new Set(page.root.querySelectorAll('[data-body] [id]'));
    const unlisted = page.root
      .querySelectorAll('[id]')
      // The glossary's entries take their ids from content/glossary/ file names (`#mnna`): that
      // page has no body to collide with, and the build fails on an id used twice.
      .filter(
        (el) =>
          !inBody.has(el) && !el.closest('template') && !el.closest('[data-glossary-entries]'),
      )
      .map((el) => el.id)
      .filter((id) => !isLayoutId(id));
    expect(unlisted, 'ids to add to LAYOUT_IDS in src/lib/heading-ids.ts').toEqual([]);
  },
);

test('bodies exist on article and topic pages, so the check above reads them apart', () => {
  const withBody = pages.filter((p) => p.root.querySelector('[data-body]'));
  expect(withBody.map((p) => p.path)).toEqual(
    expect.arrayContaining([
      '/articles/colombia-major-non-nato-ally/',
      '/es/topics/plan-colombia/',
    ]),
  );
});
