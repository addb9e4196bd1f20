/**
 * Typed access to the page context the middleware puts on `Astro.locals` (src/middleware.ts).
 * Components call these instead of reading optional fields, so a component used where its data
 * does not exist fails with a message naming what it needed.
 */
import type { Corpus } from '../lib/entry';
import type { RouteData, RouteDataFor } from '../route-data';

/** The route data of the page being rendered. */
export function currentRoute(locals: App.Locals): RouteData {
  if (!locals.route) {
    throw new Error('No route data: the page has no `route` prop from src/data/static-paths.ts');
  }
  return locals.route;
}

/** The route data of the page being rendered, which must be of type `page`. */
export function routeOf<P extends RouteData['page']>(
  locals: App.Locals,
  page: P,
  ...alsoAccepted: readonly P[]
): RouteDataFor<P> {
  const pages = [page, ...alsoAccepted];
  const route = currentRoute(locals);
  if (!(pages as readonly string[]).includes(route.page)) {
    throw new Error(`Expected the route data of a ${pages.join(' or ')} page, got ${route.page}`);
  }
  return route as RouteDataFor<P>;
}

/**
 * The attribute that puts an element's text in the search index: `data-pagefind-body` on the
 * pages the index holds (`head.search` in the route data), nothing on other pages. Pagefind
 * indexes only elements so marked, so a page's own content is what search matches and quotes:
 * never the frame, section headings, bylines, notices, link lists or boxes like "Cite this page",
 * nor anything added later until a page marks it. Labels inside marked content that are
 * interface words ("Citation", "Data as a table") carry `data-pagefind-ignore`.
 */
export function searchContent(locals: App.Locals): { 'data-pagefind-body'?: '' } {
  return currentRoute(locals).head.search ? { 'data-pagefind-body': '' } : {};
}

/**
 * The entries the page's MDX body reads, for MDX components that look entries up by id: only
 * those its tags name (src/lib/mdx-reads.ts), which the page's cache key covers.
 */
export function corpusOf(locals: App.Locals): Corpus {
  if (!locals.corpus) {
    throw new Error(
      'No corpus on Astro.locals: only the MDX body of an article, a topic or an About, Methodology or Corrections policy page reads entries (src/lib/mdx-reads.ts)',
    );
  }
  return locals.corpus;
}
