import { ui } from '../i18n/ui';
import { DEFAULT_LOCALE, type Locale } from '../settings';
import type { Route } from './paths';

/** One step in a breadcrumb trail: the label and the route it links to. */
export interface Crumb {
  label: string;
  route: Route;
  /** The label's language, when it is not the page's (an untranslated article's title). */
  lang?: Locale;
}

/**
 * The trail from the home page to `route`, ending with the page itself (labelled `title`, in
 * `titleLang` when that is not `locale`).
 */
export function breadcrumbsFor(
  route: Route,
  title: string,
  locale: Locale = DEFAULT_LOCALE,
  titleLang: Locale = locale,
  /** The page the route belongs to, when the trail passes through it (a topic, an ally). */
  parent?: Crumb,
): Crumb[] {
  const t = ui(locale).nav;
  const home: Crumb = { label: t.home, route: { page: 'home' } };
  const page: Crumb =
    titleLang === locale ? { label: title, route } : { label: title, route, lang: titleLang };
  switch (route.page) {
    case 'home':
      return [];
    case 'ally':
      return [home, { label: t.allies, route: { page: 'allies' } }, page];
    case 'topic':
      return [home, { label: t.background, route: { page: 'topics' } }, page];
    case 'correction':
      return [home, { label: t.corrections, route: { page: 'corrections' } }, page];
    case 'ally-stories':
      return [
        home,
        { label: t.allies, route: { page: 'allies' } },
        ...(parent ? [parent] : []),
        page,
      ];
    case 'topic-stories':
      return [
        home,
        { label: t.background, route: { page: 'topics' } },
        ...(parent ? [parent] : []),
        page,
      ];
    case 'archive':
      // A year, or a later page, sits under the archive's first page.
      if (route.year === undefined && (route.n ?? 1) === 1) return [home, page];
      return [
        home,
        { label: ui(locale).lists.archiveTitle, route: { page: 'archive' } },
        // A year's later page sits under the year's first.
        ...(route.year !== undefined && (route.n ?? 1) > 1
          ? [
              {
                label: ui(locale).lists.yearTitle({ year: String(route.year) }),
                route: { page: 'archive', year: route.year } as Route,
              },
            ]
          : []),
        page,
      ];
    case 'corrections':
      return (route.n ?? 1) === 1
        ? [home, page]
        : [home, { label: t.corrections, route: { page: 'corrections' } }, page];
    default:
      return [home, page];
  }
}
