import type { Route } from './paths';

/** One step in a breadcrumb trail: the label and the route it links to. */
export interface Crumb {
  label: string;
  route: Route;
}

/** The trail from the home page to `route`, ending with the page itself (labelled `title`). */
export function breadcrumbsFor(route: Route, title: string): Crumb[] {
  const home: Crumb = { label: 'Home', route: { page: 'home' } };
  switch (route.page) {
    case 'home':
      return [];
    case 'ally':
      return [home, { label: 'Allies', route: { page: 'allies' } }, { label: title, route }];
    case 'topic':
      return [home, { label: 'Background', route: { page: 'topics' } }, { label: title, route }];
    case 'correction':
      return [
        home,
        { label: 'Corrections', route: { page: 'corrections' } },
        { label: title, route },
      ];
    default:
      return [home, { label: title, route }];
  }
}
