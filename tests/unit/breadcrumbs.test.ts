import { expect, test } from 'vitest';
import { breadcrumbsFor } from '../../src/lib/breadcrumbs';
import type { Route } from '../../src/lib/paths';

test.each<[Route, string, string[]]>([
  [{ page: 'home' }, 'Allies Beyond NATO', []],
  [{ page: 'allies' }, 'Every ally', ['Home', 'Every ally']],
  [{ page: 'ally', slug: 'colombia' }, 'Colombia', ['Home', 'Allies', 'Colombia']],
  [
    { page: 'correction', slug: 'x' },
    'Correction to “A”',
    ['Home', 'Corrections', 'Correction to “A”'],
  ],
  [{ page: 'article', slug: 'a' }, 'Headline', ['Home', 'Headline']],
])('the trail to %o titled "%s" is %o', (route, title, labels) => {
  const crumbs = breadcrumbsFor(route, title);
  expect(crumbs.map((c) => c.label)).toEqual(labels);
  if (crumbs.length > 0) expect(crumbs.at(-1)?.route).toEqual(route);
});
