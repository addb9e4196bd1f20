import { ui } from '../i18n/ui';
import { DEFAULT_LOCALE, type Locale } from '../settings';
import type { Route } from './paths';

/** One step in a breadcrumb trail: the label and the route it links to. */
export interface Crumb {
  label: string;
  route: Route;
}

/** The trail from the home page to `route`, ending with the page itself (labelled `title`). */
export function breadcrumbsFor(
  route: Route,
  title: string,
  locale: Locale = DEFAULT_LOCALE,
): Crumb[] {
  const t = ui(locale).nav;
  const home: Crumb = { label: t.home, route: { page: 'home' } };
  switch (route.page) {
    case 'home':
      return [];
    case 'ally':
      return [home, { label: t.allies, route: { page: 'allies' } }, { label: title, route }];
    case 'topic':
      return [home, { label: t.background, route: { page: 'topics' } }, { label: title, route }];
    case 'correction':
      return [
        home,
        { label: t.corrections, route: { page: 'corrections' } },
        { label: title, route },
      ];
    default:
      return [home, { label: title, route }];
  }
}
